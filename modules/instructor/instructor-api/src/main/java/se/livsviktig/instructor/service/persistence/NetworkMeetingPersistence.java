/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.exception.NoSuchNetworkMeetingException;
import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * The persistence interface for the network meeting service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see NetworkMeetingUtil
 * @generated
 */
@ProviderType
public interface NetworkMeetingPersistence
	extends BasePersistence<NetworkMeeting> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link NetworkMeetingUtil} to access the network meeting persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the network meetings where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid(String uuid);

	/**
	 * Returns a range of all the network meetings where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public NetworkMeeting findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public NetworkMeeting findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public NetworkMeeting[] findByUuid_PrevAndNext(
			long networkMeetingId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Removes all the network meetings where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of network meetings where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching network meetings
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchNetworkMeetingException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public NetworkMeeting findByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the network meeting where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the network meeting that was removed
	 */
	public NetworkMeeting removeByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the number of network meetings where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching network meetings
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public NetworkMeeting findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public NetworkMeeting findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public NetworkMeeting[] findByUuid_C_PrevAndNext(
			long networkMeetingId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Removes all the network meetings where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching network meetings
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the network meetings where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId);

	/**
	 * Returns a range of all the network meetings where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end);

	/**
	 * Returns an ordered range of all the network meetings where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network meetings where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network meetings
	 */
	public java.util.List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public NetworkMeeting findByInstructorNetworkId_First(
			long instructorNetworkId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the first network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByInstructorNetworkId_First(
		long instructorNetworkId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns the last network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public NetworkMeeting findByInstructorNetworkId_Last(
			long instructorNetworkId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the last network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public NetworkMeeting fetchByInstructorNetworkId_Last(
		long instructorNetworkId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public NetworkMeeting[] findByInstructorNetworkId_PrevAndNext(
			long networkMeetingId, long instructorNetworkId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
				orderByComparator)
		throws NoSuchNetworkMeetingException;

	/**
	 * Removes all the network meetings where instructorNetworkId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 */
	public void removeByInstructorNetworkId(long instructorNetworkId);

	/**
	 * Returns the number of network meetings where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the number of matching network meetings
	 */
	public int countByInstructorNetworkId(long instructorNetworkId);

	/**
	 * Caches the network meeting in the entity cache if it is enabled.
	 *
	 * @param networkMeeting the network meeting
	 */
	public void cacheResult(NetworkMeeting networkMeeting);

	/**
	 * Caches the network meetings in the entity cache if it is enabled.
	 *
	 * @param networkMeetings the network meetings
	 */
	public void cacheResult(java.util.List<NetworkMeeting> networkMeetings);

	/**
	 * Creates a new network meeting with the primary key. Does not add the network meeting to the database.
	 *
	 * @param networkMeetingId the primary key for the new network meeting
	 * @return the new network meeting
	 */
	public NetworkMeeting create(long networkMeetingId);

	/**
	 * Removes the network meeting with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting that was removed
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public NetworkMeeting remove(long networkMeetingId)
		throws NoSuchNetworkMeetingException;

	public NetworkMeeting updateImpl(NetworkMeeting networkMeeting);

	/**
	 * Returns the network meeting with the primary key or throws a <code>NoSuchNetworkMeetingException</code> if it could not be found.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public NetworkMeeting findByPrimaryKey(long networkMeetingId)
		throws NoSuchNetworkMeetingException;

	/**
	 * Returns the network meeting with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting, or <code>null</code> if a network meeting with the primary key could not be found
	 */
	public NetworkMeeting fetchByPrimaryKey(long networkMeetingId);

	/**
	 * Returns all the network meetings.
	 *
	 * @return the network meetings
	 */
	public java.util.List<NetworkMeeting> findAll();

	/**
	 * Returns a range of all the network meetings.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @return the range of network meetings
	 */
	public java.util.List<NetworkMeeting> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the network meetings.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of network meetings
	 */
	public java.util.List<NetworkMeeting> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network meetings.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMeetingModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network meetings
	 * @param end the upper bound of the range of network meetings (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of network meetings
	 */
	public java.util.List<NetworkMeeting> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMeeting>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the network meetings from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of network meetings.
	 *
	 * @return the number of network meetings
	 */
	public int countAll();

}