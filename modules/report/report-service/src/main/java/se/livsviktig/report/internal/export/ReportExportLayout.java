package se.livsviktig.report.internal.export;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.figures.ReportFigure;

/**
 * The mapping's rows with their values: each row adds up the figures of its key over the administrations given
 * (the ones the reader may see), over every method or its one, and over every sex or its one. A row naming a key
 * the report no longer knows is refused rather than exported as 0.
 *
 * @author Livsviktig
 */
public class ReportExportLayout {

	public ReportExportLayout(ReportExportMappingRules reportExportMappingRules) {
		_reportExportMappingRules = reportExportMappingRules;
	}

	public List<ReportExportLine> layOut(
			List<ReportExportMappingRow> reportExportMappingRows,
			List<ReportFigure> reportFigures)
		throws ReportExportMappingException {

		List<ReportExportLine> reportExportLines = new ArrayList<>();

		for (int i = 0; i < reportExportMappingRows.size(); i++) {
			ReportExportMappingRow reportExportMappingRow =
				reportExportMappingRows.get(i);

			_reportExportMappingRules.validateFigureKey(
				i + 1, reportExportMappingRow.getFigureKey());

			double value = 0;

			for (ReportFigure reportFigure : reportFigures) {
				if (_counts(reportExportMappingRow, reportFigure)) {
					value += reportFigure.getValue();
				}
			}

			reportExportLines.add(
				new ReportExportLine(reportExportMappingRow, value));
		}

		return reportExportLines;
	}

	private boolean _counts(
		ReportExportMappingRow reportExportMappingRow,
		ReportFigure reportFigure) {

		if (!reportExportMappingRow.getFigureKey(
			).equals(
				reportFigure.getFigureKey()
			)) {

			return false;
		}

		if ((reportExportMappingRow.getTrainingMethodId() != 0) &&
			(reportExportMappingRow.getTrainingMethodId() !=
				reportFigure.getTrainingMethodId())) {

			return false;
		}

		if (!reportExportMappingRow.getSex(
			).isEmpty() &&
			!reportExportMappingRow.getSex(
			).equals(
				reportFigure.getSex()
			)) {

			return false;
		}

		return true;
	}

	private final ReportExportMappingRules _reportExportMappingRules;

}
