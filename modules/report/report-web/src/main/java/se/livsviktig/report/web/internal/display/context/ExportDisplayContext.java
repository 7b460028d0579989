package se.livsviktig.report.web.internal.display.context;

import java.util.AbstractMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.report.export.ReportExportMappingRow;

/**
 * What the export page shows: the downloads (the years to choose, the last full year first) and the mapping
 * editor (the rows, saved or the default or a draft, the figures, methods and sexes a row may name, and the
 * messages of a refused save).
 *
 * @author Livsviktig
 */
public class ExportDisplayContext {

	public ExportDisplayContext(
		List<ReportExportMappingRow> rows, boolean savedMapping, boolean draft,
		List<Map.Entry<String, String>> figureOptions,
		List<Map.Entry<String, String>> trainingMethodOptions,
		List<Map.Entry<String, String>> sexOptions, List<Integer> years,
		List<String> errorMessageKeys, String editURL, String csvURL,
		String xlsxURL) {

		_rows = rows;
		_savedMapping = savedMapping;
		_draft = draft;
		_figureOptions = figureOptions;
		_trainingMethodOptions = trainingMethodOptions;
		_sexOptions = sexOptions;
		_years = years;
		_errorMessageKeys = errorMessageKeys;
		_editURL = editURL;
		_csvURL = csvURL;
		_xlsxURL = xlsxURL;
	}

	public static Map.Entry<String, String> option(String value, String name) {
		return new AbstractMap.SimpleImmutableEntry<>(value, name);
	}

	public String getCsvURL() {
		return _csvURL;
	}

	public String getEditURL() {
		return _editURL;
	}

	public List<String> getErrorMessageKeys() {
		return _errorMessageKeys;
	}

	public List<Map.Entry<String, String>> getFigureOptions() {
		return _figureOptions;
	}

	public List<ReportExportMappingRow> getRows() {
		return _rows;
	}

	public List<Map.Entry<String, String>> getSexOptions() {
		return _sexOptions;
	}

	public List<Map.Entry<String, String>> getTrainingMethodOptions() {
		return _trainingMethodOptions;
	}

	public String getXlsxURL() {
		return _xlsxURL;
	}

	public List<Integer> getYears() {
		return _years;
	}

	/**
	 * Whether the rows are an unsaved draft of the editor (after adding, removing or moving a row, or a refused
	 * save).
	 */
	public boolean isDraft() {
		return _draft;
	}

	/**
	 * Whether the site has saved a mapping; if not, the rows shown (and exported) are the default.
	 */
	public boolean isSavedMapping() {
		return _savedMapping;
	}

	private final String _csvURL;
	private final boolean _draft;
	private final String _editURL;
	private final List<String> _errorMessageKeys;
	private final List<Map.Entry<String, String>> _figureOptions;
	private final List<ReportExportMappingRow> _rows;
	private final boolean _savedMapping;
	private final List<Map.Entry<String, String>> _sexOptions;
	private final List<Map.Entry<String, String>> _trainingMethodOptions;
	private final String _xlsxURL;
	private final List<Integer> _years;

}
