package se.livsviktig.survey.service.internal.response;

import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.internal.token.SurveyTokens;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;

/**
 * Moves an invitation out of "sent", to answered or opted out, and deletes its links.
 *
 * <p>
 * The move is one guarded update that changes the row only while the invitation is still sent. Two submissions of
 * one link at once both find it sent; the database makes the second update wait for the first one's row lock and
 * then finds the row no longer sent, so that submission fails whole and exactly one response is written. A read
 * followed by a write could not do this: both would read "sent". No date column is touched: an answered invitation
 * keeps no time of answering that could be matched with a response.
 * </p>
 *
 * @author Livsviktig
 */
public class InvitationStatusChanges {

	/**
	 * Parameters: the new status, the invitation's id, the status it must still have.
	 */
	public static final String LEAVE_SENT_SQL =
		"update LVSurvey_SurveyInvitation set status = ?, mvccVersion = " +
			"mvccVersion + 1 where surveyInvitationId = ? and status = ?";

	public InvitationStatusChanges(
		SurveyInvitationPersistence surveyInvitationPersistence,
		SurveyAccessTokenPersistence surveyAccessTokenPersistence) {

		_surveyInvitationPersistence = surveyInvitationPersistence;
		_surveyAccessTokenPersistence = surveyAccessTokenPersistence;
	}

	/**
	 * @param status {@link SurveyInvitationConstants#STATUS_ANSWERED} or
	 *        {@link SurveyInvitationConstants#STATUS_OPTED_OUT}
	 * @throws SurveyTokenException if the invitation was no longer sent (another submission came first)
	 */
	public void leaveSent(SurveyInvitation surveyInvitation, int status)
		throws SurveyTokenException {

		Session session = _surveyInvitationPersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(LEAVE_SENT_SQL);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(status);
		queryPos.add(surveyInvitation.getSurveyInvitationId());
		queryPos.add(SurveyInvitationConstants.STATUS_SENT);

		if (sqlQuery.executeUpdate() != 1) {
			throw new SurveyTokenException(SurveyTokens.LINK_CLOSED_MESSAGE);
		}

		// The row changed behind the persistence's back: a cached copy would still say "sent".

		_surveyInvitationPersistence.clearCache(surveyInvitation);

		_surveyAccessTokenPersistence.removeBySurveyInvitationId(
			surveyInvitation.getSurveyInvitationId());
	}

	private final SurveyAccessTokenPersistence _surveyAccessTokenPersistence;
	private final SurveyInvitationPersistence _surveyInvitationPersistence;

}
