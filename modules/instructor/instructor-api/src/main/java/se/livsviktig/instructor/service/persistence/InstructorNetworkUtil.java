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

import se.livsviktig.instructor.model.InstructorNetwork;

/**
 * The persistence utility for the instructor network service. This utility wraps <code>se.livsviktig.instructor.service.persistence.impl.InstructorNetworkPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see InstructorNetworkPersistence
 * @generated
 */
public class InstructorNetworkUtil {

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
	public static void clearCache(InstructorNetwork instructorNetwork) {
		getPersistence().clearCache(instructorNetwork);
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
	public static Map<Serializable, InstructorNetwork> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<InstructorNetwork> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<InstructorNetwork> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<InstructorNetwork> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static InstructorNetwork update(
		InstructorNetwork instructorNetwork) {

		return getPersistence().update(instructorNetwork);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static InstructorNetwork update(
		InstructorNetwork instructorNetwork, ServiceContext serviceContext) {

		return getPersistence().update(instructorNetwork, serviceContext);
	}

	/**
	 * Returns all the instructor networks where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the instructor networks where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public static InstructorNetwork findByUuid_First(
			String uuid, OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByUuid_First(
		String uuid, OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public static InstructorNetwork findByUuid_Last(
			String uuid, OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByUuid_Last(
		String uuid, OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set where uuid = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork[] findByUuid_PrevAndNext(
			long instructorNetworkId, String uuid,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByUuid_PrevAndNext(
			instructorNetworkId, uuid, orderByComparator);
	}

	/**
	 * Removes all the instructor networks where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of instructor networks where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching instructor networks
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the instructor network where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchInstructorNetworkException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public static InstructorNetwork findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the instructor network where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the instructor network where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the instructor network where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the instructor network that was removed
	 */
	public static InstructorNetwork removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of instructor networks where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching instructor networks
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId) {

		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public static InstructorNetwork findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public static InstructorNetwork findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork[] findByUuid_C_PrevAndNext(
			long instructorNetworkId, String uuid, long companyId,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByUuid_C_PrevAndNext(
			instructorNetworkId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the instructor networks where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of instructor networks where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching instructor networks
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the instructor networks where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching instructor networks
	 */
	public static List<InstructorNetwork> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the instructor networks where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the instructor networks where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the instructor networks where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching instructor networks
	 */
	public static List<InstructorNetwork> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public static InstructorNetwork findByGroupId_First(
			long groupId,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByGroupId_First(
		long groupId, OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network
	 * @throws NoSuchInstructorNetworkException if a matching instructor network could not be found
	 */
	public static InstructorNetwork findByGroupId_Last(
			long groupId,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching instructor network, or <code>null</code> if a matching instructor network could not be found
	 */
	public static InstructorNetwork fetchByGroupId_Last(
		long groupId, OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set where groupId = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork[] findByGroupId_PrevAndNext(
			long instructorNetworkId, long groupId,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByGroupId_PrevAndNext(
			instructorNetworkId, groupId, orderByComparator);
	}

	/**
	 * Returns all the instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching instructor networks that the user has permission to view
	 */
	public static List<InstructorNetwork> filterFindByGroupId(long groupId) {
		return getPersistence().filterFindByGroupId(groupId);
	}

	/**
	 * Returns a range of all the instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of matching instructor networks that the user has permission to view
	 */
	public static List<InstructorNetwork> filterFindByGroupId(
		long groupId, int start, int end) {

		return getPersistence().filterFindByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the instructor networks that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching instructor networks that the user has permission to view
	 */
	public static List<InstructorNetwork> filterFindByGroupId(
		long groupId, int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().filterFindByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the instructor networks before and after the current instructor network in the ordered set of instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * @param instructorNetworkId the primary key of the current instructor network
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork[] filterFindByGroupId_PrevAndNext(
			long instructorNetworkId, long groupId,
			OrderByComparator<InstructorNetwork> orderByComparator)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().filterFindByGroupId_PrevAndNext(
			instructorNetworkId, groupId, orderByComparator);
	}

	/**
	 * Removes all the instructor networks where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of instructor networks where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching instructor networks
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns the number of instructor networks that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching instructor networks that the user has permission to view
	 */
	public static int filterCountByGroupId(long groupId) {
		return getPersistence().filterCountByGroupId(groupId);
	}

	/**
	 * Caches the instructor network in the entity cache if it is enabled.
	 *
	 * @param instructorNetwork the instructor network
	 */
	public static void cacheResult(InstructorNetwork instructorNetwork) {
		getPersistence().cacheResult(instructorNetwork);
	}

	/**
	 * Caches the instructor networks in the entity cache if it is enabled.
	 *
	 * @param instructorNetworks the instructor networks
	 */
	public static void cacheResult(List<InstructorNetwork> instructorNetworks) {
		getPersistence().cacheResult(instructorNetworks);
	}

	/**
	 * Creates a new instructor network with the primary key. Does not add the instructor network to the database.
	 *
	 * @param instructorNetworkId the primary key for the new instructor network
	 * @return the new instructor network
	 */
	public static InstructorNetwork create(long instructorNetworkId) {
		return getPersistence().create(instructorNetworkId);
	}

	/**
	 * Removes the instructor network with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network that was removed
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork remove(long instructorNetworkId)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().remove(instructorNetworkId);
	}

	public static InstructorNetwork updateImpl(
		InstructorNetwork instructorNetwork) {

		return getPersistence().updateImpl(instructorNetwork);
	}

	/**
	 * Returns the instructor network with the primary key or throws a <code>NoSuchInstructorNetworkException</code> if it could not be found.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network
	 * @throws NoSuchInstructorNetworkException if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork findByPrimaryKey(long instructorNetworkId)
		throws se.livsviktig.instructor.exception.
			NoSuchInstructorNetworkException {

		return getPersistence().findByPrimaryKey(instructorNetworkId);
	}

	/**
	 * Returns the instructor network with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param instructorNetworkId the primary key of the instructor network
	 * @return the instructor network, or <code>null</code> if a instructor network with the primary key could not be found
	 */
	public static InstructorNetwork fetchByPrimaryKey(
		long instructorNetworkId) {

		return getPersistence().fetchByPrimaryKey(instructorNetworkId);
	}

	/**
	 * Returns all the instructor networks.
	 *
	 * @return the instructor networks
	 */
	public static List<InstructorNetwork> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the instructor networks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @return the range of instructor networks
	 */
	public static List<InstructorNetwork> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the instructor networks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of instructor networks
	 */
	public static List<InstructorNetwork> findAll(
		int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the instructor networks.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>InstructorNetworkModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of instructor networks
	 * @param end the upper bound of the range of instructor networks (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of instructor networks
	 */
	public static List<InstructorNetwork> findAll(
		int start, int end,
		OrderByComparator<InstructorNetwork> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the instructor networks from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of instructor networks.
	 *
	 * @return the number of instructor networks
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static InstructorNetworkPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		InstructorNetworkPersistence persistence) {

		_persistence = persistence;
	}

	private static volatile InstructorNetworkPersistence _persistence;

}