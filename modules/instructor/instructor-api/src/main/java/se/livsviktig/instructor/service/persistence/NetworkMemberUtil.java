/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.instructor.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.instructor.model.NetworkMember;

/**
 * The persistence utility for the network member service. This utility wraps <code>se.livsviktig.instructor.service.persistence.impl.NetworkMemberPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see NetworkMemberPersistence
 * @generated
 */
public class NetworkMemberUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Modify <code>service.xml</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache()
	 */
	public static void clearCache() {
		getPersistence().clearCache();
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#clearCache(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static void clearCache(NetworkMember networkMember) {
		getPersistence().clearCache(networkMember);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#countWithDynamicQuery(DynamicQuery)
	 */
	public static long countWithDynamicQuery(DynamicQuery dynamicQuery) {
		return getPersistence().countWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#fetchByPrimaryKeys(Set)
	 */
	public static Map<Serializable, NetworkMember> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<NetworkMember> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<NetworkMember> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<NetworkMember> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static NetworkMember update(NetworkMember networkMember) {
		return getPersistence().update(networkMember);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static NetworkMember update(
		NetworkMember networkMember, ServiceContext serviceContext) {

		return getPersistence().update(networkMember, serviceContext);
	}

	/**
	 * Returns all the network members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching network members
	 */
	public static List<NetworkMember> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

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
	public static List<NetworkMember> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

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
	public static List<NetworkMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

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
	public static List<NetworkMember> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByUuid_First(
			String uuid, OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByUuid_First(
		String uuid, OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByUuid_Last(
			String uuid, OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByUuid_Last(
		String uuid, OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where uuid = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public static NetworkMember[] findByUuid_PrevAndNext(
			long networkMemberId, String uuid,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByUuid_PrevAndNext(
			networkMemberId, uuid, orderByComparator);
	}

	/**
	 * Removes all the network members where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of network members where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching network members
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the network member where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the network member where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the network member that was removed
	 */
	public static NetworkMember removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of network members where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching network members
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the network members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching network members
	 */
	public static List<NetworkMember> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

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
	public static List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

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
	public static List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

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
	public static List<NetworkMember> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

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
	public static NetworkMember[] findByUuid_C_PrevAndNext(
			long networkMemberId, String uuid, long companyId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByUuid_C_PrevAndNext(
			networkMemberId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the network members where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of network members where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching network members
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the network members where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the matching network members
	 */
	public static List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId) {

		return getPersistence().findByInstructorNetworkId(instructorNetworkId);
	}

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
	public static List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end) {

		return getPersistence().findByInstructorNetworkId(
			instructorNetworkId, start, end);
	}

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
	public static List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().findByInstructorNetworkId(
			instructorNetworkId, start, end, orderByComparator);
	}

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
	public static List<NetworkMember> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByInstructorNetworkId(
			instructorNetworkId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByInstructorNetworkId_First(
			long instructorNetworkId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByInstructorNetworkId_First(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByInstructorNetworkId_First(
		long instructorNetworkId,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByInstructorNetworkId_First(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByInstructorNetworkId_Last(
			long instructorNetworkId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByInstructorNetworkId_Last(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByInstructorNetworkId_Last(
		long instructorNetworkId,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByInstructorNetworkId_Last(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public static NetworkMember[] findByInstructorNetworkId_PrevAndNext(
			long networkMemberId, long instructorNetworkId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByInstructorNetworkId_PrevAndNext(
			networkMemberId, instructorNetworkId, orderByComparator);
	}

	/**
	 * Removes all the network members where instructorNetworkId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 */
	public static void removeByInstructorNetworkId(long instructorNetworkId) {
		getPersistence().removeByInstructorNetworkId(instructorNetworkId);
	}

	/**
	 * Returns the number of network members where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the number of matching network members
	 */
	public static int countByInstructorNetworkId(long instructorNetworkId) {
		return getPersistence().countByInstructorNetworkId(instructorNetworkId);
	}

	/**
	 * Returns all the network members where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @return the matching network members
	 */
	public static List<NetworkMember> findByMemberUserId(long memberUserId) {
		return getPersistence().findByMemberUserId(memberUserId);
	}

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
	public static List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end) {

		return getPersistence().findByMemberUserId(memberUserId, start, end);
	}

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
	public static List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().findByMemberUserId(
			memberUserId, start, end, orderByComparator);
	}

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
	public static List<NetworkMember> findByMemberUserId(
		long memberUserId, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByMemberUserId(
			memberUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByMemberUserId_First(
			long memberUserId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByMemberUserId_First(
			memberUserId, orderByComparator);
	}

	/**
	 * Returns the first network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByMemberUserId_First(
		long memberUserId, OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByMemberUserId_First(
			memberUserId, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByMemberUserId_Last(
			long memberUserId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByMemberUserId_Last(
			memberUserId, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByMemberUserId_Last(
		long memberUserId, OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByMemberUserId_Last(
			memberUserId, orderByComparator);
	}

	/**
	 * Returns the network members before and after the current network member in the ordered set where memberUserId = &#63;.
	 *
	 * @param networkMemberId the primary key of the current network member
	 * @param memberUserId the member user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public static NetworkMember[] findByMemberUserId_PrevAndNext(
			long networkMemberId, long memberUserId,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByMemberUserId_PrevAndNext(
			networkMemberId, memberUserId, orderByComparator);
	}

	/**
	 * Removes all the network members where memberUserId = &#63; from the database.
	 *
	 * @param memberUserId the member user ID
	 */
	public static void removeByMemberUserId(long memberUserId) {
		getPersistence().removeByMemberUserId(memberUserId);
	}

	/**
	 * Returns the number of network members where memberUserId = &#63;.
	 *
	 * @param memberUserId the member user ID
	 * @return the number of matching network members
	 */
	public static int countByMemberUserId(long memberUserId) {
		return getPersistence().countByMemberUserId(memberUserId);
	}

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByIN_MU(
			long instructorNetworkId, long memberUserId)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByIN_MU(instructorNetworkId, memberUserId);
	}

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByIN_MU(
		long instructorNetworkId, long memberUserId) {

		return getPersistence().fetchByIN_MU(instructorNetworkId, memberUserId);
	}

	/**
	 * Returns the network member where instructorNetworkId = &#63; and memberUserId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByIN_MU(
		long instructorNetworkId, long memberUserId, boolean useFinderCache) {

		return getPersistence().fetchByIN_MU(
			instructorNetworkId, memberUserId, useFinderCache);
	}

	/**
	 * Removes the network member where instructorNetworkId = &#63; and memberUserId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the network member that was removed
	 */
	public static NetworkMember removeByIN_MU(
			long instructorNetworkId, long memberUserId)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().removeByIN_MU(
			instructorNetworkId, memberUserId);
	}

	/**
	 * Returns the number of network members where instructorNetworkId = &#63; and memberUserId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param memberUserId the member user ID
	 * @return the number of matching network members
	 */
	public static int countByIN_MU(
		long instructorNetworkId, long memberUserId) {

		return getPersistence().countByIN_MU(instructorNetworkId, memberUserId);
	}

	/**
	 * Returns all the network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @return the matching network members
	 */
	public static List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role) {

		return getPersistence().findByIN_R(instructorNetworkId, role);
	}

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
	public static List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end) {

		return getPersistence().findByIN_R(
			instructorNetworkId, role, start, end);
	}

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
	public static List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().findByIN_R(
			instructorNetworkId, role, start, end, orderByComparator);
	}

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
	public static List<NetworkMember> findByIN_R(
		long instructorNetworkId, int role, int start, int end,
		OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByIN_R(
			instructorNetworkId, role, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByIN_R_First(
			long instructorNetworkId, int role,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByIN_R_First(
			instructorNetworkId, role, orderByComparator);
	}

	/**
	 * Returns the first network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByIN_R_First(
		long instructorNetworkId, int role,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByIN_R_First(
			instructorNetworkId, role, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member
	 * @throws NoSuchNetworkMemberException if a matching network member could not be found
	 */
	public static NetworkMember findByIN_R_Last(
			long instructorNetworkId, int role,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByIN_R_Last(
			instructorNetworkId, role, orderByComparator);
	}

	/**
	 * Returns the last network member in the ordered set where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network member, or <code>null</code> if a matching network member could not be found
	 */
	public static NetworkMember fetchByIN_R_Last(
		long instructorNetworkId, int role,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().fetchByIN_R_Last(
			instructorNetworkId, role, orderByComparator);
	}

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
	public static NetworkMember[] findByIN_R_PrevAndNext(
			long networkMemberId, long instructorNetworkId, int role,
			OrderByComparator<NetworkMember> orderByComparator)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByIN_R_PrevAndNext(
			networkMemberId, instructorNetworkId, role, orderByComparator);
	}

	/**
	 * Removes all the network members where instructorNetworkId = &#63; and role = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 */
	public static void removeByIN_R(long instructorNetworkId, int role) {
		getPersistence().removeByIN_R(instructorNetworkId, role);
	}

	/**
	 * Returns the number of network members where instructorNetworkId = &#63; and role = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param role the role
	 * @return the number of matching network members
	 */
	public static int countByIN_R(long instructorNetworkId, int role) {
		return getPersistence().countByIN_R(instructorNetworkId, role);
	}

	/**
	 * Caches the network member in the entity cache if it is enabled.
	 *
	 * @param networkMember the network member
	 */
	public static void cacheResult(NetworkMember networkMember) {
		getPersistence().cacheResult(networkMember);
	}

	/**
	 * Caches the network members in the entity cache if it is enabled.
	 *
	 * @param networkMembers the network members
	 */
	public static void cacheResult(List<NetworkMember> networkMembers) {
		getPersistence().cacheResult(networkMembers);
	}

	/**
	 * Creates a new network member with the primary key. Does not add the network member to the database.
	 *
	 * @param networkMemberId the primary key for the new network member
	 * @return the new network member
	 */
	public static NetworkMember create(long networkMemberId) {
		return getPersistence().create(networkMemberId);
	}

	/**
	 * Removes the network member with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member that was removed
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public static NetworkMember remove(long networkMemberId)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().remove(networkMemberId);
	}

	public static NetworkMember updateImpl(NetworkMember networkMember) {
		return getPersistence().updateImpl(networkMember);
	}

	/**
	 * Returns the network member with the primary key or throws a <code>NoSuchNetworkMemberException</code> if it could not be found.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member
	 * @throws NoSuchNetworkMemberException if a network member with the primary key could not be found
	 */
	public static NetworkMember findByPrimaryKey(long networkMemberId)
		throws se.livsviktig.instructor.exception.NoSuchNetworkMemberException {

		return getPersistence().findByPrimaryKey(networkMemberId);
	}

	/**
	 * Returns the network member with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param networkMemberId the primary key of the network member
	 * @return the network member, or <code>null</code> if a network member with the primary key could not be found
	 */
	public static NetworkMember fetchByPrimaryKey(long networkMemberId) {
		return getPersistence().fetchByPrimaryKey(networkMemberId);
	}

	/**
	 * Returns all the network members.
	 *
	 * @return the network members
	 */
	public static List<NetworkMember> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<NetworkMember> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<NetworkMember> findAll(
		int start, int end,
		OrderByComparator<NetworkMember> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<NetworkMember> findAll(
		int start, int end, OrderByComparator<NetworkMember> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the network members from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of network members.
	 *
	 * @return the number of network members
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static NetworkMemberPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(NetworkMemberPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile NetworkMemberPersistence _persistence;

}