package se.livsviktig.report.web.internal.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.export.ReportExportMappingRow;

/**
 * The mapping as the editor posted it, before it is saved: its rows in order, read from the form's numbered
 * fields, and the editor's buttons (add a row, remove one, move one up or down) applied to it. The editor needs no
 * script: every button posts the whole form, and the page comes back with the draft until it is saved.
 *
 * @author Livsviktig
 */
public class ExportMappingDraft {

	public static final String ADD = "add";

	public static final String DOWN = "down-";

	public static final String REMOVE = "remove-";

	public static final String SAVE = "save";

	public static final String UP = "up-";

	/**
	 * The draft a posted form holds: {@code rowCount} rows of {@code label}, {@code figureKey},
	 * {@code trainingMethodId} and {@code sex}, numbered from 0. A method id that is not a number is kept as -1,
	 * so the save refuses it instead of reading it as every method.
	 */
	public static ExportMappingDraft fromParameters(
		Function<String, String> parameters) {

		int rowCount = _parseInt(parameters.apply("rowCount"), 0);

		List<ReportExportMappingRow> rows = new ArrayList<>();

		for (int i = 0; i < Math.min(rowCount, MAX_ROWS); i++) {
			String trainingMethodId = parameters.apply("trainingMethodId" + i);

			rows.add(
				new ReportExportMappingRow(
					_nullToEmpty(parameters.apply("label" + i)),
					_nullToEmpty(parameters.apply("figureKey" + i)),
					_isBlank(trainingMethodId) ? 0 :
						_parseLong(trainingMethodId.trim(), -1),
					_nullToEmpty(parameters.apply("sex" + i))));
		}

		return new ExportMappingDraft(rows);
	}

	/**
	 * Whether a request carries a posted draft rather than asking for the saved mapping.
	 */
	public static boolean isPosted(Function<String, String> parameters) {
		return !_isBlank(parameters.apply("rowCount"));
	}

	public ExportMappingDraft(List<ReportExportMappingRow> rows) {
		_rows = new ArrayList<>(rows);
	}

	/**
	 * The draft after one of the editor's buttons; an unknown button or a row number out of range changes nothing.
	 */
	public ExportMappingDraft apply(String operation) {
		List<ReportExportMappingRow> rows = new ArrayList<>(_rows);

		if (ADD.equals(operation)) {
			if (rows.size() < MAX_ROWS) {
				rows.add(
					new ReportExportMappingRow(
						"", ReportFigureKeys.ALL.get(0), 0, ""));
			}

			return new ExportMappingDraft(rows);
		}

		int index = _index(operation);

		if ((index < 0) || (index >= rows.size())) {
			return this;
		}

		if (operation.startsWith(REMOVE)) {
			rows.remove(index);
		}
		else if (operation.startsWith(UP) && (index > 0)) {
			Collections.swap(rows, index, index - 1);
		}
		else if (operation.startsWith(DOWN) && (index < (rows.size() - 1))) {
			Collections.swap(rows, index, index + 1);
		}

		return new ExportMappingDraft(rows);
	}

	public List<ReportExportMappingRow> getRows() {
		return Collections.unmodifiableList(_rows);
	}

	/**
	 * The draft as the form's fields, for the page that shows it again.
	 */
	public Map<String, String> toParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();

		parameters.put("rowCount", String.valueOf(_rows.size()));

		for (int i = 0; i < _rows.size(); i++) {
			ReportExportMappingRow row = _rows.get(i);

			parameters.put("label" + i, row.getLabel());
			parameters.put("figureKey" + i, row.getFigureKey());
			parameters.put(
				"trainingMethodId" + i,
				String.valueOf(row.getTrainingMethodId()));
			parameters.put("sex" + i, row.getSex());
		}

		return parameters;
	}

	/**
	 * More lines than any yearly report has; a bound so a crafted post cannot make the page build a million rows.
	 */
	public static final int MAX_ROWS = 100;

	private static boolean _isBlank(String value) {
		if ((value == null) || value.trim(
			).isEmpty()) {

			return true;
		}

		return false;
	}

	private static String _nullToEmpty(String value) {
		if (value == null) {
			return "";
		}

		return value;
	}

	private static int _parseInt(String value, int defaultValue) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NullPointerException | NumberFormatException exception) {
			return defaultValue;
		}
	}

	private static long _parseLong(String value, long defaultValue) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException numberFormatException) {
			return defaultValue;
		}
	}

	private int _index(String operation) {
		if (operation == null) {
			return -1;
		}

		for (String prefix : new String[] {REMOVE, UP, DOWN}) {
			if (operation.startsWith(prefix)) {
				return _parseInt(operation.substring(prefix.length()), -1);
			}
		}

		return -1;
	}

	private final List<ReportExportMappingRow> _rows;

}
