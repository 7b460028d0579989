/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.careprogram.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * The persistence utility for the local routine service. This utility wraps <code>se.livsviktig.careprogram.service.persistence.impl.LocalRoutinePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see LocalRoutinePersistence
 * @generated
 */
public class LocalRoutineUtil {

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
	public static void clearCache(LocalRoutine localRoutine) {
		getPersistence().clearCache(localRoutine);
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
	public static Map<Serializable, LocalRoutine> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<LocalRoutine> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<LocalRoutine> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<LocalRoutine> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static LocalRoutine update(LocalRoutine localRoutine) {
		return getPersistence().update(localRoutine);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static LocalRoutine update(
		LocalRoutine localRoutine, ServiceContext serviceContext) {

		return getPersistence().update(localRoutine, serviceContext);
	}

	/**
	 * Returns all the local routines where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching local routines
	 */
	public static List<LocalRoutine> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public static List<LocalRoutine> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByUuid_First(
			String uuid, OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByUuid_First(
		String uuid, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByUuid_Last(
			String uuid, OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByUuid_Last(
		String uuid, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where uuid = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] findByUuid_PrevAndNext(
			long localRoutineId, String uuid,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByUuid_PrevAndNext(
			localRoutineId, uuid, orderByComparator);
	}

	/**
	 * Removes all the local routines where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of local routines where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching local routines
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the local routine where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the local routine where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the local routine that was removed
	 */
	public static LocalRoutine removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of local routines where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching local routines
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching local routines
	 */
	public static List<LocalRoutine> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public static List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] findByUuid_C_PrevAndNext(
			long localRoutineId, String uuid, long companyId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByUuid_C_PrevAndNext(
			localRoutineId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the local routines where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of local routines where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching local routines
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByP_O(
			long careProgramId, long organizationId)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByP_O(careProgramId, organizationId);
	}

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByP_O(
		long careProgramId, long organizationId) {

		return getPersistence().fetchByP_O(careProgramId, organizationId);
	}

	/**
	 * Returns the local routine where careProgramId = &#63; and organizationId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByP_O(
		long careProgramId, long organizationId, boolean useFinderCache) {

		return getPersistence().fetchByP_O(
			careProgramId, organizationId, useFinderCache);
	}

	/**
	 * Removes the local routine where careProgramId = &#63; and organizationId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the local routine that was removed
	 */
	public static LocalRoutine removeByP_O(
			long careProgramId, long organizationId)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().removeByP_O(careProgramId, organizationId);
	}

	/**
	 * Returns the number of local routines where careProgramId = &#63; and organizationId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param organizationId the organization ID
	 * @return the number of matching local routines
	 */
	public static int countByP_O(long careProgramId, long organizationId) {
		return getPersistence().countByP_O(careProgramId, organizationId);
	}

	/**
	 * Returns all the local routines where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the matching local routines
	 */
	public static List<LocalRoutine> findByCareProgramId(long careProgramId) {
		return getPersistence().findByCareProgramId(careProgramId);
	}

	/**
	 * Returns a range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public static List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end) {

		return getPersistence().findByCareProgramId(careProgramId, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines where careProgramId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param careProgramId the care program ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByCareProgramId(
		long careProgramId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByCareProgramId(
			careProgramId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByCareProgramId_First(
			long careProgramId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the first local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByCareProgramId_First(
		long careProgramId, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByCareProgramId_First(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByCareProgramId_Last(
			long careProgramId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByCareProgramId_Last(
		long careProgramId, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByCareProgramId_Last(
			careProgramId, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where careProgramId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param careProgramId the care program ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] findByCareProgramId_PrevAndNext(
			long localRoutineId, long careProgramId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByCareProgramId_PrevAndNext(
			localRoutineId, careProgramId, orderByComparator);
	}

	/**
	 * Removes all the local routines where careProgramId = &#63; from the database.
	 *
	 * @param careProgramId the care program ID
	 */
	public static void removeByCareProgramId(long careProgramId) {
		getPersistence().removeByCareProgramId(careProgramId);
	}

	/**
	 * Returns the number of local routines where careProgramId = &#63;.
	 *
	 * @param careProgramId the care program ID
	 * @return the number of matching local routines
	 */
	public static int countByCareProgramId(long careProgramId) {
		return getPersistence().countByCareProgramId(careProgramId);
	}

	/**
	 * Returns all the local routines where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the matching local routines
	 */
	public static List<LocalRoutine> findByOrganizationId(long organizationId) {
		return getPersistence().findByOrganizationId(organizationId);
	}

	/**
	 * Returns a range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public static List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines where organizationId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param organizationId the organization ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByOrganizationId(
		long organizationId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByOrganizationId(
			organizationId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByOrganizationId_First(
			long organizationId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByOrganizationId_First(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the first local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByOrganizationId_First(
		long organizationId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByOrganizationId_First(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByOrganizationId_Last(
			long organizationId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByOrganizationId_Last(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByOrganizationId_Last(
		long organizationId,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByOrganizationId_Last(
			organizationId, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where organizationId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param organizationId the organization ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] findByOrganizationId_PrevAndNext(
			long localRoutineId, long organizationId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByOrganizationId_PrevAndNext(
			localRoutineId, organizationId, orderByComparator);
	}

	/**
	 * Removes all the local routines where organizationId = &#63; from the database.
	 *
	 * @param organizationId the organization ID
	 */
	public static void removeByOrganizationId(long organizationId) {
		getPersistence().removeByOrganizationId(organizationId);
	}

	/**
	 * Returns the number of local routines where organizationId = &#63;.
	 *
	 * @param organizationId the organization ID
	 * @return the number of matching local routines
	 */
	public static int countByOrganizationId(long organizationId) {
		return getPersistence().countByOrganizationId(organizationId);
	}

	/**
	 * Returns all the local routines where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the matching local routines
	 */
	public static List<LocalRoutine> findByOwnerUserId(long ownerUserId) {
		return getPersistence().findByOwnerUserId(ownerUserId);
	}

	/**
	 * Returns a range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public static List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end) {

		return getPersistence().findByOwnerUserId(ownerUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findByOwnerUserId(
			ownerUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByOwnerUserId(
			ownerUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByOwnerUserId_First(
			long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByOwnerUserId_First(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the first local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByOwnerUserId_First(
		long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByOwnerUserId_First(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByOwnerUserId_Last(
			long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByOwnerUserId_Last(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByOwnerUserId_Last(
		long ownerUserId, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByOwnerUserId_Last(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where ownerUserId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] findByOwnerUserId_PrevAndNext(
			long localRoutineId, long ownerUserId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByOwnerUserId_PrevAndNext(
			localRoutineId, ownerUserId, orderByComparator);
	}

	/**
	 * Removes all the local routines where ownerUserId = &#63; from the database.
	 *
	 * @param ownerUserId the owner user ID
	 */
	public static void removeByOwnerUserId(long ownerUserId) {
		getPersistence().removeByOwnerUserId(ownerUserId);
	}

	/**
	 * Returns the number of local routines where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the number of matching local routines
	 */
	public static int countByOwnerUserId(long ownerUserId) {
		return getPersistence().countByOwnerUserId(ownerUserId);
	}

	/**
	 * Returns all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the matching local routines
	 */
	public static List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey);
	}

	/**
	 * Returns a range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public static List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByArticleResourcePrimKey_First(
			long articleResourcePrimKey,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByArticleResourcePrimKey_First(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the first local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByArticleResourcePrimKey_First(
		long articleResourcePrimKey,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByArticleResourcePrimKey_First(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByArticleResourcePrimKey_Last(
			long articleResourcePrimKey,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByArticleResourcePrimKey_Last(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByArticleResourcePrimKey_Last(
		long articleResourcePrimKey,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByArticleResourcePrimKey_Last(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] findByArticleResourcePrimKey_PrevAndNext(
			long localRoutineId, long articleResourcePrimKey,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByArticleResourcePrimKey_PrevAndNext(
			localRoutineId, articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Removes all the local routines where articleResourcePrimKey = &#63; from the database.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 */
	public static void removeByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		getPersistence().removeByArticleResourcePrimKey(articleResourcePrimKey);
	}

	/**
	 * Returns the number of local routines where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the number of matching local routines
	 */
	public static int countByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		return getPersistence().countByArticleResourcePrimKey(
			articleResourcePrimKey);
	}

