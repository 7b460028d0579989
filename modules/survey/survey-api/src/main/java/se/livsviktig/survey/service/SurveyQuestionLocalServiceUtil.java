/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;
import java.util.Map;

import se.livsviktig.survey.model.SurveyQuestion;

/**
 * Provides the local service utility for SurveyQuestion. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyQuestionLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SurveyQuestionLocalService
 * @generated
 */
public class SurveyQuestionLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyQuestionLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The new question goes last.
	 */
	public static SurveyQuestion addSurveyQuestion(
			long surveyId, int questionType,
			Map<java.util.Locale, String> textMap,
			Map<java.util.Locale, String> lowLabelMap,
			Map<java.util.Locale, String> highLabelMap,
			Map<java.util.Locale, String> optionsMap, boolean required,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSurveyQuestion(
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
	public static SurveyQuestion addSurveyQuestion(
		SurveyQuestion surveyQuestion) {

		return getService().addSurveyQuestion(surveyQuestion);
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
	 * Creates a new survey question with the primary key. Does not add the survey question to the database.
	 *
	 * @param surveyQuestionId the primary key for the new survey question
	 * @return the new survey question
	 */
	public static SurveyQuestion createSurveyQuestion(long surveyQuestionId) {
		return getService().createSurveyQuestion(surveyQuestionId);
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
	public static SurveyQuestion deleteSurveyQuestion(long surveyQuestionId)
		throws PortalException {

		return getService().deleteSurveyQuestion(surveyQuestionId);
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
	public static SurveyQuestion deleteSurveyQuestion(
			SurveyQuestion surveyQuestion)
		throws PortalException {

		return getService().deleteSurveyQuestion(surveyQuestion);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyQuestionModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyQuestionModelImpl</code>.
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

	public static SurveyQuestion fetchSurveyQuestion(long surveyQuestionId) {
		return getService().fetchSurveyQuestion(surveyQuestionId);
	}

	/**
	 * Returns the survey question matching the UUID and group.
	 *
	 * @param uuid the survey question's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey question, or <code>null</code> if a matching survey question could not be found
	 */
	public static SurveyQuestion fetchSurveyQuestionByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchSurveyQuestionByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
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
	 * Returns the survey question with the primary key.
	 *
	 * @param surveyQuestionId the primary key of the survey question
	 * @return the survey question
	 * @throws PortalException if a survey question with the primary key could not be found
	 */
	public static SurveyQuestion getSurveyQuestion(long surveyQuestionId)
		throws PortalException {

		return getService().getSurveyQuestion(surveyQuestionId);
	}

	/**
	 * Returns the survey question matching the UUID and group.
	 *
	 * @param uuid the survey question's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey question
	 * @throws PortalException if a matching survey question could not be found
	 */
	public static SurveyQuestion getSurveyQuestionByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getSurveyQuestionByUuidAndGroupId(uuid, groupId);
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
	public static List<SurveyQuestion> getSurveyQuestions(int start, int end) {
		return getService().getSurveyQuestions(start, end);
	}

	public static List<SurveyQuestion> getSurveyQuestions(long surveyId) {
		return getService().getSurveyQuestions(surveyId);
	}

	/**
	 * Returns all the survey questions matching the UUID and company.
	 *
	 * @param uuid the UUID of the survey questions
	 * @param companyId the primary key of the company
	 * @return the matching survey questions, or an empty list if no matches were found
	 */
	public static List<SurveyQuestion> getSurveyQuestionsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getSurveyQuestionsByUuidAndCompanyId(
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
	public static List<SurveyQuestion> getSurveyQuestionsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyQuestion> orderByComparator) {

		return getService().getSurveyQuestionsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of survey questions.
	 *
	 * @return the number of survey questions
	 */
	public static int getSurveyQuestionsCount() {
		return getService().getSurveyQuestionsCount();
	}

	/**
	 * Puts the question at the 0-based position; those between its old and new place shift by one.
	 */
	public static SurveyQuestion moveSurveyQuestion(
			long surveyQuestionId, int newPosition)
		throws PortalException {

		return getService().moveSurveyQuestion(surveyQuestionId, newPosition);
	}

	/**
	 * The type stays: answers of one type cannot be read as another. To ask differently, delete and add.
	 */
	public static SurveyQuestion updateSurveyQuestion(
			long surveyQuestionId, Map<java.util.Locale, String> textMap,
			Map<java.util.Locale, String> lowLabelMap,
			Map<java.util.Locale, String> highLabelMap,
			Map<java.util.Locale, String> optionsMap, boolean required)
		throws PortalException {

		return getService().updateSurveyQuestion(
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
	public static SurveyQuestion updateSurveyQuestion(
		SurveyQuestion surveyQuestion) {

		return getService().updateSurveyQuestion(surveyQuestion);
	}

	public static SurveyQuestionLocalService getService() {
		return _service;
	}

	public static void setService(SurveyQuestionLocalService service) {
		_service = service;
	}

	private static volatile SurveyQuestionLocalService _service;

}