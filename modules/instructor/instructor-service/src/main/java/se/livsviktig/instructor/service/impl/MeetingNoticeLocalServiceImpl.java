/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

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

import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeClaimInsert;
import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.service.base.MeetingNoticeLocalServiceBaseImpl;

/**
 * The record of meeting notices sent (invitation, change, cancellation). A notice is claimed before it is sent;
 * the unique (networkMeetingId, userId, sequence) index lets exactly one claim of a meeting's version for a
 * person succeed, whatever node, retry or second call makes it.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.instructor.model.MeetingNotice",
	service = AopService.class
)
public class MeetingNoticeLocalServiceImpl
	extends MeetingNoticeLocalServiceBaseImpl {

	/**
	 * Records the notice in its own transaction, committed before the notice goes out, with one insert that the
	 * unique index lets through once (see MeetingNoticeClaimInsert).
	 *
	 * @param  userId the recipient
	 * @return <code>true</code> if this call claimed the notice, <code>false</code> if it was claimed before
	 */
	@Override
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public boolean claimMeetingNotice(
		long companyId, long groupId, long userId, long networkMeetingId,
		int sequence, String noticeKind) {

		long meetingNoticeId = counterLocalService.increment();
		Date now = new Date();

		String insert = MeetingNoticeClaimInsert.forDatabase(
			DBManagerUtil.getDB(
			).getDBType());

		if (insert == null) {
			return _claimBySelectAndInsert(
				meetingNoticeId, companyId, groupId, userId, now,
				networkMeetingId, sequence, noticeKind);
		}

		Session session = meetingNoticePersistence.getCurrentSession();

		SQLQuery sqlQuery = session.createSynchronizedSQLQuery(insert);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(meetingNoticeId);
		queryPos.add(groupId);
		queryPos.add(companyId);
		queryPos.add(userId);
		queryPos.add(new Timestamp(now.getTime()));
		queryPos.add(networkMeetingId);
		queryPos.add(sequence);
		queryPos.add(noticeKind);

		if (sqlQuery.executeUpdate() == 1) {
			return true;
		}

		return false;
	}

	/**
	 * @param userId the recipient
	 */
	@Override
	public MeetingNotice fetchMeetingNotice(
		long networkMeetingId, long userId, int sequence) {

		return meetingNoticePersistence.fetchByNM_U_S(
			networkMeetingId, userId, sequence);
	}

	/**
	 * Where the database has no insert that skips a taken key: a second claim of the same moment fails at the
	 * unique index, which rolls back this method's own transaction only (REQUIRES_NEW), never the caller's.
	 */
	private boolean _claimBySelectAndInsert(
		long meetingNoticeId, long companyId, long groupId, long userId,
		Date now, long networkMeetingId, int sequence, String noticeKind) {

		if (meetingNoticePersistence.fetchByNM_U_S(
				networkMeetingId, userId, sequence) != null) {

			return false;
		}

		MeetingNotice meetingNotice = meetingNoticePersistence.create(
			meetingNoticeId);

		meetingNotice.setGroupId(groupId);
		meetingNotice.setCompanyId(companyId);
		meetingNotice.setUserId(userId);
		meetingNotice.setCreateDate(now);
		meetingNotice.setNetworkMeetingId(networkMeetingId);
		meetingNotice.setSequence(sequence);
		meetingNotice.setNoticeKind(noticeKind);

		meetingNoticePersistence.update(meetingNotice);

		return true;
	}

}
