package se.livsviktig.report.internal.figures.source;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;

/**
 * The survey app's rows as the report's figures, per administration and training method. A count the survey app
 * suppressed (fewer respondents than the company's minimum) has no number, so it becomes no figure at all rather
 * than a 0 that would read as "nobody answered". Anonymous responses carry no sex: {@link ReportSexes#NONE}.
 *
 * @author Livsviktig
 */
public class SurveyFigureFlattening {

	public static List<ReportFigure> flatten(
		List<ResponseRateFigures> responseRateFiguresList,
		List<FollowUpOutcomeFigures> followUpOutcomeFiguresList) {

		List<ReportFigure> reportFigures = new ArrayList<>();

		for (ResponseRateFigures responseRateFigures :
				responseRateFiguresList) {

			long organizationId = responseRateFigures.getOrganizationId();
			long methodId = responseRateFigures.getMethodId();

			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.SURVEY_INVITATIONS, organizationId,
					methodId, ReportSexes.NONE,
					responseRateFigures.getInvitationCount()));

			if (!responseRateFigures.isResponseCountSuppressed()) {
				reportFigures.add(
					new ReportFigure(
						ReportFigureKeys.SURVEY_RESPONSES, organizationId,
						methodId, ReportSexes.NONE,
						responseRateFigures.getResponseCount()));
			}
		}

		for (FollowUpOutcomeFigures followUpOutcomeFigures :
				followUpOutcomeFiguresList) {

			long organizationId = followUpOutcomeFigures.getOrganizationId();
			long methodId = followUpOutcomeFigures.getMethodId();

			if (!followUpOutcomeFigures.isRespondentCountSuppressed()) {
				reportFigures.add(
					new ReportFigure(
						ReportFigureKeys.SURVEY_FOLLOW_UP_RESPONDENTS,
						organizationId, methodId, ReportSexes.NONE,
						followUpOutcomeFigures.getRespondentCount()));
			}

			if (!followUpOutcomeFigures.isYesCountSuppressed()) {
				reportFigures.add(
					new ReportFigure(
						ReportFigureKeys.SURVEY_FOLLOW_UP_YES, organizationId,
						methodId, ReportSexes.NONE,
						followUpOutcomeFigures.getYesCount()));
			}
		}

		return reportFigures;
	}

}
