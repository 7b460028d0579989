/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.impl;

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

import se.livsviktig.careprogram.model.ReviewNotice;
import se.livsviktig.careprogram.service.base.ReviewNoticeLocalServiceBaseImpl;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeClaimInsert;

/**
 * The record of review notices sent. A notice is claimed before it is sent; the unique (localRoutineId,
 * careProgramId, recipientUserId, noticeKind, episodeKey) index lets exactly one claim succeed, whatever node,
 * retry or second run of the job makes it.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.careprogram.model.ReviewNotice",
	service = AopService.class
)
public class ReviewNoticeLocalServiceImpl
	extends ReviewNoticeLocalServiceBaseImpl {

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see ReviewNoticeClaimInsert).
	 *
	 * @param  localRoutineId the routine, or 0 for a notice about the programme's own text
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public boolean claimReviewNotice(
		long companyId, long careProgramId, long localRoutineId,
		long recipientUserId, int noticeKind, String episodeKey) {

		long reviewNoticeId = counterLocalService.increment();
		Date now = new Date();

		String insert = ReviewNoticeClaimInsert.forDatabase(
			DBManagerUtil.getDB(
			).getDBType());

		if (insert == null) {
			return _claimBySelectAndInsert(
				reviewNoticeId, companyId, now, careProgramId, localRoutineId,
				recipientUserId, noticeKind, episodeKey);
		}

		Session session = reviewNoticePersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(insert);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(reviewNoticeId);
		queryPos.add(companyId);
		queryPos.add(new Timestamp(now.getTime()));
		queryPos.add(careProgramId);
		queryPos.add(localRoutineId);
		queryPos.add(recipientUserId);
		queryPos.add(noticeKind);
		queryPos.add(episodeKey);

		if (sqlQuery.executeUpdate() == 1) {
			return true;
		}

		return false;
	}

	@Override
	public boolean hasReviewNotice(
		long localRoutineId, long careProgramId, long recipientUserId,
		int noticeKind, String episodeKey) {

		if (reviewNoticePersistence.fetchByR_K_E(
				localRoutineId, careProgramId, recipientUserId, noticeKind,
				episodeKey) != null) {

			return true;
		}

		return false;
	}

	/**
	 * Where the database has no insert that skips a taken key: a second claim of the same moment fails at the
	 * unique index, which rolls back this method's own transaction only (REQUIRES_NEW), never the caller's.
	 */
	private boolean _claimBySelectAndInsert(
		long reviewNoticeId, long companyId, Date now, long careProgramId,
		long localRoutineId, long recipientUserId, int noticeKind,
		String episodeKey) {

		if (reviewNoticePersistence.fetchByR_K_E(
				localRoutineId, careProgramId, recipientUserId, noticeKind,
				episodeKey) != null) {

			return false;
		}

		ReviewNotice reviewNotice = reviewNoticePersistence.create(
			reviewNoticeId);

		reviewNotice.setCompanyId(companyId);
		reviewNotice.setCreateDate(now);
		reviewNotice.setCareProgramId(careProgramId);
		reviewNotice.setLocalRoutineId(localRoutineId);
		reviewNotice.setRecipientUserId(recipientUserId);
		reviewNotice.setNoticeKind(noticeKind);
		reviewNotice.setEpisodeKey(episodeKey);

		reviewNoticePersistence.update(reviewNotice);

		return true;
	}

}
