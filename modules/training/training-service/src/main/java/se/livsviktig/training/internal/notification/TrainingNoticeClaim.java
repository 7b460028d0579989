package se.livsviktig.training.internal.notification;

import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;

import java.sql.Timestamp;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.service.persistence.TrainingNoticePersistence;

/**
 * Claims a notice's key in the caller's transaction: the row that says the notice is sent, written with one insert
 * that the unique (companyId, noticeKey) index lets through once per key ({@link NoticeClaimInsert}). The caller
 * chooses the transaction: TrainingNoticeLocalService.claimTrainingNotice a new one of its own, a registration its
 * own, so that the claim commits or rolls back with the registration it tells of.
 *
 * @author Livsviktig
 */
@Component(service = TrainingNoticeClaim.class)
public class TrainingNoticeClaim {

	/**
	 * @return <code>true</code> if this call claimed the key, <code>false</code> if it was claimed before
	 */
	public boolean claim(
		long trainingNoticeId, long companyId, long groupId, long userId,
		String noticeKey, String noticeType, long registrationId,
		long courseSessionId, Date now) {

		String insert = NoticeClaimInsert.forDatabase(
			DBManagerUtil.getDB(
			).getDBType());

		if (insert == null) {
			return _claimBySelectAndInsert(
				trainingNoticeId, companyId, groupId, userId, now, noticeKey,
				noticeType, registrationId, courseSessionId);
		}

		Session session = _trainingNoticePersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(insert);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(trainingNoticeId);
		queryPos.add(groupId);
		queryPos.add(companyId);
		queryPos.add(userId);
		queryPos.add(new Timestamp(now.getTime()));
		queryPos.add(noticeKey);
		queryPos.add(noticeType);
		queryPos.add(registrationId);
		queryPos.add(courseSessionId);

		if (sqlQuery.executeUpdate() == 1) {
			return true;
		}

		return false;
	}

	/**
	 * Claims the notice of a registration the caller's transaction inserts, with the entity's own insert, which
	 * Hibernate sends at the commit's flush beside the registration's. Its key names that registration's id, fresh
	 * from the counter, so no claim can have taken it before: the guarded native insert ({@link #claim}) would skip
	 * nothing here, and costs, under the session's row lock, what the profile of the registration rush showed among
	 * its top frames (Liferay's SQL transformer and table-name parsing, Hibernate's native query plan, an auto-flush
	 * and a bulk-operation cache clean-up). The unique (companyId, noticeKey) index still guards it: a taken key
	 * would fail the transaction, and the registration would roll back with it, unsent.
	 */
	public void claimNew(long trainingNoticeId, Notice notice, Date now) {
		_insert(
			trainingNoticeId, notice.getCompanyId(), notice.getGroupId(),
			notice.getRecipientUserId(), now, notice.getKey(),
			notice.getType(), notice.getRegistrationId(),
			notice.getCourseSessionId());
	}

	public boolean claim(long trainingNoticeId, Notice notice, Date now) {
		return claim(
			trainingNoticeId, notice.getCompanyId(), notice.getGroupId(),
			notice.getRecipientUserId(), notice.getKey(), notice.getType(),
			notice.getRegistrationId(), notice.getCourseSessionId(), now);
	}

	/**
	 * Where the database has no insert that skips a taken key: a second claim of the same moment fails at the
	 * unique index. TrainingNoticeLocalService.claimTrainingNotice runs this in a transaction of its own
	 * (REQUIRES_NEW), so that failure rolls back only the claim; a registration's claim names a registration id
	 * that did not exist before, so no other claim can meet it.
	 */
	private boolean _claimBySelectAndInsert(
		long trainingNoticeId, long companyId, long groupId, long userId,
		Date now, String noticeKey, String noticeType, long registrationId,
		long courseSessionId) {

		if (_trainingNoticePersistence.fetchByC_NK(companyId, noticeKey) !=
				null) {

			return false;
		}

		_insert(
			trainingNoticeId, companyId, groupId, userId, now, noticeKey,
			noticeType, registrationId, courseSessionId);

		return true;
	}

	private void _insert(
		long trainingNoticeId, long companyId, long groupId, long userId,
		Date now, String noticeKey, String noticeType, long registrationId,
		long courseSessionId) {

		TrainingNotice trainingNotice = _trainingNoticePersistence.create(
			trainingNoticeId);

		trainingNotice.setGroupId(groupId);
		trainingNotice.setCompanyId(companyId);
		trainingNotice.setUserId(userId);
		trainingNotice.setCreateDate(now);
		trainingNotice.setNoticeKey(noticeKey);
		trainingNotice.setNoticeType(noticeType);
		trainingNotice.setRegistrationId(registrationId);
		trainingNotice.setCourseSessionId(courseSessionId);

		_trainingNoticePersistence.update(trainingNotice);
	}

	@Reference
	private TrainingNoticePersistence _trainingNoticePersistence;

}
