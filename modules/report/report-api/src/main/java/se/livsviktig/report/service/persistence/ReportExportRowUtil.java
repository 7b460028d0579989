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

import se.livsviktig.report.model.ReportExportRow;

/**
 * The persistence utility for the report export row service. This utility wraps <code>se.livsviktig.report.service.persistence.impl.ReportExportRowPersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReportExportRowPersistence
 * @generated
 */
public class ReportExportRowUtil {

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
	public static void clearCache(ReportExportRow reportExportRow) {
		getPersistence().clearCache(reportExportRow);
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
	public static Map<Serializable, ReportExportRow> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ReportExportRow> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ReportExportRow> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ReportExportRow> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ReportExportRow update(ReportExportRow reportExportRow) {
		return getPersistence().update(reportExportRow);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ReportExportRow update(
		ReportExportRow reportExportRow, ServiceContext serviceContext) {

		return getPersistence().update(reportExportRow, serviceContext);
	}

	/**
	 * Returns all the report export rows where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the matching report export rows
	 */
	public static List<ReportExportRow> findByGroupId(long groupId) {
		return getPersistence().findByGroupId(groupId);
	}

	/**
	 * Returns a range of all the report export rows where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @return the range of matching report export rows
	 */
	public static List<ReportExportRow> findByGroupId(
		long groupId, int start, int end) {

		return getPersistence().findByGroupId(groupId, start, end);
	}

	/**
	 * Returns an ordered range of all the report export rows where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report export rows
	 */
	public static List<ReportExportRow> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report export rows where groupId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param groupId the group ID
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report export rows
	 */
	public static List<ReportExportRow> findByGroupId(
		long groupId, int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByGroupId(
			groupId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report export row
	 * @throws NoSuchReportExportRowException if a matching report export row could not be found
	 */
	public static ReportExportRow findByGroupId_First(
			long groupId, OrderByComparator<ReportExportRow> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportExportRowException {

		return getPersistence().findByGroupId_First(groupId, orderByComparator);
	}

	/**
	 * Returns the first report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report export row, or <code>null</code> if a matching report export row could not be found
	 */
	public static ReportExportRow fetchByGroupId_First(
		long groupId, OrderByComparator<ReportExportRow> orderByComparator) {

		return getPersistence().fetchByGroupId_First(
			groupId, orderByComparator);
	}

	/**
	 * Returns the last report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report export row
	 * @throws NoSuchReportExportRowException if a matching report export row could not be found
	 */
	public static ReportExportRow findByGroupId_Last(
			long groupId, OrderByComparator<ReportExportRow> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportExportRowException {

		return getPersistence().findByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the last report export row in the ordered set where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report export row, or <code>null</code> if a matching report export row could not be found
	 */
	public static ReportExportRow fetchByGroupId_Last(
		long groupId, OrderByComparator<ReportExportRow> orderByComparator) {

		return getPersistence().fetchByGroupId_Last(groupId, orderByComparator);
	}

	/**
	 * Returns the report export rows before and after the current report export row in the ordered set where groupId = &#63;.
	 *
	 * @param reportExportRowId the primary key of the current report export row
	 * @param groupId the group ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report export row
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	public static ReportExportRow[] findByGroupId_PrevAndNext(
			long reportExportRowId, long groupId,
			OrderByComparator<ReportExportRow> orderByComparator)
		throws se.livsviktig.report.exception.NoSuchReportExportRowException {

		return getPersistence().findByGroupId_PrevAndNext(
			reportExportRowId, groupId, orderByComparator);
	}

	/**
	 * Removes all the report export rows where groupId = &#63; from the database.
	 *
	 * @param groupId the group ID
	 */
	public static void removeByGroupId(long groupId) {
		getPersistence().removeByGroupId(groupId);
	}

	/**
	 * Returns the number of report export rows where groupId = &#63;.
	 *
	 * @param groupId the group ID
	 * @return the number of matching report export rows
	 */
	public static int countByGroupId(long groupId) {
		return getPersistence().countByGroupId(groupId);
	}

	/**
	 * Caches the report export row in the entity cache if it is enabled.
	 *
	 * @param reportExportRow the report export row
	 */
	public static void cacheResult(ReportExportRow reportExportRow) {
		getPersistence().cacheResult(reportExportRow);
	}

	/**
	 * Caches the report export rows in the entity cache if it is enabled.
	 *
	 * @param reportExportRows the report export rows
	 */
	public static void cacheResult(List<ReportExportRow> reportExportRows) {
		getPersistence().cacheResult(reportExportRows);
	}

	/**
	 * Creates a new report export row with the primary key. Does not add the report export row to the database.
	 *
	 * @param reportExportRowId the primary key for the new report export row
	 * @return the new report export row
	 */
	public static ReportExportRow create(long reportExportRowId) {
		return getPersistence().create(reportExportRowId);
	}

	/**
	 * Removes the report export row with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row that was removed
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	public static ReportExportRow remove(long reportExportRowId)
		throws se.livsviktig.report.exception.NoSuchReportExportRowException {

		return getPersistence().remove(reportExportRowId);
	}

	public static ReportExportRow updateImpl(ReportExportRow reportExportRow) {
		return getPersistence().updateImpl(reportExportRow);
	}

	/**
	 * Returns the report export row with the primary key or throws a <code>NoSuchReportExportRowException</code> if it could not be found.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row
	 * @throws NoSuchReportExportRowException if a report export row with the primary key could not be found
	 */
	public static ReportExportRow findByPrimaryKey(long reportExportRowId)
		throws se.livsviktig.report.exception.NoSuchReportExportRowException {

		return getPersistence().findByPrimaryKey(reportExportRowId);
	}

	/**
	 * Returns the report export row with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row, or <code>null</code> if a report export row with the primary key could not be found
	 */
	public static ReportExportRow fetchByPrimaryKey(long reportExportRowId) {
		return getPersistence().fetchByPrimaryKey(reportExportRowId);
	}

	/**
	 * Returns all the report export rows.
	 *
	 * @return the report export rows
	 */
	public static List<ReportExportRow> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the report export rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @return the range of report export rows
	 */
	public static List<ReportExportRow> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the report export rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of report export rows
	 */
	public static List<ReportExportRow> findAll(
		int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report export rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of report export rows
	 */
	public static List<ReportExportRow> findAll(
		int start, int end,
		OrderByComparator<ReportExportRow> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the report export rows from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of report export rows.
	 *
	 * @return the number of report export rows
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ReportExportRowPersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(ReportExportRowPersistence persistence) {
		_persistence = persistence;
	}

	private static volatile ReportExportRowPersistence _persistence;

}