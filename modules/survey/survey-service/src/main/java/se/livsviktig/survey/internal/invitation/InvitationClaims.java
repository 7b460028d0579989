package se.livsviktig.survey.internal.invitation;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.dao.db.DBType;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;

import java.sql.Timestamp;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.SurveyAccessToken;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.persistence.SurveyAccessTokenPersistence;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;
import se.livsviktig.training.registration.CompletedRegistration;

/**
 * The invitation job's writes, each one statement that exactly one node wins: creating an invitation (the guarded
 * insert of {@link SurveyInvitationClaimInsert}), and claiming its first mail or a reminder (the conditional
 * updates of {@link InvitationMailClaims}). The winner of a mail claim creates the link's token in the same
 * transaction; only its hash is stored, and the token itself goes back to the caller, who mails it after commit.
 * Runs inside the calling local service's transaction.
 *
 * @author Livsviktig
 */
public class InvitationClaims {

	public InvitationClaims(
		SurveyInvitationPersistence surveyInvitationPersistence,
		SurveyAccessTokenPersistence surveyAccessTokenPersistence,
		CounterLocalService counterLocalService, TokenIssuer tokenIssuer) {

		_surveyInvitationPersistence = surveyInvitationPersistence;
		_surveyAccessTokenPersistence = surveyAccessTokenPersistence;
		_counterLocalService = counterLocalService;
		_tokenIssuer = tokenIssuer;
	}

	/**
	 * @return <code>true</code> if this call created the invitation; <code>false</code> if the registration was
	 *         invited by this dispatch before (by this node or another)
	 */
	public boolean create(
		SurveyDispatch surveyDispatch,
		CompletedRegistration completedRegistration, DBType dbType) {

		if (_surveyInvitationPersistence.fetchByD_R(
				surveyDispatch.getSurveyDispatchId(),
				completedRegistration.getRegistrationId()) != null) {

			return false;
		}

		long surveyInvitationId = _counterLocalService.increment();

		String insert = SurveyInvitationClaimInsert.forDatabase(dbType);

		if (insert == null) {
			return _createBySelectAndInsert(
				surveyInvitationId, surveyDispatch, completedRegistration);
		}

		Session session = _surveyInvitationPersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(insert);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(surveyInvitationId);
		queryPos.add(surveyDispatch.getCompanyId());
		queryPos.add(surveyDispatch.getGroupId());
		queryPos.add(surveyDispatch.getSurveyDispatchId());
		queryPos.add(surveyDispatch.getSurveyId());
		queryPos.add(completedRegistration.getRegistrationId());
		queryPos.add(completedRegistration.getUserId());
		queryPos.add(completedRegistration.getCourseSessionId());
		queryPos.add(completedRegistration.getTrainingMethodId());
		queryPos.add(completedRegistration.getOrganizationId());
		queryPos.add(_timestamp(surveyDispatch.getCloseDate()));

		if (sqlQuery.executeUpdate() == 1) {
			return true;
		}

		return false;
	}

	/**
	 * Claims the first mail of up to {@code size} PENDING invitations of the dispatch, lowest id first.
	 *
	 * @param  companyZoneId the company's time zone, for the month the invitation is sent in
	 * @return the token of each invitation this call claimed, by invitation id: the ones to mail after commit
	 */
	public Map<Long, String> sendPending(
		SurveyDispatch surveyDispatch, Date now, ZoneId companyZoneId,
		int size) {

		Map<Long, String> tokens = new LinkedHashMap<>();

		List<Object[]> rows = _surveyInvitationPersistence.dslQuery(
			new InvitationsDueQuery(
				surveyDispatch.getSurveyDispatchId()
			).selectPending(
				now, 0, size
			));

		for (Object[] row : rows) {
			long surveyInvitationId = ((Number)row[0]).longValue();

			if (_claim(
					surveyInvitationId, InvitationMailClaims.SEND,
					SurveyInvitationConstants.STATUS_SENT, _timestamp(now),
					SentMonth.of(now.toInstant(), companyZoneId),
					surveyInvitationId,
					SurveyInvitationConstants.STATUS_PENDING)) {

				tokens.put(
					surveyInvitationId,
					_issueToken(
						surveyInvitationId, surveyDispatch.getCompanyId(),
						now));
			}
		}

		return tokens;
	}