	/**
	 * Returns all the local routines where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching local routines
	 */
	public static List<LocalRoutine> findByG(long groupId) {
		return getPersistence().findByG(groupId);
	}

	/**
	 * Returns a range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines
	 */
	public static List<LocalRoutine> findByG(long groupId, int start, int end) {
		return getPersistence().findByG(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByG(
		long groupId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findByG(groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching local routines
	 */
	public static List<LocalRoutine> findByG(
		long groupId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByG_First(
			long groupId, OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByG_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByG_First(
		long groupId, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByG_First(groupId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine
	 * @throws NoSuchLocalRoutineException if a matching local routine could not be found
	 */
	public static LocalRoutine findByG_Last(
			long groupId, OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByG_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last local routine in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching local routine, or <code>null</code> if a matching local routine could not be found
	 */
	public static LocalRoutine fetchByG_Last(
		long groupId, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().fetchByG_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set where groupId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] findByG_PrevAndNext(
			long localRoutineId, long groupId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByG_PrevAndNext(
			localRoutineId, groupId, orderByComparator);
	}

	/**
	 * Returns all the local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching local routines that the user has permission to view
	 */
	public static List<LocalRoutine> filterFindByG(long groupId) {
		return getPersistence().filterFindByG(groupId);
	}

	/**
	 * Returns a range of all the local routines that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of matching local routines that the user has permission to view
	 */
	public static List<LocalRoutine> filterFindByG(
		long groupId, int start, int end) {

		return getPersistence().filterFindByG(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the local routines that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching local routines that the user has permission to view
	 */
	public static List<LocalRoutine> filterFindByG(
		long groupId, int start, int end,
		OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().filterFindByG(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the local routines before and after the current local routine in the ordered set of local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param localRoutineId the primary key of the current local routine
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine[] filterFindByG_PrevAndNext(
			long localRoutineId, long groupId,
			OrderByComparator<LocalRoutine> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().filterFindByG_PrevAndNext(
			localRoutineId, groupId, orderByComparator);
	}

	/**
	 * Removes all the local routines where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByG(long groupId) {
		getPersistence().removeByG(groupId);
	}

	/**
	 * Returns the number of local routines where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching local routines
	 */
	public static int countByG(long groupId) {
		return getPersistence().countByG(groupId);
	}

	/**
	 * Returns the number of local routines that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching local routines that the user has permission to view
	 */
	public static int filterCountByG(long groupId) {
		return getPersistence().filterCountByG(groupId);
	}

	/**
	 * Caches the local routine in the entity cache if it is enabled.
	 *
	 * @param localRoutine the local routine
	 */
	public static void cacheResult(LocalRoutine localRoutine) {
		getPersistence().cacheResult(localRoutine);
	}

	/**
	 * Caches the local routines in the entity cache if it is enabled.
	 *
	 * @param localRoutines the local routines
	 */
	public static void cacheResult(List<LocalRoutine> localRoutines) {
		getPersistence().cacheResult(localRoutines);
	}

	/**
	 * Creates a new local routine with the primary key. Does not add the local routine to the database.
	 *
	 * @param localRoutineId the primary key for the new local routine
	 * @return the new local routine
	 */
	public static LocalRoutine create(long localRoutineId) {
		return getPersistence().create(localRoutineId);
	}

	/**
	 * Removes the local routine with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine that was removed
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine remove(long localRoutineId)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().remove(localRoutineId);
	}

	public static LocalRoutine updateImpl(LocalRoutine localRoutine) {
		return getPersistence().updateImpl(localRoutine);
	}

	/**
	 * Returns the local routine with the primary key or throws a <code>NoSuchLocalRoutineException</code> if it could not be found.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine
	 * @throws NoSuchLocalRoutineException if a local routine with the primary key could not be found
	 */
	public static LocalRoutine findByPrimaryKey(long localRoutineId)
		throws se.livsviktig.careprogram.exception.NoSuchLocalRoutineException {

		return getPersistence().findByPrimaryKey(localRoutineId);
	}

	/**
	 * Returns the local routine with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param localRoutineId the primary key of the local routine
	 * @return the local routine, or <code>null</code> if a local routine with the primary key could not be found
	 */
	public static LocalRoutine fetchByPrimaryKey(long localRoutineId) {
		return getPersistence().fetchByPrimaryKey(localRoutineId);
	}

	/**
	 * Returns all the local routines.
	 *
	 * @return the local routines
	 */
	public static List<LocalRoutine> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @return the range of local routines
	 */
	public static List<LocalRoutine> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of local routines
	 */
	public static List<LocalRoutine> findAll(
		int start, int end, OrderByComparator<LocalRoutine> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the local routines.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>LocalRoutineModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of local routines
	 * @param end the upper bound of the range of local routines (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of local routines
	 */
	public static List<LocalRoutine> findAll(
		int start, int end, OrderByComparator<LocalRoutine> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the local routines from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of local routines.
	 *
	 * @return the number of local routines
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static LocalRoutinePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(LocalRoutinePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile LocalRoutinePersistence _persistence;

}