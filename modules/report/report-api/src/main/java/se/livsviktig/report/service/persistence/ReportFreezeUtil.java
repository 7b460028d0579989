/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service.persistence;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import se.livsviktig.report.model.ReportFreeze;

/**
 * The persistence utility for the report freeze service. This utility wraps <code>se.livsviktig.report.service.persistence.impl.ReportFreezePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReportFreezePersistence
 * @generated
 */
public class ReportFreezeUtil {

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
	public static void clearCache(ReportFreeze reportFreeze) {
		getPersistence().clearCache(reportFreeze);
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
	public static Map<Serializable, ReportFreeze> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ReportFreeze> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ReportFreeze> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ReportFreeze> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ReportFreeze update(ReportFreeze reportFreeze) {
		return getPersistence().update(reportFreeze);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ReportFreeze update(
		ReportFreeze reportFreeze, ServiceContext serviceContext) {

		return getPersistence().update(reportFreeze, serviceContext);
	}

	/**
	 * Returns all the report freezes where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the matching report freezes
	 */
	public static List<ReportFreeze> findByUuid(String uuid) {
		return getPersistence().findByUuid(uuid);
	}

	/**
	 * Returns a range of all the report freezes where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public static List<ReportFreeze> findByUuid(
		String uuid, int start, int end) {

		return getPersistence().findByUuid(uuid, start, end);
	}

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().findByUuid(uuid, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByUuid(
		String uuid, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid(
			uuid, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByUuid_First(
			String uuid, OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByUuid_First(
		String uuid, OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByUuid_First(uuid, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByUuid_Last(
			String uuid, OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByUuid_Last(
		String uuid, OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByUuid_Last(uuid, orderByComparator);
	}

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where uuid = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param uuid the uuid
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze[] findByUuid_PrevAndNext(
			long reportFreezeId, String uuid,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByUuid_PrevAndNext(
			reportFreezeId, uuid, orderByComparator);
	}

	/**
	 * Removes all the report freezes where uuid = &#63; from the database.
	 *
	 * @param uuid the uuid
	 */
	public static void removeByUuid(String uuid) {
		getPersistence().removeByUuid(uuid);
	}

	/**
	 * Returns the number of report freezes where uuid = &#63;.
	 *
	 * @param uuid the uuid
	 * @return the number of matching report freezes
	 */
	public static int countByUuid(String uuid) {
		return getPersistence().countByUuid(uuid);
	}

	/**
	 * Returns the report freeze where uuid = &#63; and groupId = &#63; or throws a <code>NoSuchReportFreezeException</code> if it could not be found.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByUUID_G(String uuid, long groupId)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the report freeze where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found. Uses the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByUUID_G(String uuid, long groupId) {
		return getPersistence().fetchByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the report freeze where uuid = &#63; and groupId = &#63; or returns <code>null</code> if it could not be found, optionally using the finder cache.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @param useFinderCache whether to use the finder cache
	 * @return the matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByUUID_G(
		String uuid, long groupId, boolean useFinderCache) {

		return getPersistence().fetchByUUID_G(uuid, groupId, useFinderCache);
	}

	/**
	 * Removes the report freeze where uuid = &#63; and groupId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the report freeze that was removed
	 */
	public static ReportFreeze removeByUUID_G(String uuid, long groupId)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().removeByUUID_G(uuid, groupId);
	}

	/**
	 * Returns the number of report freezes where uuid = &#63; and groupId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param groupId the group ID
	 * @return the number of matching report freezes
	 */
	public static int countByUUID_G(String uuid, long groupId) {
		return getPersistence().countByUUID_G(uuid, groupId);
	}

	/**
	 * Returns all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the matching report freezes
	 */
	public static List<ReportFreeze> findByUuid_C(String uuid, long companyId) {
		return getPersistence().findByUuid_C(uuid, companyId);
	}

	/**
	 * Returns a range of all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public static List<ReportFreeze> findByUuid_C(
		String uuid, long companyId, int start, int end) {

		return getPersistence().findByUuid_C(uuid, companyId, start, end);
	}

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByUuid_C(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByUuid_C(
			uuid, companyId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByUuid_C_First(
			String uuid, long companyId,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the first report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByUuid_C_First(
		String uuid, long companyId,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByUuid_C_First(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByUuid_C_Last(
			String uuid, long companyId,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByUuid_C_Last(
		String uuid, long companyId,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByUuid_C_Last(
			uuid, companyId, orderByComparator);
	}

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where uuid = &#63; and companyId = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze[] findByUuid_C_PrevAndNext(
			long reportFreezeId, String uuid, long companyId,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByUuid_C_PrevAndNext(
			reportFreezeId, uuid, companyId, orderByComparator);
	}

	/**
	 * Removes all the report freezes where uuid = &#63; and companyId = &#63; from the database.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 */
	public static void removeByUuid_C(String uuid, long companyId) {
		getPersistence().removeByUuid_C(uuid, companyId);
	}

	/**
	 * Returns the number of report freezes where uuid = &#63; and companyId = &#63;.
	 *
	 * @param uuid the uuid
	 * @param companyId the company ID
	 * @return the number of matching report freezes
	 */
	public static int countByUuid_C(String uuid, long companyId) {
		return getPersistence().countByUuid_C(uuid, companyId);
	}

	/**
	 * Returns all the report freezes where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching report freezes
	 */
	public static List<ReportFreeze> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the report freezes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public static List<ReportFreeze> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByGroupId_First(
			long groupId, OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByGroupId_First(
		long groupId, OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByGroupId_Last(
			long groupId, OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByGroupId_Last(
		long groupId, OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where groupId = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze[] findByGroupId_PrevAndNext(
			long reportFreezeId, long groupId,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByGroupId_PrevAndNext(
			reportFreezeId, groupId, orderByComparator);
	}

	/**
	 * Removes all the report freezes where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of report freezes where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching report freezes
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Returns all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the matching report freezes
	 */
	public static List<ReportFreeze> findByG_S(long groupId, int status) {
		return getPersistence().findByG_S(groupId, status);
	}

	/**
	 * Returns a range of all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of matching report freezes
	 */
	public static List<ReportFreeze> findByG_S(
		long groupId, int status, int start, int end) {

		return getPersistence().findByG_S(groupId, status, start, end);
	}

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByG_S(
		long groupId, int status, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report freezes where groupId = &#63; and status = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report freezes
	 */
	public static List<ReportFreeze> findByG_S(
		long groupId, int status, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByG_S(
			groupId, status, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByG_S_First(
			long groupId, int status,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the first report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByG_S_First(
		long groupId, int status,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByG_S_First(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze
	 * @throws NoSuchReportFreezeException if a matching report freeze could not be found
	 */
	public static ReportFreeze findByG_S_Last(
			long groupId, int status,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the last report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchByG_S_Last(
		long groupId, int status,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().fetchByG_S_Last(
			groupId, status, orderByComparator);
	}

	/**
	 * Returns the report freezes before and after the current report freeze in the ordered set where groupId = &#63; and status = &#63;.
	 *
	 * @param reportFreezeId the primary key of the current report freeze
	 * @param groupId the group ID
	 * @param status the status
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze[] findByG_S_PrevAndNext(
			long reportFreezeId, long groupId, int status,
			OrderByComparator<ReportFreeze> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByG_S_PrevAndNext(
			reportFreezeId, groupId, status, orderByComparator);
	}

	/**
	 * Removes all the report freezes where groupId = &#63; and status = &#63; from the database.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 */
	public static void removeByG_S(long groupId, int status) {
		getPersistence().removeByG_S(groupId, status);
	}

	/**
	 * Returns the number of report freezes where groupId = &#63; and status = &#63;.
	 *
	 * @param groupId the group ID
	 * @param status the status
	 * @return the number of matching report freezes
	 */
	public static int countByG_S(long groupId, int status) {
		return getPersistence().countByG_S(groupId, status);
	}

	/**
	 * Caches the report freeze in the entity cache if it is enabled.
	 *
	 * @param reportFreeze the report freeze
	 */
	public static void cacheResult(ReportFreeze reportFreeze) {
		getPersistence().cacheResult(reportFreeze);
	}

	/**
	 * Caches the report freezes in the entity cache if it is enabled.
	 *
	 * @param reportFreezes the report freezes
	 */
	public static void cacheResult(List<ReportFreeze> reportFreezes) {
		getPersistence().cacheResult(reportFreezes);
	}

	/**
	 * Creates a new report freeze with the primary key. Does not add the report freeze to the database.
	 *
	 * @param reportFreezeId the primary key for the new report freeze
	 * @return the new report freeze
	 */
	public static ReportFreeze create(long reportFreezeId) {
		return getPersistence().create(reportFreezeId);
	}

	/**
	 * Removes the report freeze with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze that was removed
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze remove(long reportFreezeId)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().remove(reportFreezeId);
	}

	public static ReportFreeze updateImpl(ReportFreeze reportFreeze) {
		return getPersistence().updateImpl(reportFreeze);
	}

	/**
	 * Returns the report freeze with the primary key or throws a <code>NoSuchReportFreezeException</code> if it could not be found.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze
	 * @throws NoSuchReportFreezeException if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze findByPrimaryKey(long reportFreezeId)
		throws se.livsviktig.report.exception.NoSuchReportFreezeException {

		return getPersistence().findByPrimaryKey(reportFreezeId);
	}

	/**
	 * Returns the report freeze with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze, or <code>null</code> if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze fetchByPrimaryKey(long reportFreezeId) {
		return getPersistence().fetchByPrimaryKey(reportFreezeId);
	}

	/**
	 * Returns all the report freezes.
	 *
	 * @return the report freezes
	 */
	public static List<ReportFreeze> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of report freezes
	 */
	public static List<ReportFreeze> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of report freezes
	 */
	public static List<ReportFreeze> findAll(
		int start, int end, OrderByComparator<ReportFreeze> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of report freezes
	 */
	public static List<ReportFreeze> findAll(
		int start, int end, OrderByComparator<ReportFreeze> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the report freezes from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of report freezes.
	 *
	 * @return the number of report freezes
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ReportFreezePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ReportFreezePersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ReportFreezePersistence _persistence;

}