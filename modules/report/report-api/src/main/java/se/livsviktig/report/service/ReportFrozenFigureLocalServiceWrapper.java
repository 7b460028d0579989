/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ReportFrozenFigureLocalService}.
 *
 * @author Livsviktig
 * @see ReportFrozenFigureLocalService
 * @generated
 */
public class ReportFrozenFigureLocalServiceWrapper
	implements ReportFrozenFigureLocalService,
			   ServiceWrapper<ReportFrozenFigureLocalService> {

	public ReportFrozenFigureLocalServiceWrapper() {
		this(null);
	}

	public ReportFrozenFigureLocalServiceWrapper(
		ReportFrozenFigureLocalService reportFrozenFigureLocalService) {

		_reportFrozenFigureLocalService = reportFrozenFigureLocalService;
	}

	/**
	 * Adds the report frozen figure to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFrozenFigureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFrozenFigure the report frozen figure
	 * @return the report frozen figure that was added
	 */
	@Override
	public se.livsviktig.report.model.ReportFrozenFigure addReportFrozenFigure(
		se.livsviktig.report.model.ReportFrozenFigure reportFrozenFigure) {

		return _reportFrozenFigureLocalService.addReportFrozenFigure(
			reportFrozenFigure);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFrozenFigureLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new report frozen figure with the primary key. Does not add the report frozen figure to the database.
	 *
	 * @param reportFrozenFigureId the primary key for the new report frozen figure
	 * @return the new report frozen figure
	 */
	@Override
	public se.livsviktig.report.model.ReportFrozenFigure
		createReportFrozenFigure(long reportFrozenFigureId) {

		return _reportFrozenFigureLocalService.createReportFrozenFigure(
			reportFrozenFigureId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFrozenFigureLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the report frozen figure with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFrozenFigureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure that was removed
	 * @throws PortalException if a report frozen figure with the primary key could not be found
	 */
	@Override
	public se.livsviktig.report.model.ReportFrozenFigure
			deleteReportFrozenFigure(long reportFrozenFigureId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFrozenFigureLocalService.deleteReportFrozenFigure(
			reportFrozenFigureId);
	}

	/**
	 * Deletes the report frozen figure from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFrozenFigureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFrozenFigure the report frozen figure
	 * @return the report frozen figure that was removed
	 */
	@Override
	public se.livsviktig.report.model.ReportFrozenFigure
		deleteReportFrozenFigure(
			se.livsviktig.report.model.ReportFrozenFigure reportFrozenFigure) {

		return _reportFrozenFigureLocalService.deleteReportFrozenFigure(
			reportFrozenFigure);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _reportFrozenFigureLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _reportFrozenFigureLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _reportFrozenFigureLocalService.dynamicQuery();
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

		return _reportFrozenFigureLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFrozenFigureModelImpl</code>.
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

		return _reportFrozenFigureLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFrozenFigureModelImpl</code>.
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

		return _reportFrozenFigureLocalService.dynamicQuery(
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

		return _reportFrozenFigureLocalService.dynamicQueryCount(dynamicQuery);
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

		return _reportFrozenFigureLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.report.model.ReportFrozenFigure
		fetchReportFrozenFigure(long reportFrozenFigureId) {

		return _reportFrozenFigureLocalService.fetchReportFrozenFigure(
			reportFrozenFigureId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _reportFrozenFigureLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _reportFrozenFigureLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportFrozenFigureLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFrozenFigureLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the report frozen figure with the primary key.
	 *
	 * @param reportFrozenFigureId the primary key of the report frozen figure
	 * @return the report frozen figure
	 * @throws PortalException if a report frozen figure with the primary key could not be found
	 */
	@Override
	public se.livsviktig.report.model.ReportFrozenFigure getReportFrozenFigure(
			long reportFrozenFigureId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFrozenFigureLocalService.getReportFrozenFigure(
			reportFrozenFigureId);
	}

	/**
	 * Returns a range of all the report frozen figures.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFrozenFigureModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report frozen figures
	 * @param end the upper bound of the range of report frozen figures (not inclusive)
	 * @return the range of report frozen figures
	 */
	@Override
	public java.util.List<se.livsviktig.report.model.ReportFrozenFigure>
		getReportFrozenFigures(int start, int end) {

		return _reportFrozenFigureLocalService.getReportFrozenFigures(
			start, end);
	}

	/**
	 * Returns the number of report frozen figures.
	 *
	 * @return the number of report frozen figures
	 */
	@Override
	public int getReportFrozenFiguresCount() {
		return _reportFrozenFigureLocalService.getReportFrozenFiguresCount();
	}

	/**
	 * Updates the report frozen figure in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFrozenFigureLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFrozenFigure the report frozen figure
	 * @return the report frozen figure that was updated
	 */
	@Override
	public se.livsviktig.report.model.ReportFrozenFigure
		updateReportFrozenFigure(
			se.livsviktig.report.model.ReportFrozenFigure reportFrozenFigure) {

		return _reportFrozenFigureLocalService.updateReportFrozenFigure(
			reportFrozenFigure);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _reportFrozenFigureLocalService.getBasePersistence();
	}

	@Override
	public ReportFrozenFigureLocalService getWrappedService() {
		return _reportFrozenFigureLocalService;
	}

	@Override
	public void setWrappedService(
		ReportFrozenFigureLocalService reportFrozenFigureLocalService) {

		_reportFrozenFigureLocalService = reportFrozenFigureLocalService;
	}

	private ReportFrozenFigureLocalService _reportFrozenFigureLocalService;

}