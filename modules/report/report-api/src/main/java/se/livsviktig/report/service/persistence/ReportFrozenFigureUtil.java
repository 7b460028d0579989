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

import se.livsviktig.report.model.ReportFrozenFigure;

/**
 * The persistence utility for the report frozen figure service. This utility wraps <code>se.livsviktig.report.service.persistence.impl.ReportFrozenFigurePersistenceImpl</code> and provides direct access to the database for CRUD operations. This utility should only be used by the service layer, as it must operate within a transaction. Never access this utility in a JSP, controller, model, or other front-end class.
 *
 * <p>
 * Caching information and settings can be found in <code>portal.properties</code>
 * </p>
 *
 * @author Livsviktig
 * @see ReportFrozenFigurePersistence
 * @generated
 */
public class ReportFrozenFigureUtil {

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
	public static void clearCache(ReportFrozenFigure reportFrozenFigure) {
		getPersistence().clearCache(reportFrozenFigure);
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
	public static Map<Serializable, ReportFrozenFigure> fetchByPrimaryKeys(
		Set<Serializable> primaryKeys) {

		return getPersistence().fetchByPrimaryKeys(primaryKeys);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery)
	 */
	public static List<ReportFrozenFigure> findWithDynamicQuery(
		DynamicQuery dynamicQuery) {

		return getPersistence().findWithDynamicQuery(dynamicQuery);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int)
	 */
	public static List<ReportFrozenFigure> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getPersistence().findWithDynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#findWithDynamicQuery(DynamicQuery, int, int, OrderByComparator)
	 */
	public static List<ReportFrozenFigure> findWithDynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		return getPersistence().findWithDynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel)
	 */
	public static ReportFrozenFigure update(
		ReportFrozenFigure reportFrozenFigure) {

		return getPersistence().update(reportFrozenFigure);
	}

	/**
	 * @see com.liferay.portal.kernel.service.persistence.BasePersistence#update(com.liferay.portal.kernel.model.BaseModel, ServiceContext)
	 */
	public static ReportFrozenFigure update(
		ReportFrozenFigure reportFrozenFigure, ServiceContext serviceContext) {

		return getPersistence().update(reportFrozenFigure, serviceContext);
	}

