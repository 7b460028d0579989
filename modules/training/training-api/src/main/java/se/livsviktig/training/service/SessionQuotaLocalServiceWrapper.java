/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SessionQuotaLocalService}.
 *
 * @author Livsviktig
 * @see SessionQuotaLocalService
 * @generated
 */
public class SessionQuotaLocalServiceWrapper
	implements ServiceWrapper<SessionQuotaLocalService>,
			   SessionQuotaLocalService {

	public SessionQuotaLocalServiceWrapper() {
		this(null);
	}

	public SessionQuotaLocalServiceWrapper(
		SessionQuotaLocalService sessionQuotaLocalService) {

		_sessionQuotaLocalService = sessionQuotaLocalService;
	}

	/**
	 * Adds the session quota to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionQuotaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionQuota the session quota
	 * @return the session quota that was added
	 */
	@Override
	public se.livsviktig.training.model.SessionQuota addSessionQuota(
		se.livsviktig.training.model.SessionQuota sessionQuota) {

		return _sessionQuotaLocalService.addSessionQuota(sessionQuota);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionQuotaLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new session quota with the primary key. Does not add the session quota to the database.
	 *
	 * @param sessionQuotaId the primary key for the new session quota
	 * @return the new session quota
	 */
	@Override
	public se.livsviktig.training.model.SessionQuota createSessionQuota(
		long sessionQuotaId) {

		return _sessionQuotaLocalService.createSessionQuota(sessionQuotaId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionQuotaLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the session quota with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionQuotaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota that was removed
	 * @throws PortalException if a session quota with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionQuota deleteSessionQuota(
			long sessionQuotaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionQuotaLocalService.deleteSessionQuota(sessionQuotaId);
	}

	/**
	 * Deletes the session quota from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionQuotaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionQuota the session quota
	 * @return the session quota that was removed
	 */
	@Override
	public se.livsviktig.training.model.SessionQuota deleteSessionQuota(
		se.livsviktig.training.model.SessionQuota sessionQuota) {

		return _sessionQuotaLocalService.deleteSessionQuota(sessionQuota);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _sessionQuotaLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _sessionQuotaLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _sessionQuotaLocalService.dynamicQuery();
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

		return _sessionQuotaLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionQuotaModelImpl</code>.
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

		return _sessionQuotaLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionQuotaModelImpl</code>.
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

		return _sessionQuotaLocalService.dynamicQuery(
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

		return _sessionQuotaLocalService.dynamicQueryCount(dynamicQuery);
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

		return _sessionQuotaLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.SessionQuota fetchSessionQuota(
		long sessionQuotaId) {

		return _sessionQuotaLocalService.fetchSessionQuota(sessionQuotaId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _sessionQuotaLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _sessionQuotaLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _sessionQuotaLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionQuotaLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the session quota with the primary key.
	 *
	 * @param sessionQuotaId the primary key of the session quota
	 * @return the session quota
	 * @throws PortalException if a session quota with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionQuota getSessionQuota(
			long sessionQuotaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionQuotaLocalService.getSessionQuota(sessionQuotaId);
	}

	/**
	 * Returns a range of all the session quotas.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionQuotaModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session quotas
	 * @param end the upper bound of the range of session quotas (not inclusive)
	 * @return the range of session quotas
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionQuota>
		getSessionQuotas(int start, int end) {

		return _sessionQuotaLocalService.getSessionQuotas(start, end);
	}

	/**
	 * Returns the number of session quotas.
	 *
	 * @return the number of session quotas
	 */
	@Override
	public int getSessionQuotasCount() {
		return _sessionQuotaLocalService.getSessionQuotasCount();
	}

	/**
	 * Updates the session quota in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionQuotaLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionQuota the session quota
	 * @return the session quota that was updated
	 */
	@Override
	public se.livsviktig.training.model.SessionQuota updateSessionQuota(
		se.livsviktig.training.model.SessionQuota sessionQuota) {

		return _sessionQuotaLocalService.updateSessionQuota(sessionQuota);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _sessionQuotaLocalService.getBasePersistence();
	}

	@Override
	public SessionQuotaLocalService getWrappedService() {
		return _sessionQuotaLocalService;
	}

	@Override
	public void setWrappedService(
		SessionQuotaLocalService sessionQuotaLocalService) {

		_sessionQuotaLocalService = sessionQuotaLocalService;
	}

	private SessionQuotaLocalService _sessionQuotaLocalService;

}