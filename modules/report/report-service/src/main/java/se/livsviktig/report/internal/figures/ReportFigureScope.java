package se.livsviktig.report.internal.figures;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.report.figures.ReportFigure;

/**
 * The figures of one read: those of the administrations asked for and the training method asked for. Figures
 * that belong to no administration (sessions held, counted per method for the whole company) are shown only to a
 * reader of every administration, since they are no one administration's.
 *
 * @author Livsviktig
 */
public class ReportFigureScope {

	/**
	 * @param organizationId the only administration to keep, or 0 to keep every administration
	 * @param withoutAdministration whether figures that belong to no administration are kept
	 * @param trainingMethodId the only method to keep, or 0 for every method
	 */
	public ReportFigureScope(
		long organizationId, boolean withoutAdministration,
		long trainingMethodId) {

		_organizationId = organizationId;
		_withoutAdministration = withoutAdministration;
		_trainingMethodId = trainingMethodId;
	}

	public List<ReportFigure> filter(List<ReportFigure> reportFigures) {
		List<ReportFigure> kept = new ArrayList<>();

		for (ReportFigure reportFigure : reportFigures) {
			if (_keeps(reportFigure)) {
				kept.add(reportFigure);
			}
		}

		return kept;
	}

	private boolean _keeps(ReportFigure reportFigure) {
		if ((_trainingMethodId != 0) &&
			(reportFigure.getTrainingMethodId() != _trainingMethodId)) {

			return false;
		}

		if (reportFigure.getOrganizationId() == 0) {
			return _withoutAdministration;
		}

		if (_organizationId == 0) {
			return true;
		}

		return reportFigure.getOrganizationId() == _organizationId;
	}

	private final long _organizationId;
	private final long _trainingMethodId;
	private final boolean _withoutAdministration;

}