	/**
	 * Returns all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @return the matching report frozen figures
	 */
	public static List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId) {

		return getPersistence().findByReportFreezeId(reportFreezeId);
	}

	/**
	 * Returns a range of all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @return the range of matching report frozen figures
	 */
	public static List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end) {

		return getPersistence().findByReportFreezeId(
			reportFreezeId, start, end);
	}

	/**
	 * Returns an ordered range of all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching report frozen figures
	 */
	public static List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		return getPersistence().findByReportFreezeId(
			reportFreezeId, start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report frozen figures where reportFreezeId = &#63;.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of matching report frozen figures
	 */
	public static List<ReportFrozenFigure> findByReportFreezeId(
		long reportFreezeId, int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findByReportFreezeId(
			reportFreezeId, start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Returns the first report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a matching report frozen figure could not be found
	 */
	public static ReportFrozenFigure findByReportFreezeId_First(
			long reportFreezeId,
			OrderByComparator<ReportFrozenFigure> orderByComparator)
		throws se.livsviktig.report.exception.
			NoSuchReportFrozenFigureException {

		return getPersistence().findByReportFreezeId_First(
			reportFreezeId, orderByComparator);
	}

	/**
	 * Returns the first report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the first matching report frozen figure, or <code>null</code> if a matching report frozen figure could not be found
	 */
	public static ReportFrozenFigure fetchByReportFreezeId_First(
		long reportFreezeId,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		return getPersistence().fetchByReportFreezeId_First(
			reportFreezeId, orderByComparator);
	}

	/**
	 * Returns the last report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a matching report frozen figure could not be found
	 */
	public static ReportFrozenFigure findByReportFreezeId_Last(
			long reportFreezeId,
			OrderByComparator<ReportFrozenFigure> orderByComparator)
		throws se.livsviktig.report.exception.
			NoSuchReportFrozenFigureException {

		return getPersistence().findByReportFreezeId_Last(
			reportFreezeId, orderByComparator);
	}

	/**
	 * Returns the last report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the last matching report frozen figure, or <code>null</code> if a matching report frozen figure could not be found
	 */
	public static ReportFrozenFigure fetchByReportFreezeId_Last(
		long reportFreezeId,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		return getPersistence().fetchByReportFreezeId_Last(
			reportFreezeId, orderByComparator);
	}

	/**
	 * Returns the report frozen figures before and after the current report frozen figure in the ordered set where reportFreezeId = &#63;.
	 *
	 * @param reportFrozenFigureId the primary key of the current report frozen figure
	 * @param reportFreezeId the report freeze ID
	 * @param orderByComparator the comparator to order the set by (optionally <code>null</code>)
	 * @return the previous, current, and next report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	public static ReportFrozenFigure[] findByReportFreezeId_PrevAndNext(
			long reportFrozenFigureId, long reportFreezeId,
			OrderByComparator<ReportFrozenFigure> orderByComparator)
		throws se.livsviktig.report.exception.
			NoSuchReportFrozenFigureException {

		return getPersistence().findByReportFreezeId_PrevAndNext(
			reportFrozenFigureId, reportFreezeId, orderByComparator);
	}

	/**
	 * Removes all the report frozen figures where reportFreezeId = &#63; from the database.
	 *
	 * @param reportFreezeId the report freeze ID
	 */
	public static void removeByReportFreezeId(long reportFreezeId) {
		getPersistence().removeByReportFreezeId(reportFreezeId);
	}

	/**
	 * Returns the number of report frozen figures where reportFreezeId = &#63;.
	 *
	 * @param reportFreezeId the report freeze ID
	 * @return the number of matching report frozen figures
	 */
	public static int countByReportFreezeId(long reportFreezeId) {
		return getPersistence().countByReportFreezeId(reportFreezeId);
	}

	/**
	 * Caches the report frozen figure in the entity cache if it is enabled.
	 *
	 * @param reportFrozenFigure the report frozen figure
	 */
	public static void cacheResult(ReportFrozenFigure reportFrozenFigure) {
		getPersistence().cacheResult(reportFrozenFigure);
	}

	/**
	 * Caches the report frozen figures in the entity cache if it is enabled.
	 *
	 * @param reportFrozenFigures the report frozen figures
	 */
	public static void cacheResult(
		List<ReportFrozenFigure> reportFrozenFigures) {

		getPersistence().cacheResult(reportFrozenFigures);
	}

	/**
	 * Creates a new report frozen figure with the primary key. Does not add the report frozen figure to the database.
	 *
	 * @param reportFrozenFigureId the primary key for the new report frozen figure
	 * @return the new report frozen figure
	 */
	public static ReportFrozenFigure create(long reportFrozenFigureId) {
		return getPersistence().create(reportFrozenFigureId);
	}

	/**
	 * Removes the report frozen figure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure that was removed
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	public static ReportFrozenFigure remove(long reportFrozenFigureId)
		throws se.livsviktig.report.exception.
			NoSuchReportFrozenFigureException {

		return getPersistence().remove(reportFrozenFigureId);
	}

	public static ReportFrozenFigure updateImpl(
		ReportFrozenFigure reportFrozenFigure) {

		return getPersistence().updateImpl(reportFrozenFigure);
	}

	/**
	 * Returns the report frozen figure with the primary key or throws a <code>NoSuchReportFrozenFigureException</code> if it could not be found.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure
	 * @throws NoSuchReportFrozenFigureException if a report frozen figure with the primary key could not be found
	 */
	public static ReportFrozenFigure findByPrimaryKey(long reportFrozenFigureId)
		throws se.livsviktig.report.exception.
			NoSuchReportFrozenFigureException {

		return getPersistence().findByPrimaryKey(reportFrozenFigureId);
	}

	/**
	 * Returns the report frozen figure with the primary key or returns <code>null</code> if it could not be found.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure, or <code>null</code> if a report frozen figure with the primary key could not be found
	 */
	public static ReportFrozenFigure fetchByPrimaryKey(
		long reportFrozenFigureId) {

		return getPersistence().fetchByPrimaryKey(reportFrozenFigureId);
	}

	/**
	 * Returns all the report frozen figures.
	 *
	 * @return the report frozen figures
	 */
	public static List<ReportFrozenFigure> findAll() {
		return getPersistence().findAll();
	}

	/**
	 * Returns a range of all the report frozen figures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @return the range of report frozen figures
	 */
	public static List<ReportFrozenFigure> findAll(int start, int end) {
		return getPersistence().findAll(start, end);
	}

	/**
	 * Returns an ordered range of all the report frozen figures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of report frozen figures
	 */
	public static List<ReportFrozenFigure> findAll(
		int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator) {

		return getPersistence().findAll(start, end, orderByComparator);
	}

	/**
	 * Returns an ordered range of all the report frozen figures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @param useFinderCache whether to use the finder cache
	 * @return the ordered range of report frozen figures
	 */
	public static List<ReportFrozenFigure> findAll(
		int start, int end,
		OrderByComparator<ReportFrozenFigure> orderByComparator,
		boolean useFinderCache) {

		return getPersistence().findAll(
			start, end, orderByComparator, useFinderCache);
	}

	/**
	 * Removes all the report frozen figures from the database.
	 */
	public static void removeAll() {
		getPersistence().removeAll();
	}

	/**
	 * Returns the number of report frozen figures.
	 *
	 * @return the number of report frozen figures
	 */
	public static int countAll() {
		return getPersistence().countAll();
	}

	public static ReportFrozenFigurePersistence getPersistence() {
		return _persistence;
	}

	public static void setPersistence(
		ReportFrozenFigurePersistence persistence) {

		_persistence = persistence;
	}

	private static volatile ReportFrozenFigurePersistence _persistence;

}