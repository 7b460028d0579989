/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SessionAudienceLocalService}.
 *
 * @author Livsviktig
 * @see SessionAudienceLocalService
 * @generated
 */
public class SessionAudienceLocalServiceWrapper
	implements ServiceWrapper<SessionAudienceLocalService>,
			   SessionAudienceLocalService {

	public SessionAudienceLocalServiceWrapper() {
		this(null);
	}

	public SessionAudienceLocalServiceWrapper(
		SessionAudienceLocalService sessionAudienceLocalService) {

		_sessionAudienceLocalService = sessionAudienceLocalService;
	}

	/**
	 * Adds the session audience to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionAudienceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionAudience the session audience
	 * @return the session audience that was added
	 */
	@Override
	public se.livsviktig.training.model.SessionAudience addSessionAudience(
		se.livsviktig.training.model.SessionAudience sessionAudience) {

		return _sessionAudienceLocalService.addSessionAudience(sessionAudience);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionAudienceLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new session audience with the primary key. Does not add the session audience to the database.
	 *
	 * @param sessionAudienceId the primary key for the new session audience
	 * @return the new session audience
	 */
	@Override
	public se.livsviktig.training.model.SessionAudience createSessionAudience(
		long sessionAudienceId) {

		return _sessionAudienceLocalService.createSessionAudience(
			sessionAudienceId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionAudienceLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the session audience with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionAudienceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience that was removed
	 * @throws PortalException if a session audience with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionAudience deleteSessionAudience(
			long sessionAudienceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionAudienceLocalService.deleteSessionAudience(
			sessionAudienceId);
	}

	/**
	 * Deletes the session audience from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionAudienceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionAudience the session audience
	 * @return the session audience that was removed
	 */
	@Override
	public se.livsviktig.training.model.SessionAudience deleteSessionAudience(
		se.livsviktig.training.model.SessionAudience sessionAudience) {

		return _sessionAudienceLocalService.deleteSessionAudience(
			sessionAudience);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _sessionAudienceLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _sessionAudienceLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _sessionAudienceLocalService.dynamicQuery();
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

		return _sessionAudienceLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionAudienceModelImpl</code>.
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

		return _sessionAudienceLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionAudienceModelImpl</code>.
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

		return _sessionAudienceLocalService.dynamicQuery(
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

		return _sessionAudienceLocalService.dynamicQueryCount(dynamicQuery);
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

		return _sessionAudienceLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.SessionAudience fetchSessionAudience(
		long sessionAudienceId) {

		return _sessionAudienceLocalService.fetchSessionAudience(
			sessionAudienceId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _sessionAudienceLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _sessionAudienceLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _sessionAudienceLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionAudienceLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the session audience with the primary key.
	 *
	 * @param sessionAudienceId the primary key of the session audience
	 * @return the session audience
	 * @throws PortalException if a session audience with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionAudience getSessionAudience(
			long sessionAudienceId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionAudienceLocalService.getSessionAudience(
			sessionAudienceId);
	}

	/**
	 * Returns a range of all the session audiences.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionAudienceModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session audiences
	 * @param end the upper bound of the range of session audiences (not inclusive)
	 * @return the range of session audiences
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionAudience>
		getSessionAudiences(int start, int end) {

		return _sessionAudienceLocalService.getSessionAudiences(start, end);
	}

	/**
	 * Returns the number of session audiences.
	 *
	 * @return the number of session audiences
	 */
	@Override
	public int getSessionAudiencesCount() {
		return _sessionAudienceLocalService.getSessionAudiencesCount();
	}

	/**
	 * Updates the session audience in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionAudienceLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionAudience the session audience
	 * @return the session audience that was updated
	 */
	@Override
	public se.livsviktig.training.model.SessionAudience updateSessionAudience(
		se.livsviktig.training.model.SessionAudience sessionAudience) {

		return _sessionAudienceLocalService.updateSessionAudience(
			sessionAudience);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _sessionAudienceLocalService.getBasePersistence();
	}

	@Override
	public SessionAudienceLocalService getWrappedService() {
		return _sessionAudienceLocalService;
	}

	@Override
	public void setWrappedService(
		SessionAudienceLocalService sessionAudienceLocalService) {

		_sessionAudienceLocalService = sessionAudienceLocalService;
	}

	private SessionAudienceLocalService _sessionAudienceLocalService;

}