/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.exception.NoSuchMeetingNoticeException;
import se.livsviktig.instructor.model.MeetingNotice;

/**
 * The persistence interface for the meeting notice service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see MeetingNoticeUtil
 * @generated
 */
@ProviderType
public interface MeetingNoticePersistence
	extends BasePersistence<MeetingNotice> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MeetingNoticeUtil} to access the meeting notice persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or throws a <code>NoSuchMeetingNoticeException</code> if it could not be found.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the matching meeting notice
	 * @throws NoSuchMeetingNoticeException if a matching meeting notice could not be found
	 */
	public MeetingNotice findByNM_U_S(
			long networkMeetingId, long userId, int sequence)
		throws NoSuchMeetingNoticeException;

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the matching meeting notice, or <code>null</code> if a matching meeting notice could not be found
	 */
	public MeetingNotice fetchByNM_U_S(
		long networkMeetingId, long userId, int sequence);

	/**
	 * Returns the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting notice, or <code>null</code> if a matching meeting notice could not be found
	 */
	public MeetingNotice fetchByNM_U_S(
		long networkMeetingId, long userId, int sequence,
		boolean useFinderCache);

	/**
	 * Removes the meeting notice where networkMeetingId = &#63; and userId = &#63; and sequence = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the meeting notice that was removed
	 */
	public MeetingNotice removeByNM_U_S(
			long networkMeetingId, long userId, int sequence)
		throws NoSuchMeetingNoticeException;

	/**
	 * Returns the number of meeting notices where networkMeetingId = &#63; and userId = &#63; and sequence = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param userId the user ID
	 * @param sequence the sequence
	 * @return the number of matching meeting notices
	 */
	public int countByNM_U_S(long networkMeetingId, long userId, int sequence);

	/**
	 * Caches the meeting notice in the entity cache if it is enabled.
	 *
	 * @param meetingNotice the meeting notice
	 */
	public void cacheResult(MeetingNotice meetingNotice);

	/**
	 * Caches the meeting notices in the entity cache if it is enabled.
	 *
	 * @param meetingNotices the meeting notices
	 */
	public void cacheResult(java.util.List<MeetingNotice> meetingNotices);

	/**
	 * Creates a new meeting notice with the primary key. Does not add the meeting notice to the database.
	 *
	 * @param meetingNoticeId the primary key for the new meeting notice
	 * @return the new meeting notice
	 */
	public MeetingNotice create(long meetingNoticeId);

	/**
	 * Removes the meeting notice with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice that was removed
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	public MeetingNotice remove(long meetingNoticeId)
		throws NoSuchMeetingNoticeException;

	public MeetingNotice updateImpl(MeetingNotice meetingNotice);

	/**
	 * Returns the meeting notice with the primary key or throws a <code>NoSuchMeetingNoticeException</code> if it could not be found.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice
	 * @throws NoSuchMeetingNoticeException if a meeting notice with the primary key could not be found
	 */
	public MeetingNotice findByPrimaryKey(long meetingNoticeId)
		throws NoSuchMeetingNoticeException;

	/**
	 * Returns the meeting notice with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param meetingNoticeId the primary key of the meeting notice
	 * @return the meeting notice, or <code>null</code> if a meeting notice with the primary key could not be found
	 */
	public MeetingNotice fetchByPrimaryKey(long meetingNoticeId);

	/**
	 * Returns all the meeting notices.
	 *
	 * @return the meeting notices
	 */
	public java.util.List<MeetingNotice> findAll();

	/**
	 * Returns a range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @return the range of meeting notices
	 */
	public java.util.List<MeetingNotice> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of meeting notices
	 */
	public java.util.List<MeetingNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingNotice>
			orderByComparator);

	/**
	 * Returns an ordered range of all the meeting notices.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingNoticeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting notices
	 * @param end the upper bound of the range of meeting notices (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of meeting notices
	 */
	public java.util.List<MeetingNotice> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingNotice>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the meeting notices from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of meeting notices.
	 *
	 * @return the number of meeting notices
	 */
	public int countAll();

}