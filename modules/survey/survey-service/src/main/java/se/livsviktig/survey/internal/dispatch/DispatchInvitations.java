package se.livsviktig.survey.internal.dispatch;

import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.dao.orm.Type;

import java.sql.Timestamp;

import java.util.Date;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;

/**
 * What a change to a dispatch does to its invitations: a new closing date becomes the expiry of the invitations
 * still open, and deleting the dispatch takes its invitations that were never mailed, with their links.
 *
 * @author Livsviktig
 */
public class DispatchInvitations {

	public static final String COUNT_COLUMN = "COUNT_VALUE";

	public static final String COUNT_LEFT =
		"select count(*) as COUNT_VALUE from LVSurvey_SurveyInvitation where " +
			"surveyDispatchId = ?";

	public static final String DELETE_PENDING =
		"delete from LVSurvey_SurveyInvitation where surveyDispatchId = ? and " +
			"status = ?";

	public static final String DELETE_PENDING_LINKS =
		"delete from LVSurvey_SurveyAccessToken where surveyInvitationId in " +
			"(select surveyInvitationId from LVSurvey_SurveyInvitation where " +
				"surveyDispatchId = ? and status = ?)";

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
	 * <p>
	 * The invitation job may claim a pending invitation (PENDING to SENT, {@code InvitationMailClaims.SEND}) on
	 * another node at any moment, also after the check below. So the pending invitations go by one statement that
	 * deletes only rows still PENDING when it runs (a row the job claimed first is skipped; one the job tries to
	 * claim after is locked by this delete and the job's claim then finds it gone), and then every invitation of
	 * the dispatch that is left is counted: one left is one the job claimed, so the delete is refused and the
	 * caller's transaction rolls back, links included. The count holds on PostgreSQL (a new snapshot per
	 * statement) and on MariaDB (its snapshot still shows the claimed row, which this transaction did not delete).
	 * No lock order with the job is needed, so no deadlock.
	 * </p>
	 *
	 * @throws SurveyDispatchInUseException if an invitation was sent, answered or opted out of, also if the job
	 *         claimed one meanwhile
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

		Session session = _surveyInvitationPersistence.getCurrentSession();

		_executeUpdate(session, DELETE_PENDING_LINKS, surveyDispatchId);
		_executeUpdate(session, DELETE_PENDING, surveyDispatchId);

		// Both statements went round the entity caches

		_surveyAccessTokenPersistence.clearCache();
		_surveyInvitationPersistence.clearCache();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(COUNT_LEFT);

		sqlQuery.addScalar(COUNT_COLUMN, Type.LONG);

		QueryPos.getInstance(
			sqlQuery
		).add(
			surveyDispatchId
		);

		Number left = (Number)sqlQuery.uniqueResult();

		if ((left != null) && (left.longValue() > 0)) {
			throw new SurveyDispatchInUseException(
				"Dispatch " + surveyDispatchId + " has " + left +
					" invitations the invitation job claimed while it was " +
						"being deleted; close it instead");
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

	private int _executeUpdate(
		Session session, String sql, long surveyDispatchId) {

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(surveyDispatchId);
		queryPos.add(SurveyInvitationConstants.STATUS_PENDING);

		return sqlQuery.executeUpdate();
	}

	private static final int[] _MAILED_STATUSES = {
		SurveyInvitationConstants.STATUS_SENT,
		SurveyInvitationConstants.STATUS_ANSWERED,
		SurveyInvitationConstants.STATUS_OPTED_OUT
	};

	private final SurveyAccessTokenPersistence _surveyAccessTokenPersistence;
	private final SurveyInvitationPersistence _surveyInvitationPersistence;

}
