/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyAccessTokenLocalService}.
 *
 * @author Livsviktig
 * @see SurveyAccessTokenLocalService
 * @generated
 */
public class SurveyAccessTokenLocalServiceWrapper
	implements ServiceWrapper<SurveyAccessTokenLocalService>,
			   SurveyAccessTokenLocalService {

	public SurveyAccessTokenLocalServiceWrapper() {
		this(null);
	}

	public SurveyAccessTokenLocalServiceWrapper(
		SurveyAccessTokenLocalService surveyAccessTokenLocalService) {

		_surveyAccessTokenLocalService = surveyAccessTokenLocalService;
	}

	/**
	 * Adds the survey access token to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAccessTokenLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAccessToken the survey access token
	 * @return the survey access token that was added
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAccessToken addSurveyAccessToken(
		se.livsviktig.survey.model.SurveyAccessToken surveyAccessToken) {

		return _surveyAccessTokenLocalService.addSurveyAccessToken(
			surveyAccessToken);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAccessTokenLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new survey access token with the primary key. Does not add the survey access token to the database.
	 *
	 * @param surveyAccessTokenId the primary key for the new survey access token
	 * @return the new survey access token
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAccessToken createSurveyAccessToken(
		long surveyAccessTokenId) {

		return _surveyAccessTokenLocalService.createSurveyAccessToken(
			surveyAccessTokenId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAccessTokenLocalService.deletePersistedModel(
			persistedModel);
	}

	/**
	 * Deletes the survey access token with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAccessTokenLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token that was removed
	 * @throws PortalException if a survey access token with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAccessToken deleteSurveyAccessToken(
			long surveyAccessTokenId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAccessTokenLocalService.deleteSurveyAccessToken(
			surveyAccessTokenId);
	}

	/**
	 * Deletes the survey access token from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAccessTokenLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAccessToken the survey access token
	 * @return the survey access token that was removed
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAccessToken deleteSurveyAccessToken(
		se.livsviktig.survey.model.SurveyAccessToken surveyAccessToken) {

		return _surveyAccessTokenLocalService.deleteSurveyAccessToken(
			surveyAccessToken);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyAccessTokenLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyAccessTokenLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyAccessTokenLocalService.dynamicQuery();
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

		return _surveyAccessTokenLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyAccessTokenModelImpl</code>.
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

		return _surveyAccessTokenLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyAccessTokenModelImpl</code>.
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

		return _surveyAccessTokenLocalService.dynamicQuery(
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

		return _surveyAccessTokenLocalService.dynamicQueryCount(dynamicQuery);
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

		return _surveyAccessTokenLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.SurveyAccessToken fetchSurveyAccessToken(
		long surveyAccessTokenId) {

		return _surveyAccessTokenLocalService.fetchSurveyAccessToken(
			surveyAccessTokenId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyAccessTokenLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyAccessTokenLocalService.
			getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyAccessTokenLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAccessTokenLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the survey access token with the primary key.
	 *
	 * @param surveyAccessTokenId the primary key of the survey access token
	 * @return the survey access token
	 * @throws PortalException if a survey access token with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAccessToken getSurveyAccessToken(
			long surveyAccessTokenId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyAccessTokenLocalService.getSurveyAccessToken(
			surveyAccessTokenId);
	}

	/**
	 * Returns a range of all the survey access tokens.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyAccessTokenModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey access tokens
	 * @param end the upper bound of the range of survey access tokens (not inclusive)
	 * @return the range of survey access tokens
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyAccessToken>
		getSurveyAccessTokens(int start, int end) {

		return _surveyAccessTokenLocalService.getSurveyAccessTokens(start, end);
	}

	/**
	 * Returns the number of survey access tokens.
	 *
	 * @return the number of survey access tokens
	 */
	@Override
	public int getSurveyAccessTokensCount() {
		return _surveyAccessTokenLocalService.getSurveyAccessTokensCount();
	}

	/**
	 * Updates the survey access token in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyAccessTokenLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyAccessToken the survey access token
	 * @return the survey access token that was updated
	 */
	@Override
	public se.livsviktig.survey.model.SurveyAccessToken updateSurveyAccessToken(
		se.livsviktig.survey.model.SurveyAccessToken surveyAccessToken) {

		return _surveyAccessTokenLocalService.updateSurveyAccessToken(
			surveyAccessToken);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyAccessTokenLocalService.getBasePersistence();
	}

	@Override
	public SurveyAccessTokenLocalService getWrappedService() {
		return _surveyAccessTokenLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyAccessTokenLocalService surveyAccessTokenLocalService) {

		_surveyAccessTokenLocalService = surveyAccessTokenLocalService;
	}

	private SurveyAccessTokenLocalService _surveyAccessTokenLocalService;

}