/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SessionDateLocalService}.
 *
 * @author Livsviktig
 * @see SessionDateLocalService
 * @generated
 */
public class SessionDateLocalServiceWrapper
	implements ServiceWrapper<SessionDateLocalService>,
			   SessionDateLocalService {

	public SessionDateLocalServiceWrapper() {
		this(null);
	}

	public SessionDateLocalServiceWrapper(
		SessionDateLocalService sessionDateLocalService) {

		_sessionDateLocalService = sessionDateLocalService;
	}

	/**
	 * Adds the session date to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionDateLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionDate the session date
	 * @return the session date that was added
	 */
	@Override
	public se.livsviktig.training.model.SessionDate addSessionDate(
		se.livsviktig.training.model.SessionDate sessionDate) {

		return _sessionDateLocalService.addSessionDate(sessionDate);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionDateLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new session date with the primary key. Does not add the session date to the database.
	 *
	 * @param sessionDateId the primary key for the new session date
	 * @return the new session date
	 */
	@Override
	public se.livsviktig.training.model.SessionDate createSessionDate(
		long sessionDateId) {

		return _sessionDateLocalService.createSessionDate(sessionDateId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionDateLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the session date with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionDateLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date that was removed
	 * @throws PortalException if a session date with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionDate deleteSessionDate(
			long sessionDateId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionDateLocalService.deleteSessionDate(sessionDateId);
	}

	/**
	 * Deletes the session date from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionDateLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionDate the session date
	 * @return the session date that was removed
	 */
	@Override
	public se.livsviktig.training.model.SessionDate deleteSessionDate(
		se.livsviktig.training.model.SessionDate sessionDate) {

		return _sessionDateLocalService.deleteSessionDate(sessionDate);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _sessionDateLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _sessionDateLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _sessionDateLocalService.dynamicQuery();
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

		return _sessionDateLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionDateModelImpl</code>.
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

		return _sessionDateLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionDateModelImpl</code>.
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

		return _sessionDateLocalService.dynamicQuery(
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

		return _sessionDateLocalService.dynamicQueryCount(dynamicQuery);
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

		return _sessionDateLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.SessionDate fetchSessionDate(
		long sessionDateId) {

		return _sessionDateLocalService.fetchSessionDate(sessionDateId);
	}

	/**
	 * Returns the session date matching the UUID and group.
	 *
	 * @param uuid the session date's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session date, or <code>null</code> if a matching session date could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionDate
		fetchSessionDateByUuidAndGroupId(String uuid, long groupId) {

		return _sessionDateLocalService.fetchSessionDateByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _sessionDateLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _sessionDateLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _sessionDateLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _sessionDateLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionDateLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the session date with the primary key.
	 *
	 * @param sessionDateId the primary key of the session date
	 * @return the session date
	 * @throws PortalException if a session date with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionDate getSessionDate(
			long sessionDateId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionDateLocalService.getSessionDate(sessionDateId);
	}

	/**
	 * Returns the session date matching the UUID and group.
	 *
	 * @param uuid the session date's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session date
	 * @throws PortalException if a matching session date could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionDate
			getSessionDateByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionDateLocalService.getSessionDateByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Returns a range of all the session dates.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionDateModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @return the range of session dates
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionDate>
		getSessionDates(int start, int end) {

		return _sessionDateLocalService.getSessionDates(start, end);
	}

	/**
	 * Returns all the session dates matching the UUID and company.
	 *
	 * @param uuid the UUID of the session dates
	 * @param companyId the primary key of the company
	 * @return the matching session dates, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionDate>
		getSessionDatesByUuidAndCompanyId(String uuid, long companyId) {

		return _sessionDateLocalService.getSessionDatesByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of session dates matching the UUID and company.
	 *
	 * @param uuid the UUID of the session dates
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of session dates
	 * @param end the upper bound of the range of session dates (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching session dates, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionDate>
		getSessionDatesByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.SessionDate> orderByComparator) {

		return _sessionDateLocalService.getSessionDatesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of session dates.
	 *
	 * @return the number of session dates
	 */
	@Override
	public int getSessionDatesCount() {
		return _sessionDateLocalService.getSessionDatesCount();
	}

	/**
	 * Updates the session date in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionDateLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionDate the session date
	 * @return the session date that was updated
	 */
	@Override
	public se.livsviktig.training.model.SessionDate updateSessionDate(
		se.livsviktig.training.model.SessionDate sessionDate) {

		return _sessionDateLocalService.updateSessionDate(sessionDate);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _sessionDateLocalService.getBasePersistence();
	}

	@Override
	public SessionDateLocalService getWrappedService() {
		return _sessionDateLocalService;
	}

	@Override
	public void setWrappedService(
		SessionDateLocalService sessionDateLocalService) {

		_sessionDateLocalService = sessionDateLocalService;
	}

	private SessionDateLocalService _sessionDateLocalService;

}