	/**
	 * Claims a reminder for up to {@code size} invitations of the dispatch that the rule finds due, lowest id first.
	 *
	 * @return the fresh token of each invitation this call claimed, by invitation id: the ones to mail after commit
	 */
	public Map<Long, String> remindDue(
		SurveyDispatch surveyDispatch, Date now, int size) {

		Map<Long, String> tokens = new LinkedHashMap<>();

		ReminderRule reminderRule = new ReminderRule(
			surveyDispatch.getReminderIntervalDays(),
			surveyDispatch.getMaxReminders());

		if (surveyDispatch.getMaxReminders() < 1) {
			return tokens;
		}

		List<Object[]> rows = _surveyInvitationPersistence.dslQuery(
			new InvitationsDueQuery(
				surveyDispatch.getSurveyDispatchId()
			).selectReminderCandidates(
				surveyDispatch.getMaxReminders(),
				reminderRule.lastMailDueBy(now.toInstant()), now, 0, size
			));

		Instant instant = now.toInstant();

		for (Object[] row : rows) {

			// The statement reads the candidates; the rule decides on the whole row, whose dates keep their time of
			// day (a date column of a projection would come back as its day)

			SurveyInvitation surveyInvitation =
				_surveyInvitationPersistence.fetchByPrimaryKey(
					((Number)row[0]).longValue());

			if ((surveyInvitation == null) ||
				!reminderRule.isDue(
					surveyInvitation.getStatus(),
					surveyInvitation.getReminderCount(),
					surveyInvitation.getSentDate(),
					surveyInvitation.getLastReminderDate(),
					surveyInvitation.getExpirationDate(), instant)) {

				continue;
			}

			long surveyInvitationId = surveyInvitation.getSurveyInvitationId();

			if (_claim(
					surveyInvitationId, InvitationMailClaims.REMIND,
					_timestamp(now), surveyInvitationId,
					SurveyInvitationConstants.STATUS_SENT,
					surveyInvitation.getReminderCount(), _timestamp(now))) {

				tokens.put(
					surveyInvitationId,
					_issueToken(
						surveyInvitationId, surveyDispatch.getCompanyId(),
						now));
			}
		}

		return tokens;
	}

	/**
	 * A token of the link, issued for an invitation: only its hash is kept.
	 */
	public interface TokenIssuer {

		/**
		 * @return a new token and, at index 1, its hash
		 */
		public String[] issue();

	}

	private static Timestamp _timestamp(Date date) {
		return new Timestamp(date.getTime());
	}

	/**
	 * One conditional update, whose changed row count says whether this call won. The row's cached copy is dropped:
	 * the statement went round the entity cache.
	 */
	private boolean _claim(
		long surveyInvitationId, String sql, Object... values) {

		Session session = _surveyInvitationPersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(sql);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		for (Object value : values) {
			if (value instanceof Integer) {
				queryPos.add(((Integer)value).intValue());
			}
			else if (value instanceof Long) {
				queryPos.add(((Long)value).longValue());
			}
			else {
				queryPos.add((Timestamp)value);
			}
		}

		if (sqlQuery.executeUpdate() != 1) {
			return false;
		}

		_surveyInvitationPersistence.clearCache(
			Collections.singleton(surveyInvitationId));

		return true;
	}

	private boolean _createBySelectAndInsert(
		long surveyInvitationId, SurveyDispatch surveyDispatch,
		CompletedRegistration completedRegistration) {

		SurveyInvitation surveyInvitation = _surveyInvitationPersistence.create(
			surveyInvitationId);

		surveyInvitation.setCompanyId(surveyDispatch.getCompanyId());
		surveyInvitation.setGroupId(surveyDispatch.getGroupId());
		surveyInvitation.setSurveyDispatchId(
			surveyDispatch.getSurveyDispatchId());
		surveyInvitation.setSurveyId(surveyDispatch.getSurveyId());
		surveyInvitation.setRegistrationId(
			completedRegistration.getRegistrationId());
		surveyInvitation.setUserId(completedRegistration.getUserId());
		surveyInvitation.setCourseSessionId(
			completedRegistration.getCourseSessionId());
		surveyInvitation.setMethodId(
			completedRegistration.getTrainingMethodId());
		surveyInvitation.setOrganizationId(
			completedRegistration.getOrganizationId());
		surveyInvitation.setStatus(SurveyInvitationConstants.STATUS_PENDING);
		surveyInvitation.setExpirationDate(surveyDispatch.getCloseDate());

		_surveyInvitationPersistence.update(surveyInvitation);

		return true;
	}

	private String _issueToken(
		long surveyInvitationId, long companyId, Date now) {

		String[] tokenAndHash = _tokenIssuer.issue();

		SurveyAccessToken surveyAccessToken =
			_surveyAccessTokenPersistence.create(
				_counterLocalService.increment());

		surveyAccessToken.setCompanyId(companyId);
		surveyAccessToken.setSurveyInvitationId(surveyInvitationId);
		surveyAccessToken.setTokenHash(tokenAndHash[1]);
		surveyAccessToken.setCreateDate(now);

		_surveyAccessTokenPersistence.update(surveyAccessToken);

		return tokenAndHash[0];
	}

	private final CounterLocalService _counterLocalService;
	private final SurveyAccessTokenPersistence _surveyAccessTokenPersistence;
	private final SurveyInvitationPersistence _surveyInvitationPersistence;
	private final TokenIssuer _tokenIssuer;

}
