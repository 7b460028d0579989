/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.report.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link ReportFreezeLocalService}.
 *
 * @author Livsviktig
 * @see ReportFreezeLocalService
 * @generated
 */
public class ReportFreezeLocalServiceWrapper
	implements ReportFreezeLocalService,
			   ServiceWrapper<ReportFreezeLocalService> {

	public ReportFreezeLocalServiceWrapper() {
		this(null);
	}

	public ReportFreezeLocalServiceWrapper(
		ReportFreezeLocalService reportFreezeLocalService) {

		_reportFreezeLocalService = reportFreezeLocalService;
	}

	/**
	 * Adds the report freeze to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreeze the report freeze
	 * @return the report freeze that was added
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze addReportFreeze(
		se.livsviktig.report.model.ReportFreeze reportFreeze) {

		return _reportFreezeLocalService.addReportFreeze(reportFreeze);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new report freeze with the primary key. Does not add the report freeze to the database.
	 *
	 * @param reportFreezeId the primary key for the new report freeze
	 * @return the new report freeze
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze createReportFreeze(
		long reportFreezeId) {

		return _reportFreezeLocalService.createReportFreeze(reportFreezeId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the report freeze with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze that was removed
	 * @throws PortalException if a report freeze with the primary key could not be found
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze deleteReportFreeze(
			long reportFreezeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.deleteReportFreeze(reportFreezeId);
	}

	/**
	 * Deletes the report freeze from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreeze the report freeze
	 * @return the report freeze that was removed
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze deleteReportFreeze(
		se.livsviktig.report.model.ReportFreeze reportFreeze) {

		return _reportFreezeLocalService.deleteReportFreeze(reportFreeze);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _reportFreezeLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _reportFreezeLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _reportFreezeLocalService.dynamicQuery();
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

		return _reportFreezeLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
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

		return _reportFreezeLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
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

		return _reportFreezeLocalService.dynamicQuery(
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

		return _reportFreezeLocalService.dynamicQueryCount(dynamicQuery);
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

		return _reportFreezeLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.report.model.ReportFreeze fetchReportFreeze(
		long reportFreezeId) {

		return _reportFreezeLocalService.fetchReportFreeze(reportFreezeId);
	}

	/**
	 * Returns the report freeze matching the UUID and group.
	 *
	 * @param uuid the report freeze's UUID
	 * @param groupId the primary key of the group
	 * @return the matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze
		fetchReportFreezeByUuidAndGroupId(String uuid, long groupId) {

		return _reportFreezeLocalService.fetchReportFreezeByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Stores the period's figures as they are now, with who froze them and when. A freeze of one organisation
	 * stores its administrations' figures only, none of no administration (getFreezeFigures).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 with its subtree) the figures are grouped by
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze freeze(
			long userId, long groupId,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.freeze(
			userId, groupId, reportPeriod, organizationId, now);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _reportFreezeLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _reportFreezeLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _reportFreezeLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _reportFreezeLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the report freeze with the primary key.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze
	 * @throws PortalException if a report freeze with the primary key could not be found
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze getReportFreeze(
			long reportFreezeId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.getReportFreeze(reportFreezeId);
	}

	/**
	 * Returns the report freeze matching the UUID and group.
	 *
	 * @param uuid the report freeze's UUID
	 * @param groupId the primary key of the group
	 * @return the matching report freeze
	 * @throws PortalException if a matching report freeze could not be found
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze
			getReportFreezeByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.getReportFreezeByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Returns a range of all the report freezes.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @return the range of report freezes
	 */
	@Override
	public java.util.List<se.livsviktig.report.model.ReportFreeze>
		getReportFreezes(int start, int end) {

		return _reportFreezeLocalService.getReportFreezes(start, end);
	}

	/**
	 * Returns all the report freezes matching the UUID and company.
	 *
	 * @param uuid the UUID of the report freezes
	 * @param companyId the primary key of the company
	 * @return the matching report freezes, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.report.model.ReportFreeze>
		getReportFreezesByUuidAndCompanyId(String uuid, long companyId) {

		return _reportFreezeLocalService.getReportFreezesByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of report freezes matching the UUID and company.
	 *
	 * @param uuid the UUID of the report freezes
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of report freezes
	 * @param end the upper bound of the range of report freezes (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching report freezes, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.report.model.ReportFreeze>
		getReportFreezesByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.report.model.ReportFreeze> orderByComparator) {

		return _reportFreezeLocalService.getReportFreezesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of report freezes.
	 *
	 * @return the number of report freezes
	 */
	@Override
	public int getReportFreezesCount() {
		return _reportFreezeLocalService.getReportFreezesCount();
	}

	/**
	 * Withdraws a freeze: its figures stay stored, and the freeze records who withdrew it, when and why, so a
	 * report's history never loses what was sent.
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze unfreeze(
			long userId, long reportFreezeId, String reason, java.util.Date now)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _reportFreezeLocalService.unfreeze(
			userId, reportFreezeId, reason, now);
	}

	/**
	 * Updates the report freeze in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect ReportFreezeLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param reportFreeze the report freeze
	 * @return the report freeze that was updated
	 */
	@Override
	public se.livsviktig.report.model.ReportFreeze updateReportFreeze(
		se.livsviktig.report.model.ReportFreeze reportFreeze) {

		return _reportFreezeLocalService.updateReportFreeze(reportFreeze);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _reportFreezeLocalService.getBasePersistence();
	}

	@Override
	public ReportFreezeLocalService getWrappedService() {
		return _reportFreezeLocalService;
	}

	@Override
	public void setWrappedService(
		ReportFreezeLocalService reportFreezeLocalService) {

		_reportFreezeLocalService = reportFreezeLocalService;
	}

	private ReportFreezeLocalService _reportFreezeLocalService;

}