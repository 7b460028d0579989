package se.livsviktig.training.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.sql.Timestamp;

import java.util.Date;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.training.internal.notification.NoticeClaimInsert;
import se.livsviktig.training.model.TrainingNotice;
import se.livsviktig.training.service.base.TrainingNoticeLocalServiceBaseImpl;

/**
 * The record of notices sent. A notice is claimed before it is sent; the unique (companyId, noticeKey) index
 * lets exactly one claim of a key succeed, whatever node or retry makes it.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.TrainingNotice",
	service = AopService.class
)
public class TrainingNoticeLocalServiceImpl
	extends TrainingNoticeLocalServiceBaseImpl {

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once per key (see NoticeClaimInsert).
	 *
	 * @return <code>true</code> if this call claimed the key, <code>false</code> if it was claimed before
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public boolean claimTrainingNotice(
		long companyId, long groupId, long userId, String noticeKey,
		String noticeType, long registrationId, long courseSessionId) {

		long trainingNoticeId = counterLocalService.increment();
		Date now = new Date();

		String insert = NoticeClaimInsert.forDatabase(
			DBManagerUtil.getDB(
			).getDBType());

		if (insert == null) {
			return _claimBySelectAndInsert(
				trainingNoticeId, companyId, groupId, userId, now, noticeKey,
				noticeType, registrationId, courseSessionId);
		}

		Session session = trainingNoticePersistence.getCurrentSession();

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
	 * Where the database has no insert that skips a taken key: a second claim of the same moment fails at the
	 * unique index, which rolls back this method's own transaction only (REQUIRES_NEW), never the caller's.
	 */
	private boolean _claimBySelectAndInsert(
		long trainingNoticeId, long companyId, long groupId, long userId,
		Date now, String noticeKey, String noticeType, long registrationId,
		long courseSessionId) {

		if (trainingNoticePersistence.fetchByC_NK(companyId, noticeKey) !=
				null) {

			return false;
		}

		TrainingNotice trainingNotice = trainingNoticePersistence.create(
			trainingNoticeId);

		trainingNotice.setGroupId(groupId);
		trainingNotice.setCompanyId(companyId);
		trainingNotice.setUserId(userId);
		trainingNotice.setCreateDate(now);
		trainingNotice.setNoticeKey(noticeKey);
		trainingNotice.setNoticeType(noticeType);
		trainingNotice.setRegistrationId(registrationId);
		trainingNotice.setCourseSessionId(courseSessionId);

		trainingNoticePersistence.update(trainingNotice);

		return true;
	}

	@Override
	public boolean hasTrainingNotice(long companyId, String noticeKey) {
		if (trainingNoticePersistence.fetchByC_NK(companyId, noticeKey) !=
				null) {

			return true;
		}

		return false;
	}

}
