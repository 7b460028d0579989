/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.exception.NoSuchMeetingParticipantException;
import se.livsviktig.instructor.model.MeetingParticipant;

/**
 * The persistence interface for the meeting participant service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see MeetingParticipantUtil
 * @generated
 */
@ProviderType
public interface MeetingParticipantPersistence
	extends BasePersistence<MeetingParticipant> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link MeetingParticipantUtil} to access the meeting participant persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the meeting participants where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid(String uuid);

	/**
	 * Returns a range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where uuid = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public MeetingParticipant[] findByUuid_PrevAndNext(
			long meetingParticipantId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Removes all the meeting participants where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of meeting participants where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching meeting participants
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByUUID_G(String uuid, long groupId)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the meeting participant where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the meeting participant where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the meeting participant that was removed
	 */
	public MeetingParticipant removeByUUID_G(String uuid, long groupId)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the number of meeting participants where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching meeting participants
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns an ordered range of all the meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the first meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the last meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public MeetingParticipant[] findByUuid_C_PrevAndNext(
			long meetingParticipantId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Removes all the meeting participants where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of meeting participants where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching meeting participants
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the meeting participants where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @return the matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId);

	/**
	 * Returns a range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end);

	/**
	 * Returns an ordered range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns an ordered range of all the meeting participants where networkMeetingId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByNetworkMeetingId(
		long networkMeetingId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByNetworkMeetingId_First(
			long networkMeetingId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the first meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByNetworkMeetingId_First(
		long networkMeetingId,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the last meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByNetworkMeetingId_Last(
			long networkMeetingId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the last meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByNetworkMeetingId_Last(
		long networkMeetingId,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where networkMeetingId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param networkMeetingId the network meeting ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public MeetingParticipant[] findByNetworkMeetingId_PrevAndNext(
			long meetingParticipantId, long networkMeetingId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Removes all the meeting participants where networkMeetingId = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 */
	public void removeByNetworkMeetingId(long networkMeetingId);

	/**
	 * Returns the number of meeting participants where networkMeetingId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @return the number of matching meeting participants
	 */
	public int countByNetworkMeetingId(long networkMeetingId);

	/**
	 * Returns all the meeting participants where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByParticipantUserId(
		long participantUserId);

	/**
	 * Returns a range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end);

	/**
	 * Returns an ordered range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns an ordered range of all the meeting participants where participantUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param participantUserId the participant user ID
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching meeting participants
	 */
	public java.util.List<MeetingParticipant> findByParticipantUserId(
		long participantUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByParticipantUserId_First(
			long participantUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the first meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByParticipantUserId_First(
		long participantUserId,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the last meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByParticipantUserId_Last(
			long participantUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the last meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByParticipantUserId_Last(
		long participantUserId,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns the meeting participants before and after the current meeting participant in the ordered set where participantUserId = &#63;.
	 *
	 * @param meetingParticipantId the primary key of the current meeting participant
	 * @param participantUserId the participant user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public MeetingParticipant[] findByParticipantUserId_PrevAndNext(
			long meetingParticipantId, long participantUserId,
			com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
				orderByComparator)
		throws NoSuchMeetingParticipantException;

	/**
	 * Removes all the meeting participants where participantUserId = &#63; from the database.
	 *
	 * @param participantUserId the participant user ID
	 */
	public void removeByParticipantUserId(long participantUserId);

	/**
	 * Returns the number of meeting participants where participantUserId = &#63;.
	 *
	 * @param participantUserId the participant user ID
	 * @return the number of matching meeting participants
	 */
	public int countByParticipantUserId(long participantUserId);

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participant
	 * @throws NoSuchMeetingParticipantException if a matching meeting participant could not be found
	 */
	public MeetingParticipant findByNM_PU(
			long networkMeetingId, long participantUserId)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByNM_PU(
		long networkMeetingId, long participantUserId);

	/**
	 * Returns the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching meeting participant, or <code>null</code> if a matching meeting participant could not be found
	 */
	public MeetingParticipant fetchByNM_PU(
		long networkMeetingId, long participantUserId, boolean useFinderCache);

	/**
	 * Removes the meeting participant where networkMeetingId = &#63; and participantUserId = &#63; from the database.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the meeting participant that was removed
	 */
	public MeetingParticipant removeByNM_PU(
			long networkMeetingId, long participantUserId)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the number of meeting participants where networkMeetingId = &#63; and participantUserId = &#63;.
	 *
	 * @param networkMeetingId the network meeting ID
	 * @param participantUserId the participant user ID
	 * @return the number of matching meeting participants
	 */
	public int countByNM_PU(long networkMeetingId, long participantUserId);

	/**
	 * Caches the meeting participant in the entity cache if it is enabled.
	 *
	 * @param meetingParticipant the meeting participant
	 */
	public void cacheResult(MeetingParticipant meetingParticipant);

	/**
	 * Caches the meeting participants in the entity cache if it is enabled.
	 *
	 * @param meetingParticipants the meeting participants
	 */
	public void cacheResult(
		java.util.List<MeetingParticipant> meetingParticipants);

	/**
	 * Creates a new meeting participant with the primary key. Does not add the meeting participant to the database.
	 *
	 * @param meetingParticipantId the primary key for the new meeting participant
	 * @return the new meeting participant
	 */
	public MeetingParticipant create(long meetingParticipantId);

	/**
	 * Removes the meeting participant with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant that was removed
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public MeetingParticipant remove(long meetingParticipantId)
		throws NoSuchMeetingParticipantException;

	public MeetingParticipant updateImpl(MeetingParticipant meetingParticipant);

	/**
	 * Returns the meeting participant with the primary key or throws a <code>NoSuchMeetingParticipantException</code> if it could not be found.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant
	 * @throws NoSuchMeetingParticipantException if a meeting participant with the primary key could not be found
	 */
	public MeetingParticipant findByPrimaryKey(long meetingParticipantId)
		throws NoSuchMeetingParticipantException;

	/**
	 * Returns the meeting participant with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param meetingParticipantId the primary key of the meeting participant
	 * @return the meeting participant, or <code>null</code> if a meeting participant with the primary key could not be found
	 */
	public MeetingParticipant fetchByPrimaryKey(long meetingParticipantId);

	/**
	 * Returns all the meeting participants.
	 *
	 * @return the meeting participants
	 */
	public java.util.List<MeetingParticipant> findAll();

	/**
	 * Returns a range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @return the range of meeting participants
	 */
	public java.util.List<MeetingParticipant> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of meeting participants
	 */
	public java.util.List<MeetingParticipant> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator);

	/**
	 * Returns an ordered range of all the meeting participants.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>MeetingParticipantModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of meeting participants
	 * @param end the upper bound of the range of meeting participants (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of meeting participants
	 */
	public java.util.List<MeetingParticipant> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<MeetingParticipant>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the meeting participants from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of meeting participants.
	 *
	 * @return the number of meeting participants
	 */
	public int countAll();

}