/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyResponseLocalService}.
 *
 * @author Livsviktig
 * @see SurveyResponseLocalService
 * @generated
 */
public class SurveyResponseLocalServiceWrapper
	implements ServiceWrapper<SurveyResponseLocalService>,
			   SurveyResponseLocalService {

	public SurveyResponseLocalServiceWrapper() {
		this(null);
	}

	public SurveyResponseLocalServiceWrapper(
		SurveyResponseLocalService surveyResponseLocalService) {

		_surveyResponseLocalService = surveyResponseLocalService;
	}

	@Override
	public void addInvitationResponse(
			long surveyInvitationId, java.util.Map<Long, String[]> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		_surveyResponseLocalService.addInvitationResponse(
			surveyInvitationId, answers);
	}

	@Override
	public void addResponse(String token, java.util.Map<Long, String[]> answers)
		throws com.liferay.portal.kernel.exception.PortalException {

		_surveyResponseLocalService.addResponse(token, answers);
	}

	/**
	 * Adds the survey response to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyResponse the survey response
	 * @return the survey response that was added
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResponse addSurveyResponse(
		se.livsviktig.survey.model.SurveyResponse surveyResponse) {

		return _surveyResponseLocalService.addSurveyResponse(surveyResponse);
	}

	/**
	 * The retention job's step for one company, by its own settings, in a
	 * transaction of its own (the job runs each company apart, so one
	 * company's failure keeps no other from its retention).
	 *
	 * @return the free-text answers deleted and responses that lost their person
	 */
	@Override
	public int applyRetention(long companyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.applyRetention(companyId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new survey response with the primary key. Does not add the survey response to the database.
	 *
	 * @param surveyResponseId the primary key for the new survey response
	 * @return the new survey response
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResponse createSurveyResponse(
		long surveyResponseId) {

		return _surveyResponseLocalService.createSurveyResponse(
			surveyResponseId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the survey response with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response that was removed
	 * @throws PortalException if a survey response with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResponse deleteSurveyResponse(
			long surveyResponseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.deleteSurveyResponse(
			surveyResponseId);
	}

	/**
	 * Deletes the survey response from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyResponse the survey response
	 * @return the survey response that was removed
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResponse deleteSurveyResponse(
		se.livsviktig.survey.model.SurveyResponse surveyResponse) {

		return _surveyResponseLocalService.deleteSurveyResponse(surveyResponse);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyResponseLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyResponseLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyResponseLocalService.dynamicQuery();
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

		return _surveyResponseLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyResponseModelImpl</code>.
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

		return _surveyResponseLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyResponseModelImpl</code>.
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

		return _surveyResponseLocalService.dynamicQuery(
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

		return _surveyResponseLocalService.dynamicQueryCount(dynamicQuery);
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

		return _surveyResponseLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.SurveyResponse fetchSurveyResponse(
		long surveyResponseId) {

		return _surveyResponseLocalService.fetchSurveyResponse(
			surveyResponseId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyResponseLocalService.getActionableDynamicQuery();
	}

	@Override
	public se.livsviktig.survey.model.SurveyAnswerForm getAnswerForm(
			String token)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.getAnswerForm(token);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyResponseLocalService.getIndexableActionableDynamicQuery();
	}

	@Override
	public se.livsviktig.survey.model.SurveyAnswerForm getInvitationAnswerForm(
			long surveyInvitationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.getInvitationAnswerForm(
			surveyInvitationId);
	}

	/**
	 * @return the user's sent invitations that can still be answered
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyInvitation>
		getOpenInvitations(long userId) {

		return _surveyResponseLocalService.getOpenInvitations(userId);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyResponseLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the survey response with the primary key.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response
	 * @throws PortalException if a survey response with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResponse getSurveyResponse(
			long surveyResponseId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyResponseLocalService.getSurveyResponse(surveyResponseId);
	}

	/**
	 * Returns a range of all the survey responses.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyResponseModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey responses
	 * @param end the upper bound of the range of survey responses (not inclusive)
	 * @return the range of survey responses
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyResponse>
		getSurveyResponses(int start, int end) {

		return _surveyResponseLocalService.getSurveyResponses(start, end);
	}

	/**
	 * Returns the number of survey responses.
	 *
	 * @return the number of survey responses
	 */
	@Override
	public int getSurveyResponsesCount() {
		return _surveyResponseLocalService.getSurveyResponsesCount();
	}

	/**
	 * The invitation is no longer answered or reminded of, and its links stop working.
	 */
	@Override
	public void optOut(String token)
		throws com.liferay.portal.kernel.exception.PortalException {

		_surveyResponseLocalService.optOut(token);
	}

	/**
	 * Updates the survey response in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyResponseLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyResponse the survey response
	 * @return the survey response that was updated
	 */
	@Override
	public se.livsviktig.survey.model.SurveyResponse updateSurveyResponse(
		se.livsviktig.survey.model.SurveyResponse surveyResponse) {

		return _surveyResponseLocalService.updateSurveyResponse(surveyResponse);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyResponseLocalService.getBasePersistence();
	}

	@Override
	public SurveyResponseLocalService getWrappedService() {
		return _surveyResponseLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyResponseLocalService surveyResponseLocalService) {

		_surveyResponseLocalService = surveyResponseLocalService;
	}

	private SurveyResponseLocalService _surveyResponseLocalService;

}