package se.livsviktig.instructor.service.impl;

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

import se.livsviktig.instructor.internal.notice.InstructorNoticeClaimInsert;
import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.service.base.InstructorNoticeLocalServiceBaseImpl;

/**
 * The record of certification notices sent. A notice is claimed before it is sent; the unique (certificationId,
 * noticeKind) index lets exactly one claim succeed, whatever node, retry or second run of the job makes it.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.InstructorNotice",
	service = AopService.class
)
public class InstructorNoticeLocalServiceImpl
	extends InstructorNoticeLocalServiceBaseImpl {

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see InstructorNoticeClaimInsert).
	 *
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public boolean claimInstructorNotice(
		long companyId, long groupId, long userId, long certificationId,
		String noticeKind) {

		long instructorNoticeId = counterLocalService.increment();
		Date now = new Date();

		String insert = InstructorNoticeClaimInsert.forDatabase(
			DBManagerUtil.getDB(
			).getDBType());

		if (insert == null) {
			return _claimBySelectAndInsert(
				instructorNoticeId, companyId, groupId, userId, now,
				certificationId, noticeKind);
		}

		Session session = instructorNoticePersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(insert);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(instructorNoticeId);
		queryPos.add(groupId);
		queryPos.add(companyId);
		queryPos.add(userId);
		queryPos.add(new Timestamp(now.getTime()));
		queryPos.add(certificationId);
		queryPos.add(noticeKind);

		if (sqlQuery.executeUpdate() == 1) {
			return true;
		}

		return false;
	}

	@Override
	public boolean hasInstructorNotice(
		long certificationId, String noticeKind) {

		if (instructorNoticePersistence.fetchByCI_NK(
				certificationId, noticeKind) != null) {

			return true;
		}

		return false;
	}

	/**
	 * Where the database has no insert that skips a taken key: a second claim of the same moment fails at the
	 * unique index, which rolls back this method's own transaction only (REQUIRES_NEW), never the caller's.
	 */
	private boolean _claimBySelectAndInsert(
		long instructorNoticeId, long companyId, long groupId, long userId,
		Date now, long certificationId, String noticeKind) {

		if (instructorNoticePersistence.fetchByCI_NK(
				certificationId, noticeKind) != null) {

			return false;
		}

		InstructorNotice instructorNotice = instructorNoticePersistence.create(
			instructorNoticeId);

		instructorNotice.setGroupId(groupId);
		instructorNotice.setCompanyId(companyId);
		instructorNotice.setUserId(userId);
		instructorNotice.setCreateDate(now);
		instructorNotice.setCertificationId(certificationId);
		instructorNotice.setNoticeKind(noticeKind);

		instructorNoticePersistence.update(instructorNotice);

		return true;
	}

}
