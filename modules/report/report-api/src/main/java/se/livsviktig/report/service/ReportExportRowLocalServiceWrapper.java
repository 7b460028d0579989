/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ReportExportRowLocalService}.
 *
 * @author Livsviktig
 * @see ReportExportRowLocalService
 * @generated
 */
public class ReportExportRowLocalServiceWrapper
	implements ReportExportRowLocalService,
			   ServiceWrapper<ReportExportRowLocalService> {

	public ReportExportRowLocalServiceWrapper() {
		this(null);
	}

	public ReportExportRowLocalServiceWrapper(
		ReportExportRowLocalService reportExportRowLocalService) {

		_reportExportRowLocalService = reportExportRowLocalService;
	}

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
	@Override
	public se.livsviktig.report.model.ReportExportRow addReportExportRow(
		se.livsviktig.report.model.ReportExportRow reportExportRow) {

		return _reportExportRowLocalService.addReportExportRow(reportExportRow);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new report export row with the primary key. Does not add the report export row to the database.
	 *
	 * @param reportExportRowId the primary key for the new report export row
	 * @return the new report export row
	 */
	@Override
	public se.livsviktig.report.model.ReportExportRow createReportExportRow(
		long reportExportRowId) {

		return _reportExportRowLocalService.createReportExportRow(
			reportExportRowId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowLocalService.deletePersistedModel(
			persistedModel);
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
	@Override
	public se.livsviktig.report.model.ReportExportRow deleteReportExportRow(
			long reportExportRowId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowLocalService.deleteReportExportRow(
			reportExportRowId);
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
	@Override
	public se.livsviktig.report.model.ReportExportRow deleteReportExportRow(
		se.livsviktig.report.model.ReportExportRow reportExportRow) {

		return _reportExportRowLocalService.deleteReportExportRow(
			reportExportRow);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _reportExportRowLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _reportExportRowLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _reportExportRowLocalService.dynamicQuery();
	}

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _reportExportRowLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _reportExportRowLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _reportExportRowLocalService.dynamicQuery(
			dynamicQuery, start, end, orderByComparator);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery) {

		return _reportExportRowLocalService.dynamicQueryCount(dynamicQuery);
	}

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Override
	public long dynamicQueryCount(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery,
		com.liferay.portal.kernel.dao.orm.Projection projection) {

		return _reportExportRowLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.report.model.ReportExportRow fetchReportExportRow(
		long reportExportRowId) {

		return _reportExportRowLocalService.fetchReportExportRow(
			reportExportRowId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _reportExportRowLocalService.getActionableDynamicQuery();
	}

	/**
	 * The site's mapping laid out with figures already read for the administrations the reader may see.
	 *
	 * @throws se.livsviktig.report.exception.ReportExportMappingException if a row names a figure the report no
	 longer knows
	 */
	@Override
	public java.util.List<se.livsviktig.report.export.ReportExportLine>
			getExportLines(
				long groupId,
				java.util.List<se.livsviktig.report.figures.ReportFigure>
					reportFigures)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowLocalService.getExportLines(
			groupId, reportFigures);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _reportExportRowLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * The site's saved rows in order, or the default mapping when it saved none.
	 */
	@Override
	public java.util.List<se.livsviktig.report.export.ReportExportMappingRow>
		getMapping(long groupId) {

		return _reportExportRowLocalService.getMapping(groupId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportExportRowLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the report export row with the primary key.
	 *
	 * @param reportExportRowId the primary key of the report export row
	 * @return the report export row
	 * @throws PortalException if a report export row with the primary key could not be found
	 */
	@Override
	public se.livsviktig.report.model.ReportExportRow getReportExportRow(
			long reportExportRowId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowLocalService.getReportExportRow(
			reportExportRowId);
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
	@Override
	public java.util.List<se.livsviktig.report.model.ReportExportRow>
		getReportExportRows(int start, int end) {

		return _reportExportRowLocalService.getReportExportRows(start, end);
	}

	/**
	 * Returns the number of report export rows.
	 *
	 * @return the number of report export rows
	 */
	@Override
	public int getReportExportRowsCount() {
		return _reportExportRowLocalService.getReportExportRowsCount();
	}

	/**
	 * @return whether the site has saved a mapping of its own, rather than exporting the default
	 */
	@Override
	public boolean hasSavedMapping(long groupId) {
		return _reportExportRowLocalService.hasSavedMapping(groupId);
	}

	/**
	 * Replaces the site's mapping with these rows, in this order, in one transaction. No rows: the site exports
	 * the default mapping again.
	 *
	 * @throws se.livsviktig.report.exception.ReportExportMappingException if a row has no label, names a figure
	 the report does not know or a sex it does not split by
	 * @throws ReportTrainingMethodException if a row names a training method not in the site's company
	 */
	@Override
	public java.util.List<se.livsviktig.report.model.ReportExportRow>
			updateMapping(
				long userId, long groupId,
				java.util.List
					<se.livsviktig.report.export.ReportExportMappingRow>
						reportExportMappingRows,
				java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportExportRowLocalService.updateMapping(
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
	@Override
	public se.livsviktig.report.model.ReportExportRow updateReportExportRow(
		se.livsviktig.report.model.ReportExportRow reportExportRow) {

		return _reportExportRowLocalService.updateReportExportRow(
			reportExportRow);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _reportExportRowLocalService.getBasePersistence();
	}

	@Override
	public ReportExportRowLocalService getWrappedService() {
		return _reportExportRowLocalService;
	}

	@Override
	public void setWrappedService(
		ReportExportRowLocalService reportExportRowLocalService) {

		_reportExportRowLocalService = reportExportRowLocalService;
	}

	private ReportExportRowLocalService _reportExportRowLocalService;

}