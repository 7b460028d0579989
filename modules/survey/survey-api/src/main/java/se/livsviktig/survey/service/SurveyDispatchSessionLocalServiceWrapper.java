/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyDispatchSessionLocalService}.
 *
 * @author Livsviktig
 * @see SurveyDispatchSessionLocalService
 * @generated
 */
public class SurveyDispatchSessionLocalServiceWrapper
	implements ServiceWrapper<SurveyDispatchSessionLocalService>,
			   SurveyDispatchSessionLocalService {

	public SurveyDispatchSessionLocalServiceWrapper() {
		this(null);
	}

	public SurveyDispatchSessionLocalServiceWrapper(
		SurveyDispatchSessionLocalService surveyDispatchSessionLocalService) {

		_surveyDispatchSessionLocalService = surveyDispatchSessionLocalService;
	}

	/**
	 * Adds the survey dispatch session to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatchSession the survey dispatch session
	 * @return the survey dispatch session that was added
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatchSession
		addSurveyDispatchSession(
			se.livsviktig.survey.model.SurveyDispatchSession
				surveyDispatchSession) {

		return _surveyDispatchSessionLocalService.addSurveyDispatchSession(
			surveyDispatchSession);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchSessionLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new survey dispatch session with the primary key. Does not add the survey dispatch session to the database.
	 *
	 * @param surveyDispatchSessionId the primary key for the new survey dispatch session
	 * @return the new survey dispatch session
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatchSession
		createSurveyDispatchSession(long surveyDispatchSessionId) {

		return _surveyDispatchSessionLocalService.createSurveyDispatchSession(
			surveyDispatchSessionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchSessionLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the survey dispatch session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session that was removed
	 * @throws PortalException if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatchSession
			deleteSurveyDispatchSession(long surveyDispatchSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchSessionLocalService.deleteSurveyDispatchSession(
			surveyDispatchSessionId);
	}

	/**
	 * Deletes the survey dispatch session from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatchSession the survey dispatch session
	 * @return the survey dispatch session that was removed
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatchSession
		deleteSurveyDispatchSession(
			se.livsviktig.survey.model.SurveyDispatchSession
				surveyDispatchSession) {

		return _surveyDispatchSessionLocalService.deleteSurveyDispatchSession(
			surveyDispatchSession);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyDispatchSessionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyDispatchSessionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyDispatchSessionLocalService.dynamicQuery();
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

		return _surveyDispatchSessionLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchSessionModelImpl</code>.
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

		return _surveyDispatchSessionLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchSessionModelImpl</code>.
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

		return _surveyDispatchSessionLocalService.dynamicQuery(
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

		return _surveyDispatchSessionLocalService.dynamicQueryCount(
			dynamicQuery);
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

		return _surveyDispatchSessionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.SurveyDispatchSession
		fetchSurveyDispatchSession(long surveyDispatchSessionId) {

		return _surveyDispatchSessionLocalService.fetchSurveyDispatchSession(
			surveyDispatchSessionId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyDispatchSessionLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyDispatchSessionLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyDispatchSessionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchSessionLocalService.getPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Returns the survey dispatch session with the primary key.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session
	 * @throws PortalException if a survey dispatch session with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatchSession
			getSurveyDispatchSession(long surveyDispatchSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchSessionLocalService.getSurveyDispatchSession(
			surveyDispatchSessionId);
	}

	/**
	 * Returns a range of all the survey dispatch sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatch sessions
	 * @param end the upper bound of the range of survey dispatch sessions (not inclusive)
	 * @return the range of survey dispatch sessions
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyDispatchSession>
		getSurveyDispatchSessions(int start, int end) {

		return _surveyDispatchSessionLocalService.getSurveyDispatchSessions(
			start, end);
	}

	/**
	 * Returns the number of survey dispatch sessions.
	 *
	 * @return the number of survey dispatch sessions
	 */
	@Override
	public int getSurveyDispatchSessionsCount() {
		return _surveyDispatchSessionLocalService.
			getSurveyDispatchSessionsCount();
	}

	/**
	 * Updates the survey dispatch session in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatchSession the survey dispatch session
	 * @return the survey dispatch session that was updated
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatchSession
		updateSurveyDispatchSession(
			se.livsviktig.survey.model.SurveyDispatchSession
				surveyDispatchSession) {

		return _surveyDispatchSessionLocalService.updateSurveyDispatchSession(
			surveyDispatchSession);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyDispatchSessionLocalService.getBasePersistence();
	}

	@Override
	public SurveyDispatchSessionLocalService getWrappedService() {
		return _surveyDispatchSessionLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyDispatchSessionLocalService surveyDispatchSessionLocalService) {

		_surveyDispatchSessionLocalService = surveyDispatchSessionLocalService;
	}

	private SurveyDispatchSessionLocalService
		_surveyDispatchSessionLocalService;

}