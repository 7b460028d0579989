package se.livsviktig.survey.internal.dispatch;

import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;

import java.sql.Timestamp;

import java.util.Date;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;

/**
 * What a change to a dispatch does to its invitations: a new closing date becomes the expiry of the invitations
 * still open, and deleting the dispatch takes its invitations that were never mailed, with their links.
 *
 * @author Livsviktig
 */
public class DispatchInvitations {

	public static final String MOVE_OPEN_EXPIRY =
		"update LVSurvey_SurveyInvitation set expirationDate = ? where " +
			"surveyDispatchId = ? and status in (?, ?)";

	public DispatchInvitations(
		SurveyInvitationPersistence surveyInvitationPersistence,
		SurveyAccessTokenPersistence surveyAccessTokenPersistence) {

		_surveyInvitationPersistence = surveyInvitationPersistence;
		_surveyAccessTokenPersistence = surveyAccessTokenPersistence;
	}

	/**
	 * Deletes the dispatch's pending invitations and their links. A dispatch that mailed anything keeps its
	 * invitations: they are the record of who was invited and what they did, and deleting them would let a new
	 * dispatch invite the same people again.
	 *
	 * @throws SurveyDispatchInUseException if an invitation was sent, answered or opted out of
	 */
	public void deletePending(long surveyDispatchId)
		throws SurveyDispatchInUseException {

		int mailed = 0;

		for (int status : _MAILED_STATUSES) {
			mailed += _surveyInvitationPersistence.countByD_S(
				surveyDispatchId, status);
		}

		if (mailed > 0) {
			throw new SurveyDispatchInUseException(
				"Dispatch " + surveyDispatchId + " sent " + mailed +
					" invitations; close it instead");
		}

		for (SurveyInvitation surveyInvitation :
				_surveyInvitationPersistence.findByD_S(
					surveyDispatchId,
					SurveyInvitationConstants.STATUS_PENDING)) {

			_surveyAccessTokenPersistence.removeBySurveyInvitationId(
				surveyInvitation.getSurveyInvitationId());

			_surveyInvitationPersistence.remove(surveyInvitation);
		}
	}

	/**
	 * Sets the expiry of the dispatch's pending and sent invitations to the closing date, by one statement: a
	 * dispatch may have thousands, and answered or opted-out ones keep theirs. The cached invitations are dropped,
	 * since the statement went round the entity cache.
	 *
	 * @return the number of invitations moved
	 */
	public int moveOpenExpiry(long surveyDispatchId, Date closeDate) {
		Session session = _surveyInvitationPersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(
			MOVE_OPEN_EXPIRY);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(new Timestamp(closeDate.getTime()));
		queryPos.add(surveyDispatchId);
		queryPos.add(SurveyInvitationConstants.STATUS_PENDING);
		queryPos.add(SurveyInvitationConstants.STATUS_SENT);

		int moved = sqlQuery.executeUpdate();

		_surveyInvitationPersistence.clearCache();

		return moved;
	}

	private static final int[] _MAILED_STATUSES = {
		SurveyInvitationConstants.STATUS_SENT,
		SurveyInvitationConstants.STATUS_ANSWERED,
		SurveyInvitationConstants.STATUS_OPTED_OUT
	};

	private final SurveyAccessTokenPersistence _surveyAccessTokenPersistence;
	private final SurveyInvitationPersistence _surveyInvitationPersistence;

}
