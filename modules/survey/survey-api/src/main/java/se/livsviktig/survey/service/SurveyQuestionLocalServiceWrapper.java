/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyQuestionLocalService}.
 *
 * @author Livsviktig
 * @see SurveyQuestionLocalService
 * @generated
 */
public class SurveyQuestionLocalServiceWrapper
	implements ServiceWrapper<SurveyQuestionLocalService>,
			   SurveyQuestionLocalService {

	public SurveyQuestionLocalServiceWrapper() {
		this(null);
	}

	public SurveyQuestionLocalServiceWrapper(
		SurveyQuestionLocalService surveyQuestionLocalService) {

		_surveyQuestionLocalService = surveyQuestionLocalService;
	}

	/**
	 * The new question goes last.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion addSurveyQuestion(
			long surveyId, int questionType,
			java.util.Map<java.util.Locale, String> textMap,
			java.util.Map<java.util.Locale, String> lowLabelMap,
			java.util.Map<java.util.Locale, String> highLabelMap,
			java.util.Map<java.util.Locale, String> optionsMap,
			boolean required,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.addSurveyQuestion(
			surveyId, questionType, textMap, lowLabelMap, highLabelMap,
			optionsMap, required, serviceContext);
	}

	/**
	 * Adds the survey question to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyQuestionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyQuestion the survey question
	 * @return the survey question that was added
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion addSurveyQuestion(
		se.livsviktig.survey.model.SurveyQuestion surveyQuestion) {

		return _surveyQuestionLocalService.addSurveyQuestion(surveyQuestion);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new survey question with the primary key. Does not add the survey question to the database.
	 *
	 * @param surveyQuestionId the primary key for the new survey question
	 * @return the new survey question
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion createSurveyQuestion(
		long surveyQuestionId) {

		return _surveyQuestionLocalService.createSurveyQuestion(
			surveyQuestionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the survey question with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyQuestionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question that was removed
	 * @throws PortalException if a survey question with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion deleteSurveyQuestion(
			long surveyQuestionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.deleteSurveyQuestion(
			surveyQuestionId);
	}

	/**
	 * Deletes the survey question from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyQuestionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyQuestion the survey question
	 * @return the survey question that was removed
	 * @throws PortalException
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion deleteSurveyQuestion(
			se.livsviktig.survey.model.SurveyQuestion surveyQuestion)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.deleteSurveyQuestion(surveyQuestion);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyQuestionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyQuestionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyQuestionLocalService.dynamicQuery();
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

		return _surveyQuestionLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyQuestionModelImpl</code>.
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

		return _surveyQuestionLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyQuestionModelImpl</code>.
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

		return _surveyQuestionLocalService.dynamicQuery(
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

		return _surveyQuestionLocalService.dynamicQueryCount(dynamicQuery);
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

		return _surveyQuestionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.SurveyQuestion fetchSurveyQuestion(
		long surveyQuestionId) {

		return _surveyQuestionLocalService.fetchSurveyQuestion(
			surveyQuestionId);
	}

	/**
	 * Returns the survey question matching the UUID and group.
	 *
	 * @param uuid the survey question's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion
		fetchSurveyQuestionByUuidAndGroupId(String uuid, long groupId) {

		return _surveyQuestionLocalService.fetchSurveyQuestionByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyQuestionLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyQuestionLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyQuestionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the survey question with the primary key.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question
	 * @throws PortalException if a survey question with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion getSurveyQuestion(
			long surveyQuestionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.getSurveyQuestion(surveyQuestionId);
	}

	/**
	 * Returns the survey question matching the UUID and group.
	 *
	 * @param uuid the survey question's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey question
	 * @throws PortalException if a matching survey question could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion
			getSurveyQuestionByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.getSurveyQuestionByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * Returns a range of all the survey questions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyQuestionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @return the range of survey questions
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyQuestion>
		getSurveyQuestions(int start, int end) {

		return _surveyQuestionLocalService.getSurveyQuestions(start, end);
	}

	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyQuestion>
		getSurveyQuestions(long surveyId) {

		return _surveyQuestionLocalService.getSurveyQuestions(surveyId);
	}

	/**
	 * Returns all the survey questions matching the UUID and company.
	 *
	 * @param uuid the UUID of the survey questions
	 * @param companyId the primary key of the company
	 * @return the matching survey questions, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyQuestion>
		getSurveyQuestionsByUuidAndCompanyId(String uuid, long companyId) {

		return _surveyQuestionLocalService.getSurveyQuestionsByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of survey questions matching the UUID and company.
	 *
	 * @param uuid the UUID of the survey questions
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of survey questions
	 * @param end the upper bound of the range of survey questions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching survey questions, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyQuestion>
		getSurveyQuestionsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.survey.model.SurveyQuestion> orderByComparator) {

		return _surveyQuestionLocalService.getSurveyQuestionsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of survey questions.
	 *
	 * @return the number of survey questions
	 */
	@Override
	public int getSurveyQuestionsCount() {
		return _surveyQuestionLocalService.getSurveyQuestionsCount();
	}

	/**
	 * Puts the question at the 0-based position; those between its old and new place shift by one.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion moveSurveyQuestion(
			long surveyQuestionId, int newPosition)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.moveSurveyQuestion(
			surveyQuestionId, newPosition);
	}

	/**
	 * The type stays: answers of one type cannot be read as another. To ask differently, delete and add.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion updateSurveyQuestion(
			long surveyQuestionId,
			java.util.Map<java.util.Locale, String> textMap,
			java.util.Map<java.util.Locale, String> lowLabelMap,
			java.util.Map<java.util.Locale, String> highLabelMap,
			java.util.Map<java.util.Locale, String> optionsMap,
			boolean required)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyQuestionLocalService.updateSurveyQuestion(
			surveyQuestionId, textMap, lowLabelMap, highLabelMap, optionsMap,
			required);
	}

	/**
	 * Updates the survey question in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyQuestionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyQuestion the survey question
	 * @return the survey question that was updated
	 */
	@Override
	public se.livsviktig.survey.model.SurveyQuestion updateSurveyQuestion(
		se.livsviktig.survey.model.SurveyQuestion surveyQuestion) {

		return _surveyQuestionLocalService.updateSurveyQuestion(surveyQuestion);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyQuestionLocalService.getBasePersistence();
	}

	@Override
	public SurveyQuestionLocalService getWrappedService() {
		return _surveyQuestionLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyQuestionLocalService surveyQuestionLocalService) {

		_surveyQuestionLocalService = surveyQuestionLocalService;
	}

	private SurveyQuestionLocalService _surveyQuestionLocalService;

}