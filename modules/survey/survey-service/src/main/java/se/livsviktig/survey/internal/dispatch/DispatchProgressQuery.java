package se.livsviktig.survey.internal.dispatch;

import com.liferay.petra.sql.dsl.DSLFunctionFactoryUtil;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.List;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.SurveyInvitationTable;

/**
 * A dispatch's progress in one statement: its invitations counted per status, with how many of each had a
 * reminder (a reminder leaves lastReminderDate, and COUNT of a column counts the rows where it is set), folded into
 * invited (mailed at least once: every status but PENDING), answered, reminded and opted out.
 *
 * @author Livsviktig
 */
public class DispatchProgressQuery {

	/**
	 * @param rows the rows of {@link #select}: status, invitations, invitations reminded
	 */
	public static DispatchProgress toDispatchProgress(List<Object[]> rows) {
		int answered = 0;
		int invited = 0;
		int optedOut = 0;
		int reminded = 0;

		for (Object[] row : rows) {
			int status = ((Number)row[0]).intValue();
			int count = ((Number)row[1]).intValue();

			if (status == SurveyInvitationConstants.STATUS_PENDING) {
				continue;
			}

			invited += count;
			reminded += ((Number)row[2]).intValue();

			if (status == SurveyInvitationConstants.STATUS_ANSWERED) {
				answered += count;
			}
			else if (status == SurveyInvitationConstants.STATUS_OPTED_OUT) {
				optedOut += count;
			}
		}

		return new DispatchProgress(invited, answered, reminded, optedOut);
	}

	public DispatchProgressQuery(long surveyDispatchId) {
		_surveyDispatchId = surveyDispatchId;
	}

	public DSLQuery select() {
		SurveyInvitationTable surveyInvitationTable =
			SurveyInvitationTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			surveyInvitationTable.status,
			DSLFunctionFactoryUtil.count(
				surveyInvitationTable.surveyInvitationId
			).as(
				"invitationCount"
			),
			DSLFunctionFactoryUtil.count(
				surveyInvitationTable.lastReminderDate
			).as(
				"remindedCount"
			)
		).from(
			surveyInvitationTable
		).where(
			surveyInvitationTable.surveyDispatchId.eq(_surveyDispatchId)
		).groupBy(
			surveyInvitationTable.status
		);
	}

	private final long _surveyDispatchId;

}
