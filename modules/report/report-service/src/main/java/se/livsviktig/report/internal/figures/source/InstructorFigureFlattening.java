package se.livsviktig.report.internal.figures.source;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The instructor app's counts as the report's figures, one per key, administration, method and sex: the
 * administration and the sex category are those the certification recorded of its holder (training's categories,
 * which are the report's own values, so they pass unchanged). Standing ok has no figure of its own: certified
 * instructors less those at risk and lapsed.
 *
 * @author Livsviktig
 */
public class InstructorFigureFlattening {

	public static List<ReportFigure> flatten(
		List<InstructorCount> certifiedCounts,
		List<InstructorCount> activeCounts,
		List<InstructorStandingCount> standingCounts) {

		List<ReportFigure> reportFigures = new ArrayList<>();

		for (InstructorCount instructorCount : certifiedCounts) {
			reportFigures.add(
				_figure(ReportFigureKeys.INSTRUCTOR_CERTIFIED, instructorCount));
		}

		for (InstructorCount instructorCount : activeCounts) {
			reportFigures.add(
				_figure(ReportFigureKeys.INSTRUCTOR_ACTIVE, instructorCount));
		}

		for (InstructorStandingCount standingCount : standingCounts) {
			String figureKey = _figureKey(standingCount.getStanding());

			if (figureKey != null) {
				reportFigures.add(
					new ReportFigure(
						figureKey, standingCount.getOrganizationId(),
						standingCount.getTrainingMethodId(),
						standingCount.getSex(), standingCount.getCount()));
			}
		}

		return reportFigures;
	}

	private static ReportFigure _figure(
		String figureKey, InstructorCount instructorCount) {

		return new ReportFigure(
			figureKey, instructorCount.getOrganizationId(),
			instructorCount.getTrainingMethodId(), instructorCount.getSex(),
			instructorCount.getCount());
	}

	private static String _figureKey(InstructorStanding instructorStanding) {
		if (instructorStanding == InstructorStanding.AT_RISK) {
			return ReportFigureKeys.INSTRUCTOR_AT_RISK;
		}

		if (instructorStanding == InstructorStanding.LAPSED) {
			return ReportFigureKeys.INSTRUCTOR_LAPSED;
		}

		return null;
	}

}
