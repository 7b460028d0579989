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

import se.livsviktig.careprogram.model.CareProgram;

/**
 * The persistence utility for the care program service. This utility wraps <code>se.livsviktig.careprogram.service.persistence.impl.CareProgramPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see CareProgramPersistence
 * @generated
 */
public class CareProgramUtil {

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
	public static void clearCache(CareProgram careProgram) {
		getPersistence().clearCache(careProgram);
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
	public static Map<Serializable, CareProgram> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<CareProgram> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<CareProgram> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<CareProgram> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static CareProgram update(CareProgram careProgram) {
		return getPersistence().update(careProgram);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static CareProgram update(
		CareProgram careProgram, ServiceContext serviceContext) {

		return getPersistence().update(careProgram, serviceContext);
	}

	/**
	 * Returns all the care programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching care programs
	 */
	public static List<CareProgram> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public static List<CareProgram> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByUuid_First(
			String uuid, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByUuid_First(
		String uuid, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByUuid_Last(
			String uuid, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByUuid_Last(
		String uuid, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where uuid = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram[] findByUuid_PrevAndNext(
			long careProgramId, String uuid,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByUuid_PrevAndNext(
			careProgramId, uuid, orderByComparator);
	}

	/**
	 * Removes all the care programs where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of care programs where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching care programs
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchCareProgramException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the care program where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the care program where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the care program that was removed
	 */
	public static CareProgram removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of care programs where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching care programs
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching care programs
	 */
	public static List<CareProgram> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public static List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram[] findByUuid_C_PrevAndNext(
			long careProgramId, String uuid, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByUuid_C_PrevAndNext(
			careProgramId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the care programs where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of care programs where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching care programs
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the care programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching care programs
	 */
	public static List<CareProgram> findByG(long groupId) {
		return getPersistence().findByG(groupId);
	}

	/**
	 * Returns a range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public static List<CareProgram> findByG(long groupId, int start, int end) {
		return getPersistence().findByG(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByG(
		long groupId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findByG(groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care programs where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByG(
		long groupId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByG_First(
			long groupId, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByG_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByG_First(
		long groupId, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByG_First(groupId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByG_Last(
			long groupId, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByG_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByG_Last(
		long groupId, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByG_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where groupId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram[] findByG_PrevAndNext(
			long careProgramId, long groupId,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByG_PrevAndNext(
			careProgramId, groupId, orderByComparator);
	}

	/**
	 * Returns all the care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching care programs that the user has permission to view
	 */
	public static List<CareProgram> filterFindByG(long groupId) {
		return getPersistence().filterFindByG(groupId);
	}

	/**
	 * Returns a range of all the care programs that the user has permission to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs that the user has permission to view
	 */
	public static List<CareProgram> filterFindByG(
		long groupId, int start, int end) {

		return getPersistence().filterFindByG(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the care programs that the user has permissions to view where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs that the user has permission to view
	 */
	public static List<CareProgram> filterFindByG(
		long groupId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().filterFindByG(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set of care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram[] filterFindByG_PrevAndNext(
			long careProgramId, long groupId,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().filterFindByG_PrevAndNext(
			careProgramId, groupId, orderByComparator);
	}

	/**
	 * Removes all the care programs where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByG(long groupId) {
		getPersistence().removeByG(groupId);
	}

	/**
	 * Returns the number of care programs where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching care programs
	 */
	public static int countByG(long groupId) {
		return getPersistence().countByG(groupId);
	}

	/**
	 * Returns the number of care programs that the user has permission to view where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching care programs that the user has permission to view
	 */
	public static int filterCountByG(long groupId) {
		return getPersistence().filterCountByG(groupId);
	}

	/**
	 * Returns all the care programs where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the matching care programs
	 */
	public static List<CareProgram> findByC(long companyId) {
		return getPersistence().findByC(companyId);
	}

	/**
	 * Returns a range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public static List<CareProgram> findByC(
		long companyId, int start, int end) {

		return getPersistence().findByC(companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByC(
		long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findByC(
			companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care programs where companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param companyId the company ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByC(
		long companyId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByC(
			companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByC_First(
			long companyId, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByC_First(companyId, orderByComparator);
	}

	/**
	 * Returns the first care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByC_First(
		long companyId, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByC_First(companyId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByC_Last(
			long companyId, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByC_Last(companyId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByC_Last(
		long companyId, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByC_Last(companyId, orderByComparator);
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where companyId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram[] findByC_PrevAndNext(
			long careProgramId, long companyId,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByC_PrevAndNext(
			careProgramId, companyId, orderByComparator);
	}

	/**
	 * Removes all the care programs where companyId = &#63; from the database.
	 *
	 * @param companyId the company ID
	 */
	public static void removeByC(long companyId) {
		getPersistence().removeByC(companyId);
	}

	/**
	 * Returns the number of care programs where companyId = &#63;.
	 *
	 * @param companyId the company ID
	 * @return the number of matching care programs
	 */
	public static int countByC(long companyId) {
		return getPersistence().countByC(companyId);
	}

	/**
	 * Returns all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the matching care programs
	 */
	public static List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey);
	}

	/**
	 * Returns a range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public static List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end);
	}

	/**
	 * Returns an ordered range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care programs where articleResourcePrimKey = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByArticleResourcePrimKey(
		long articleResourcePrimKey, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByArticleResourcePrimKey(
			articleResourcePrimKey, start, end, orderByComparator,
			useFinderCache);
	}

	/**
	 * Returns the first care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByArticleResourcePrimKey_First(
			long articleResourcePrimKey,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByArticleResourcePrimKey_First(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the first care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByArticleResourcePrimKey_First(
		long articleResourcePrimKey,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByArticleResourcePrimKey_First(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByArticleResourcePrimKey_Last(
			long articleResourcePrimKey,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByArticleResourcePrimKey_Last(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByArticleResourcePrimKey_Last(
		long articleResourcePrimKey,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByArticleResourcePrimKey_Last(
			articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where articleResourcePrimKey = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param articleResourcePrimKey the article resource prim key
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram[] findByArticleResourcePrimKey_PrevAndNext(
			long careProgramId, long articleResourcePrimKey,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByArticleResourcePrimKey_PrevAndNext(
			careProgramId, articleResourcePrimKey, orderByComparator);
	}

	/**
	 * Removes all the care programs where articleResourcePrimKey = &#63; from the database.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 */
	public static void removeByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		getPersistence().removeByArticleResourcePrimKey(articleResourcePrimKey);
	}

	/**
	 * Returns the number of care programs where articleResourcePrimKey = &#63;.
	 *
	 * @param articleResourcePrimKey the article resource prim key
	 * @return the number of matching care programs
	 */
	public static int countByArticleResourcePrimKey(
		long articleResourcePrimKey) {

		return getPersistence().countByArticleResourcePrimKey(
			articleResourcePrimKey);
	}

	/**
	 * Returns all the care programs where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the matching care programs
	 */
	public static List<CareProgram> findByOwnerUserId(long ownerUserId) {
		return getPersistence().findByOwnerUserId(ownerUserId);
	}

	/**
	 * Returns a range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of matching care programs
	 */
	public static List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end) {

		return getPersistence().findByOwnerUserId(ownerUserId, start, end);
	}

	/**
	 * Returns an ordered range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findByOwnerUserId(
			ownerUserId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care programs where ownerUserId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param ownerUserId the owner user ID
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching care programs
	 */
	public static List<CareProgram> findByOwnerUserId(
		long ownerUserId, int start, int end,
		OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByOwnerUserId(
			ownerUserId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByOwnerUserId_First(
			long ownerUserId, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByOwnerUserId_First(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the first care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByOwnerUserId_First(
		long ownerUserId, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByOwnerUserId_First(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program
	 * @throws NoSuchCareProgramException if a matching care program could not be found
	 */
	public static CareProgram findByOwnerUserId_Last(
			long ownerUserId, OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByOwnerUserId_Last(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the last care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching care program, or <code>null</code> if a matching care program could not be found
	 */
	public static CareProgram fetchByOwnerUserId_Last(
		long ownerUserId, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().fetchByOwnerUserId_Last(
			ownerUserId, orderByComparator);
	}

	/**
	 * Returns the care programs before and after the current care program in the ordered set where ownerUserId = &#63;.
	 *
	 * @param careProgramId the primary key of the current care program
	 * @param ownerUserId the owner user ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram[] findByOwnerUserId_PrevAndNext(
			long careProgramId, long ownerUserId,
			OrderByComparator<CareProgram> orderByComparator)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByOwnerUserId_PrevAndNext(
			careProgramId, ownerUserId, orderByComparator);
	}

	/**
	 * Removes all the care programs where ownerUserId = &#63; from the database.
	 *
	 * @param ownerUserId the owner user ID
	 */
	public static void removeByOwnerUserId(long ownerUserId) {
		getPersistence().removeByOwnerUserId(ownerUserId);
	}

	/**
	 * Returns the number of care programs where ownerUserId = &#63;.
	 *
	 * @param ownerUserId the owner user ID
	 * @return the number of matching care programs
	 */
	public static int countByOwnerUserId(long ownerUserId) {
		return getPersistence().countByOwnerUserId(ownerUserId);
	}

	/**
	 * Caches the care program in the entity cache if it is enabled.
	 *
	 * @param careProgram the care program
	 */
	public static void cacheResult(CareProgram careProgram) {
		getPersistence().cacheResult(careProgram);
	}

	/**
	 * Caches the care programs in the entity cache if it is enabled.
	 *
	 * @param carePrograms the care programs
	 */
	public static void cacheResult(List<CareProgram> carePrograms) {
		getPersistence().cacheResult(carePrograms);
	}

	/**
	 * Creates a new care program with the primary key. Does not add the care program to the database.
	 *
	 * @param careProgramId the primary key for the new care program
	 * @return the new care program
	 */
	public static CareProgram create(long careProgramId) {
		return getPersistence().create(careProgramId);
	}

	/**
	 * Removes the care program with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program that was removed
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram remove(long careProgramId)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().remove(careProgramId);
	}

	public static CareProgram updateImpl(CareProgram careProgram) {
		return getPersistence().updateImpl(careProgram);
	}

	/**
	 * Returns the care program with the primary key or throws a <code>NoSuchCareProgramException</code> if it could not be found.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program
	 * @throws NoSuchCareProgramException if a care program with the primary key could not be found
	 */
	public static CareProgram findByPrimaryKey(long careProgramId)
		throws se.livsviktig.careprogram.exception.NoSuchCareProgramException {

		return getPersistence().findByPrimaryKey(careProgramId);
	}

	/**
	 * Returns the care program with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param careProgramId the primary key of the care program
	 * @return the care program, or <code>null</code> if a care program with the primary key could not be found
	 */
	public static CareProgram fetchByPrimaryKey(long careProgramId) {
		return getPersistence().fetchByPrimaryKey(careProgramId);
	}

	/**
	 * Returns all the care programs.
	 *
	 * @return the care programs
	 */
	public static List<CareProgram> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @return the range of care programs
	 */
	public static List<CareProgram> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of care programs
	 */
	public static List<CareProgram> findAll(
		int start, int end, OrderByComparator<CareProgram> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the care programs.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>CareProgramModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of care programs
	 * @param end the upper bound of the range of care programs (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of care programs
	 */
	public static List<CareProgram> findAll(
		int start, int end, OrderByComparator<CareProgram> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the care programs from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of care programs.
	 *
	 * @return the number of care programs
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static CareProgramPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(CareProgramPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile CareProgramPersistence _persistence;

}