/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import se.livsviktig.report.model.ReportExportRow;

/**
 * Provides the local service utility for ReportExportRow. This utility wraps
 * <code>se.livsviktig.report.service.impl.ReportExportRowLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see ReportExportRowLocalService
 * @generated
 */
public class ReportExportRowLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportExportRowLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Adds the report export row to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportExportRowLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportExportRow the report export row
	 * @return the report export row that was added
	 */
	public static ReportExportRow addReportExportRow(
		ReportExportRow reportExportRow) {

		return getService().addReportExportRow(reportExportRow);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel createPersistedModel(
			Serializable primaryKeyObj)
		throws PortalException {

		return getService().createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new report export row with the primary key. Does not add the report export row to the database.
	 *
	 * @param reportExportRowId the primary key for the new report export row
	 * @return the new report export row
	 */
	public static ReportExportRow createReportExportRow(
		long reportExportRowId) {

		return getService().createReportExportRow(reportExportRowId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the report export row with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportExportRowLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row that was removed
	 * @throws PortalException if a report export row with the primary key could not be found
	 */
	public static ReportExportRow deleteReportExportRow(long reportExportRowId)
		throws PortalException {

		return getService().deleteReportExportRow(reportExportRowId);
	}

	/**
	 * Deletes the report export row from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportExportRowLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportExportRow the report export row
	 * @return the report export row that was removed
	 */
	public static ReportExportRow deleteReportExportRow(
		ReportExportRow reportExportRow) {

		return getService().deleteReportExportRow(reportExportRow);
	}

	public static <T> T dslQuery(DSLQuery dslQuery) {
		return getService().dslQuery(dslQuery);
	}

	public static int dslQueryCount(DSLQuery dslQuery) {
		return getService().dslQueryCount(dslQuery);
	}

	public static DynamicQuery dynamicQuery() {
		return getService().dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	public static <T> List<T> dynamicQuery(DynamicQuery dynamicQuery) {
		return getService().dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @return the range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end) {

		return getService().dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param dynamicQuery the dynamic query
	 * @param start the lower bound of the range of model instances
	 * @param end the upper bound of the range of model instances (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the ordered range of matching rows
	 */
	public static <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator) {

		return getService().dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(DynamicQuery dynamicQuery) {
		return getService().dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	public static long dynamicQueryCount(
		DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return getService().dynamicQueryCount(dynamicQuery, projection);
	}

	public static ReportExportRow fetchReportExportRow(long reportExportRowId) {
		return getService().fetchReportExportRow(reportExportRowId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * The site's mapping laid out with figures already read for the administrations the reader may see.
	 *
	 * @throws se.livsviktig.report.exception.ReportExportMappingException if a row names a figure the report no
	 longer knows
	 */
	public static List<se.livsviktig.report.export.ReportExportLine>
			getExportLines(
				long groupId,
				List<se.livsviktig.report.figures.ReportFigure> reportFigures)
		throws PortalException {

		return getService().getExportLines(groupId, reportFigures);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	/**
	 * The site's saved rows in order, or the default mapping when it saved none.
	 */
	public static List<se.livsviktig.report.export.ReportExportMappingRow>
		getMapping(long groupId) {

		return getService().getMapping(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public static String getOSGiServiceIdentifier() {
		return getService().getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the report export row with the primary key.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row
	 * @throws PortalException if a report export row with the primary key could not be found
	 */
	public static ReportExportRow getReportExportRow(long reportExportRowId)
		throws PortalException {

		return getService().getReportExportRow(reportExportRowId);
	}

	/**
	 * Returns a range of all the report export rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportExportRowModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report export rows
	 * @param end the upper bound of the range of report export rows (not inclusive)
	 * @return the range of report export rows
	 */
	public static List<ReportExportRow> getReportExportRows(
		int start, int end) {

		return getService().getReportExportRows(start, end);
	}

	/**
	 * Returns the number of report export rows.
	 *
	 * @return the number of report export rows
	 */
	public static int getReportExportRowsCount() {
		return getService().getReportExportRowsCount();
	}

	/**
	 * @return whether the site has saved a mapping of its own, rather than exporting the default
	 */
	public static boolean hasSavedMapping(long groupId) {
		return getService().hasSavedMapping(groupId);
	}

	/**
	 * Replaces the site's mapping with these rows, in this order, in one transaction. No rows: the site exports
	 * the default mapping again.
	 *
	 * @throws se.livsviktig.report.exception.ReportExportMappingException if a row has no label, names a figure
	 the report does not know or a sex it does not split by
	 * @throws ReportTrainingMethodException if a row names a training method not in the site's company
	 */
	public static List<ReportExportRow> updateMapping(
			long userId, long groupId,
			List<se.livsviktig.report.export.ReportExportMappingRow>
				reportExportMappingRows,
			java.util.Date now)
		throws PortalException {

		return getService().updateMapping(
			userId, groupId, reportExportMappingRows, now);
	}

	/**
	 * Updates the report export row in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportExportRowLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportExportRow the report export row
	 * @return the report export row that was updated
	 */
	public static ReportExportRow updateReportExportRow(
		ReportExportRow reportExportRow) {

		return getService().updateReportExportRow(reportExportRow);
	}

	public static ReportExportRowLocalService getService() {
		return _service;
	}

	public static void setService(ReportExportRowLocalService service) {
		_service = service;
	}

	private static volatile ReportExportRowLocalService _service;

}