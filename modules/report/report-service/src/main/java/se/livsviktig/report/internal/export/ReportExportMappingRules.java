package se.livsviktig.report.internal.export;

import java.util.Collection;
import java.util.List;

import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.export.ReportExportMappingRow;

/**
 * What a saved mapping row must be: a label the report can print (not blank, at most {@link #MAX_LABEL_LENGTH}
 * characters), a figure the report knows, a sex the figures are split by or none (every sex), and a method id
 * that is not negative. Whether the method exists is the local service's question (it asks training).
 *
 * @author Livsviktig
 */
public class ReportExportMappingRules {

	public static final int MAX_LABEL_LENGTH = 500;

	public ReportExportMappingRules(
		Collection<String> figureKeys, Collection<String> sexes) {

		_figureKeys = figureKeys;
		_sexes = sexes;
	}

	public void validate(List<ReportExportMappingRow> reportExportMappingRows)
		throws ReportExportMappingException {

		for (int i = 0; i < reportExportMappingRows.size(); i++) {
			validate(i + 1, reportExportMappingRows.get(i));
		}
	}

	/**
	 * @param lineNumber the row's place in the mapping, from 1, named in the exception's message
	 */
	public void validate(
			int lineNumber, ReportExportMappingRow reportExportMappingRow)
		throws ReportExportMappingException {

		String label = reportExportMappingRow.getLabel();

		if ((label == null) || label.trim(
			).isEmpty() || (label.length() > MAX_LABEL_LENGTH)) {

			throw new ReportExportMappingException(
				"Row " + lineNumber + " needs a label of at most " +
					MAX_LABEL_LENGTH + " characters");
		}

		validateFigureKey(lineNumber, reportExportMappingRow.getFigureKey());

		if (!reportExportMappingRow.getSex(
			).isEmpty() && !_sexes.contains(reportExportMappingRow.getSex())) {

			throw new ReportExportMappingException(
				"Row " + lineNumber + " names an unknown sex " +
					reportExportMappingRow.getSex());
		}

		if (reportExportMappingRow.getTrainingMethodId() < 0) {
			throw new ReportExportMappingException(
				"Row " + lineNumber + " names training method " +
					reportExportMappingRow.getTrainingMethodId());
		}
	}

	/**
	 * Also asked on export: a figure key stored before its figure was withdrawn, or its app removed, must not
	 * export as a silent 0.
	 */
	public void validateFigureKey(int lineNumber, String figureKey)
		throws ReportExportMappingException {

		if (!_figureKeys.contains(figureKey)) {
			throw new ReportExportMappingException(
				"Row " + lineNumber + " names figure " + figureKey +
					", which the report does not know");
		}
	}

	private final Collection<String> _figureKeys;
	private final Collection<String> _sexes;

}
