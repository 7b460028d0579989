package se.livsviktig.report.internal.figures.source;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.careprogram.model.RoutineReviewFigures;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;

/**
 * The care programme app's rows as the report's figures: per administration the routines and those reviewed on
 * time, so the report can show the share. A routine belongs to no training method (0) and is no person
 * ({@link ReportSexes#NONE}).
 *
 * @author Livsviktig
 */
public class CareProgramFigureFlattening {

	public static List<ReportFigure> flatten(
		List<RoutineReviewFigures> routineReviewFiguresList) {

		List<ReportFigure> reportFigures = new ArrayList<>();

		for (RoutineReviewFigures routineReviewFigures :
				routineReviewFiguresList) {

			long organizationId = routineReviewFigures.getOrganizationId();

			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES, organizationId, 0,
					ReportSexes.NONE, routineReviewFigures.getRoutineCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES_REVIEWED_ON_TIME,
					organizationId, 0, ReportSexes.NONE,
					routineReviewFigures.getReviewedOnTimeCount()));
		}

		return reportFigures;
	}

}
