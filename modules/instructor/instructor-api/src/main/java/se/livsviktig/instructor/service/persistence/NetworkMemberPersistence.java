/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.service.persistence.BasePersistence;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.instructor.exception.NoSuchNetworkMemberException;
import se.livsviktig.instructor.model.NetworkMember;

/**
 * The persistence interface for the network member service.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see NetworkMemberUtil
 * @generated
 */
@ProviderType
public interface NetworkMemberPersistence
	extends BasePersistence<NetworkMember> {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify or reference this interface directly. Always use {@link NetworkMemberUtil} to access the network member persistence. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this interface.
	 */

	/**
	 * Returns all the network members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching network members
	 */
	public java.util.List<NetworkMember> findByUuid(String uuid);

	/**
	 * Returns a range of all the network members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	public java.util.List<NetworkMember> findByUuid(
		String uuid, int start, int end);

	/**
	 * Returns an ordered range of all the network members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network members where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByUuid(
		String uuid, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByUuid_First(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the first network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByUuid_First(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the last network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByUuid_Last(
			String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the last network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByUuid_Last(
		String uuid,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the network members before and after the current network member in the ordered set where uuid = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public NetworkMember[] findByUuid_PrevAndNext(
			long networkMemberId, String uuid,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Removes all the network members where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public void removeByUuid(String uuid);

	/**
	 * Returns the number of network members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching network members
	 */
	public int countByUuid(String uuid);

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByUUID_G(String uuid, long groupId);

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache);

	/**
	 * Removes the network member where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the network member that was removed
	 */
	public NetworkMember removeByUUID_G(String uuid, long groupId)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the number of network members where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching network members
	 */
	public int countByUUID_G(String uuid, long groupId);

	/**
	 * Returns all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching network members
	 */
	public java.util.List<NetworkMember> findByUuid_C(
		String uuid, long companyId);

	/**
	 * Returns a range of all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	public java.util.List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end);

	/**
	 * Returns an ordered range of all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByUuid_C_First(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the first network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByUuid_C_First(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the last network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByUuid_C_Last(
			String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the last network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByUuid_C_Last(
		String uuid, long companyId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the network members before and after the current network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public NetworkMember[] findByUuid_C_PrevAndNext(
			long networkMemberId, String uuid, long companyId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Removes all the network members where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public void removeByUuid_C(String uuid, long companyId);

	/**
	 * Returns the number of network members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching network members
	 */
	public int countByUuid_C(String uuid, long companyId);

	/**
	 * Returns all the network members where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the matching network members
	 */
	public java.util.List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId);

	/**
	 * Returns a range of all the network members where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	public java.util.List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end);

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByInstructorNetworkId_First(
			long instructorNetworkId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByInstructorNetworkId_First(
		long instructorNetworkId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByInstructorNetworkId_Last(
			long instructorNetworkId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByInstructorNetworkId_Last(
		long instructorNetworkId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the network members before and after the current network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public NetworkMember[] findByInstructorNetworkId_PrevAndNext(
			long networkMemberId, long instructorNetworkId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Removes all the network members where instructorNetworkId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 */
	public void removeByInstructorNetworkId(long instructorNetworkId);

	/**
	 * Returns the number of network members where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the number of matching network members
	 */
	public int countByInstructorNetworkId(long instructorNetworkId);

	/**
	 * Returns all the network members where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @return the matching network members
	 */
	public java.util.List<NetworkMember> findByMemberUserId(long memberUserId);

	/**
	 * Returns a range of all the network members where memberUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param memberUserId the member user ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	public java.util.List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end);

	/**
	 * Returns an ordered range of all the network members where memberUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param memberUserId the member user ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network members where memberUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param memberUserId the member user ID
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByMemberUserId_First(
			long memberUserId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the first network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByMemberUserId_First(
		long memberUserId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the last network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByMemberUserId_Last(
			long memberUserId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the last network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByMemberUserId_Last(
		long memberUserId,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the network members before and after the current network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public NetworkMember[] findByMemberUserId_PrevAndNext(
			long networkMemberId, long memberUserId,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Removes all the network members where memberUserId = &#63; from the database.
	 *
	 * @param memberUserId the member user ID
	 */
	public void removeByMemberUserId(long memberUserId);

	/**
	 * Returns the number of network members where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @return the number of matching network members
	 */
	public int countByMemberUserId(long memberUserId);

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByIN_MU(
			long instructorNetworkId, long memberUserId)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByIN_MU(
		long instructorNetworkId, long memberUserId);

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByIN_MU(
		long instructorNetworkId, long memberUserId, boolean useFinderCache);

	/**
	 * Removes the network member where instructorNetworkId = &#63; and memberUserId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the network member that was removed
	 */
	public NetworkMember removeByIN_MU(
			long instructorNetworkId, long memberUserId)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the number of network members where instructorNetworkId = &#63; and memberUserId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the number of matching network members
	 */
	public int countByIN_MU(long instructorNetworkId, long memberUserId);

	/**
	 * Returns all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @return the matching network members
	 */
	public java.util.List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role);

	/**
	 * Returns a range of all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of matching network members
	 */
	public java.util.List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end);

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching network members
	 */
	public java.util.List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByIN_R_First(
			long instructorNetworkId, int role,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByIN_R_First(
		long instructorNetworkId, int role,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public NetworkMember findByIN_R_Last(
			long instructorNetworkId, int role,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public NetworkMember fetchByIN_R_Last(
		long instructorNetworkId, int role,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns the network members before and after the current network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public NetworkMember[] findByIN_R_PrevAndNext(
			long networkMemberId, long instructorNetworkId, int role,
			com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
				orderByComparator)
		throws NoSuchNetworkMemberException;

	/**
	 * Removes all the network members where instructorNetworkId = &#63; and role = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 */
	public void removeByIN_R(long instructorNetworkId, int role);

	/**
	 * Returns the number of network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @return the number of matching network members
	 */
	public int countByIN_R(long instructorNetworkId, int role);

	/**
	 * Caches the network member in the entity cache if it is enabled.
	 *
	 * @param networkMember the network member
	 */
	public void cacheResult(NetworkMember networkMember);

	/**
	 * Caches the network members in the entity cache if it is enabled.
	 *
	 * @param networkMembers the network members
	 */
	public void cacheResult(java.util.List<NetworkMember> networkMembers);

	/**
	 * Creates a new network member with the primary key. Does not add the network member to the database.
	 *
	 * @param networkMemberId the primary key for the new network member
	 * @return the new network member
	 */
	public NetworkMember create(long networkMemberId);

	/**
	 * Removes the network member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member that was removed
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public NetworkMember remove(long networkMemberId)
		throws NoSuchNetworkMemberException;

	public NetworkMember updateImpl(NetworkMember networkMember);

	/**
	 * Returns the network member with the primary key or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public NetworkMember findByPrimaryKey(long networkMemberId)
		throws NoSuchNetworkMemberException;

	/**
	 * Returns the network member with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member, or <code>null</code> if a network member with the primary key could not be found
	 */
	public NetworkMember fetchByPrimaryKey(long networkMemberId);

	/**
	 * Returns all the network members.
	 *
	 * @return the network members
	 */
	public java.util.List<NetworkMember> findAll();

	/**
	 * Returns a range of all the network members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @return the range of network members
	 */
	public java.util.List<NetworkMember> findAll(int start, int end);

	/**
	 * Returns an ordered range of all the network members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of network members
	 */
	public java.util.List<NetworkMember> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator);

	/**
	 * Returns an ordered range of all the network members.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>NetworkMemberModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of network members
	 * @param end the upper bound of the range of network members (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of network members
	 */
	public java.util.List<NetworkMember> findAll(
		int start, int end,
		com.liferay.portal.kernel.util.OrderByComparator<NetworkMember>
			orderByComparator,
		boolean useFinderCache);

	/**
	 * Removes all the network members from the database.
	 */
	public void removeAll();

	/**
	 * Returns the number of network members.
	 *
	 * @return the number of network members
	 */
	public int countAll();

}