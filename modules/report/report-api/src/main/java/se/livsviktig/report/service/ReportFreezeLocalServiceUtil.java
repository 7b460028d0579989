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

import se.livsviktig.report.model.ReportFreeze;

/**
 * Provides the local service utility for ReportFreeze. This utility wraps
 * <code>se.livsviktig.report.service.impl.ReportFreezeLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see ReportFreezeLocalService
 * @generated
 */
public class ReportFreezeLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.report.service.impl.ReportFreezeLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static ReportFreeze addReportFreeze(ReportFreeze reportFreeze) {
		return getService().addReportFreeze(reportFreeze);
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
	 * Creates a new report freeze with the primary key. Does not add the report freeze to the database.
	 *
	 * @param reportFreezeId the primary key for the new report freeze
	 * @return the new report freeze
	 */
	public static ReportFreeze createReportFreeze(long reportFreezeId) {
		return getService().createReportFreeze(reportFreezeId);
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
	public static ReportFreeze deleteReportFreeze(long reportFreezeId)
		throws PortalException {

		return getService().deleteReportFreeze(reportFreezeId);
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
	public static ReportFreeze deleteReportFreeze(ReportFreeze reportFreeze) {
		return getService().deleteReportFreeze(reportFreeze);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.report.model.impl.ReportFreezeModelImpl</code>.
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

	public static ReportFreeze fetchReportFreeze(long reportFreezeId) {
		return getService().fetchReportFreeze(reportFreezeId);
	}

	/**
	 * Returns the report freeze matching the UUID and group.
	 *
	 * @param uuid the report freeze's UUID
	 * @param groupId the primary key of the group
	 * @return the matching report freeze, or <code>null</code> if a matching report freeze could not be found
	 */
	public static ReportFreeze fetchReportFreezeByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchReportFreezeByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Stores the period's figures as they are now, with who froze them and when. A freeze of one organisation
	 * stores its administrations' figures only, none of no administration (getFreezeFigures).
	 *
	 * @param organizationId 0 for every administration as registered, or the organisation whose children (each
	 with its subtree) the figures are grouped by
	 */
	public static ReportFreeze freeze(
			long userId, long groupId,
			se.livsviktig.report.period.ReportPeriod reportPeriod,
			long organizationId, java.util.Date now)
		throws PortalException {

		return getService().freeze(
			userId, groupId, reportPeriod, organizationId, now);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
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
	 * Returns the report freeze with the primary key.
	 *
	 * @param reportFreezeId the primary key of the report freeze
	 * @return the report freeze
	 * @throws PortalException if a report freeze with the primary key could not be found
	 */
	public static ReportFreeze getReportFreeze(long reportFreezeId)
		throws PortalException {

		return getService().getReportFreeze(reportFreezeId);
	}

	/**
	 * Returns the report freeze matching the UUID and group.
	 *
	 * @param uuid the report freeze's UUID
	 * @param groupId the primary key of the group
	 * @return the matching report freeze
	 * @throws PortalException if a matching report freeze could not be found
	 */
	public static ReportFreeze getReportFreezeByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getReportFreezeByUuidAndGroupId(uuid, groupId);
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
	public static List<ReportFreeze> getReportFreezes(int start, int end) {
		return getService().getReportFreezes(start, end);
	}

	/**
	 * Returns all the report freezes matching the UUID and company.
	 *
	 * @param uuid the UUID of the report freezes
	 * @param companyId the primary key of the company
	 * @return the matching report freezes, or an empty list if no matches were found
	 */
	public static List<ReportFreeze> getReportFreezesByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getReportFreezesByUuidAndCompanyId(uuid, companyId);
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
	public static List<ReportFreeze> getReportFreezesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<ReportFreeze> orderByComparator) {

		return getService().getReportFreezesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of report freezes.
	 *
	 * @return the number of report freezes
	 */
	public static int getReportFreezesCount() {
		return getService().getReportFreezesCount();
	}

	/**
	 * Withdraws a freeze: its figures stay stored, and the freeze records who withdrew it, when and why, so a
	 * report's history never loses what was sent.
	 */
	public static ReportFreeze unfreeze(
			long userId, long reportFreezeId, String reason, java.util.Date now)
		throws PortalException {

		return getService().unfreeze(userId, reportFreezeId, reason, now);
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
	public static ReportFreeze updateReportFreeze(ReportFreeze reportFreeze) {
		return getService().updateReportFreeze(reportFreeze);
	}

	public static ReportFreezeLocalService getService() {
		return _service;
	}

	public static void setService(ReportFreezeLocalService service) {
		_service = service;
	}

	private static volatile ReportFreezeLocalService _service;

}