package se.livsviktig.survey.internal.invitation;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import java.util.Date;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.SurveyInvitationTable;

/**
 * A dispatch's invitations the job mails next, a keyset page at a time ordered by id: those still PENDING, and
 * those due a reminder ({@link ReminderRule} says which; the statement reads only the rows it may pass, the rule
 * decides). Columns: surveyInvitationId, reminderCount.
 *
 * @author Livsviktig
 */
public class InvitationsDueQuery {

	public InvitationsDueQuery(long surveyDispatchId) {
		_surveyDispatchId = surveyDispatchId;
	}

	/**
	 * @param now an invitation that expired before its first mail is not mailed
	 */
	public DSLQuery selectPending(
		Date now, long afterSurveyInvitationId, int size) {
		SurveyInvitationTable surveyInvitationTable =
			SurveyInvitationTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			surveyInvitationTable.surveyInvitationId,
			surveyInvitationTable.reminderCount
		).from(
			surveyInvitationTable
		).where(
			surveyInvitationTable.surveyDispatchId.eq(
				_surveyDispatchId
			).and(
				surveyInvitationTable.status.eq(
					SurveyInvitationConstants.STATUS_PENDING)
			).and(
				surveyInvitationTable.expirationDate.gt(now)
			).and(
				surveyInvitationTable.surveyInvitationId.gt(
					afterSurveyInvitationId)
			)
		).orderBy(
			surveyInvitationTable.surveyInvitationId.ascending()
		).limit(
			0, size
		);
	}

	/**
	 * @param lastMailDueBy the latest the previous mail (invitation or reminder) may have gone
	 */
	public DSLQuery selectReminderCandidates(
		int maxReminders, Date lastMailDueBy, Date now,
		long afterSurveyInvitationId, int size) {

		SurveyInvitationTable surveyInvitationTable =
			SurveyInvitationTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			surveyInvitationTable.surveyInvitationId,
			surveyInvitationTable.reminderCount
		).from(
			surveyInvitationTable
		).where(
			surveyInvitationTable.surveyDispatchId.eq(
				_surveyDispatchId
			).and(
				surveyInvitationTable.status.eq(
					SurveyInvitationConstants.STATUS_SENT)
			).and(
				surveyInvitationTable.reminderCount.lt(maxReminders)
			).and(
				surveyInvitationTable.expirationDate.gt(now)
			).and(
				surveyInvitationTable.lastReminderDate.isNull(
				).and(
					surveyInvitationTable.sentDate.lte(lastMailDueBy)
				).or(
					surveyInvitationTable.lastReminderDate.lte(lastMailDueBy)
				).withParentheses()
			).and(
				surveyInvitationTable.surveyInvitationId.gt(
					afterSurveyInvitationId)
			)
		).orderBy(
			surveyInvitationTable.surveyInvitationId.ascending()
		).limit(
			0, size
		);
	}

	private final long _surveyDispatchId;

}
