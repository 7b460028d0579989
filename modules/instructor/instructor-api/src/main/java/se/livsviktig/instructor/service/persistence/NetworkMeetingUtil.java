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

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * The persistence utility for the network meeting service. This utility wraps <code>se.livsviktig.instructor.service.persistence.impl.NetworkMeetingPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see NetworkMeetingPersistence
 * @generated
 */
public class NetworkMeetingUtil {

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
	public static void clearCache(NetworkMeeting networkMeeting) {
		getPersistence().clearCache(networkMeeting);
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
	public static Map<Serializable, NetworkMeeting> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<NetworkMeeting> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<NetworkMeeting> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<NetworkMeeting> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static NetworkMeeting update(NetworkMeeting networkMeeting) {
		return getPersistence().update(networkMeeting);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static NetworkMeeting update(
		NetworkMeeting networkMeeting, ServiceContext serviceContext) {

		return getPersistence().update(networkMeeting, serviceContext);
	}

	/**
	 * Returns all the network meetings where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching network meetings
	 */
	public static List<NetworkMeeting> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

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
	public static List<NetworkMeeting> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

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
	public static List<NetworkMeeting> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

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
	public static List<NetworkMeeting> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public static NetworkMeeting findByUuid_First(
			String uuid, OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByUuid_First(
		String uuid, OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public static NetworkMeeting findByUuid_Last(
			String uuid, OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByUuid_Last(
		String uuid, OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where uuid = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public static NetworkMeeting[] findByUuid_PrevAndNext(
			long networkMeetingId, String uuid,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByUuid_PrevAndNext(
			networkMeetingId, uuid, orderByComparator);
	}

	/**
	 * Removes all the network meetings where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of network meetings where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching network meetings
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchNetworkMeetingException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public static NetworkMeeting findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the network meeting where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the network meeting where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the network meeting that was removed
	 */
	public static NetworkMeeting removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of network meetings where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching network meetings
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching network meetings
	 */
	public static List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

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
	public static List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

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
	public static List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

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
	public static List<NetworkMeeting> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public static NetworkMeeting findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public static NetworkMeeting findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last network meeting in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

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
	public static NetworkMeeting[] findByUuid_C_PrevAndNext(
			long networkMeetingId, String uuid, long companyId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByUuid_C_PrevAndNext(
			networkMeetingId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the network meetings where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of network meetings where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching network meetings
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the network meetings where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the matching network meetings
	 */
	public static List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId) {

		return getPersistence().findByInstructorNetworkId(instructorNetworkId);
	}

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
	public static List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end) {

		return getPersistence().findByInstructorNetworkId(
			instructorNetworkId, start, end);
	}

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
	public static List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().findByInstructorNetworkId(
			instructorNetworkId, start, end, orderByComparator);
	}

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
	public static List<NetworkMeeting> findByInstructorNetworkId(
		long instructorNetworkId, int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByInstructorNetworkId(
			instructorNetworkId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public static NetworkMeeting findByInstructorNetworkId_First(
			long instructorNetworkId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByInstructorNetworkId_First(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the first network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByInstructorNetworkId_First(
		long instructorNetworkId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().fetchByInstructorNetworkId_First(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the last network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting
	 * @throws NoSuchNetworkMeetingException if a matching network meeting could not be found
	 */
	public static NetworkMeeting findByInstructorNetworkId_Last(
			long instructorNetworkId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByInstructorNetworkId_Last(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the last network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching network meeting, or <code>null</code> if a matching network meeting could not be found
	 */
	public static NetworkMeeting fetchByInstructorNetworkId_Last(
		long instructorNetworkId,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().fetchByInstructorNetworkId_Last(
			instructorNetworkId, orderByComparator);
	}

	/**
	 * Returns the network meetings before and after the current network meeting in the ordered set where instructorNetworkId = &#63;.
	 *
	 * @param networkMeetingId the primary key of the current network meeting
	 * @param instructorNetworkId the instructor network ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public static NetworkMeeting[] findByInstructorNetworkId_PrevAndNext(
			long networkMeetingId, long instructorNetworkId,
			OrderByComparator<NetworkMeeting> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByInstructorNetworkId_PrevAndNext(
			networkMeetingId, instructorNetworkId, orderByComparator);
	}

	/**
	 * Removes all the network meetings where instructorNetworkId = &#63; from the database.
	 *
	 * @param instructorNetworkId the instructor network ID
	 */
	public static void removeByInstructorNetworkId(long instructorNetworkId) {
		getPersistence().removeByInstructorNetworkId(instructorNetworkId);
	}

	/**
	 * Returns the number of network meetings where instructorNetworkId = &#63;.
	 *
	 * @param instructorNetworkId the instructor network ID
	 * @return the number of matching network meetings
	 */
	public static int countByInstructorNetworkId(long instructorNetworkId) {
		return getPersistence().countByInstructorNetworkId(instructorNetworkId);
	}

	/**
	 * Caches the network meeting in the entity cache if it is enabled.
	 *
	 * @param networkMeeting the network meeting
	 */
	public static void cacheResult(NetworkMeeting networkMeeting) {
		getPersistence().cacheResult(networkMeeting);
	}

	/**
	 * Caches the network meetings in the entity cache if it is enabled.
	 *
	 * @param networkMeetings the network meetings
	 */
	public static void cacheResult(List<NetworkMeeting> networkMeetings) {
		getPersistence().cacheResult(networkMeetings);
	}

	/**
	 * Creates a new network meeting with the primary key. Does not add the network meeting to the database.
	 *
	 * @param networkMeetingId the primary key for the new network meeting
	 * @return the new network meeting
	 */
	public static NetworkMeeting create(long networkMeetingId) {
		return getPersistence().create(networkMeetingId);
	}

	/**
	 * Removes the network meeting with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting that was removed
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public static NetworkMeeting remove(long networkMeetingId)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().remove(networkMeetingId);
	}

	public static NetworkMeeting updateImpl(NetworkMeeting networkMeeting) {
		return getPersistence().updateImpl(networkMeeting);
	}

	/**
	 * Returns the network meeting with the primary key or throws a <code>NoSuchNetworkMeetingException</code> if it could not be found.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting
	 * @throws NoSuchNetworkMeetingException if a network meeting with the primary key could not be found
	 */
	public static NetworkMeeting findByPrimaryKey(long networkMeetingId)
		throws se.livsviktig.instructor.exception.
			NoSuchNetworkMeetingException {

		return getPersistence().findByPrimaryKey(networkMeetingId);
	}

	/**
	 * Returns the network meeting with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param networkMeetingId the primary key of the network meeting
	 * @return the network meeting, or <code>null</code> if a network meeting with the primary key could not be found
	 */
	public static NetworkMeeting fetchByPrimaryKey(long networkMeetingId) {
		return getPersistence().fetchByPrimaryKey(networkMeetingId);
	}

	/**
	 * Returns all the network meetings.
	 *
	 * @return the network meetings
	 */
	public static List<NetworkMeeting> findAll() {
		return getPersistence().findAll();
	}

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
	public static List<NetworkMeeting> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

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
	public static List<NetworkMeeting> findAll(
		int start, int end,
		OrderByComparator<NetworkMeeting> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

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
	public static List<NetworkMeeting> findAll(
		int start, int end, OrderByComparator<NetworkMeeting> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the network meetings from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of network meetings.
	 *
	 * @return the number of network meetings
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static NetworkMeetingPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(NetworkMeetingPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile NetworkMeetingPersistence _persistence;

}