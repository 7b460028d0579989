/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyLocalService}.
 *
 * @author Livsviktig
 * @see SurveyLocalService
 * @generated
 */
public class SurveyLocalServiceWrapper
	implements ServiceWrapper<SurveyLocalService>, SurveyLocalService {

	public SurveyLocalServiceWrapper() {
		this(null);
	}

	public SurveyLocalServiceWrapper(SurveyLocalService surveyLocalService) {
		_surveyLocalService = surveyLocalService;
	}

	@Override
	public se.livsviktig.survey.model.Survey addSurvey(
			long userId, long groupId,
			java.util.Map<java.util.Locale, String> titleMap,
			java.util.Map<java.util.Locale, String> descriptionMap, int kind,
			boolean anonymous,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.addSurvey(
			userId, groupId, titleMap, descriptionMap, kind, anonymous,
			serviceContext);
	}

	/**
	 * Adds the survey to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param survey the survey
	 * @return the survey that was added
	 */
	@Override
	public se.livsviktig.survey.model.Survey addSurvey(
		se.livsviktig.survey.model.Survey survey) {

		return _surveyLocalService.addSurvey(survey);
	}

	/**
	 * A new draft with the survey's texts, kind, anonymity and a copy of each question in its place: the way to
	 * change a survey that has responses.
	 */
	@Override
	public se.livsviktig.survey.model.Survey copySurvey(
			long userId, long surveyId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.copySurvey(userId, surveyId, serviceContext);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new survey with the primary key. Does not add the survey to the database.
	 *
	 * @param surveyId the primary key for the new survey
	 * @return the new survey
	 */
	@Override
	public se.livsviktig.survey.model.Survey createSurvey(long surveyId) {
		return _surveyLocalService.createSurvey(surveyId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.deletePersistedModel(persistedModel);
	}

	/**
	 * Deletes the survey with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey that was removed
	 * @throws PortalException if a survey with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.Survey deleteSurvey(long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.deleteSurvey(surveyId);
	}

	/**
	 * Deletes the survey from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param survey the survey
	 * @return the survey that was removed
	 * @throws PortalException
	 */
	@Override
	public se.livsviktig.survey.model.Survey deleteSurvey(
			se.livsviktig.survey.model.Survey survey)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.deleteSurvey(survey);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyLocalService.dynamicQuery();
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

		return _surveyLocalService.dynamicQuery(dynamicQuery);
	}

	/**
	 * Performs a dynamic query on the database and returns a range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyModelImpl</code>.
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

		return _surveyLocalService.dynamicQuery(dynamicQuery, start, end);
	}

	/**
	 * Performs a dynamic query on the database and returns an ordered range of the matching rows.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyModelImpl</code>.
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

		return _surveyLocalService.dynamicQuery(
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

		return _surveyLocalService.dynamicQueryCount(dynamicQuery);
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

		return _surveyLocalService.dynamicQueryCount(dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.Survey fetchSurvey(long surveyId) {
		return _surveyLocalService.fetchSurvey(surveyId);
	}

	/**
	 * Returns the survey matching the UUID and group.
	 *
	 * @param uuid the survey's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey, or <code>null</code> if a matching survey could not be found
	 */
	@Override
	public se.livsviktig.survey.model.Survey fetchSurveyByUuidAndGroupId(
		String uuid, long groupId) {

		return _surveyLocalService.fetchSurveyByUuidAndGroupId(uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyLocalService.getActionableDynamicQuery();
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _surveyLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public java.util.List<se.livsviktig.survey.model.Survey> getGroupSurveys(
		long groupId, int start, int end) {

		return _surveyLocalService.getGroupSurveys(groupId, start, end);
	}

	@Override
	public int getGroupSurveysCount(long groupId) {
		return _surveyLocalService.getGroupSurveysCount(groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the survey with the primary key.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey
	 * @throws PortalException if a survey with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.Survey getSurvey(long surveyId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.getSurvey(surveyId);
	}

	/**
	 * Returns the survey matching the UUID and group.
	 *
	 * @param uuid the survey's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey
	 * @throws PortalException if a matching survey could not be found
	 */
	@Override
	public se.livsviktig.survey.model.Survey getSurveyByUuidAndGroupId(
			String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.getSurveyByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the surveys.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @return the range of surveys
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.Survey> getSurveys(
		int start, int end) {

		return _surveyLocalService.getSurveys(start, end);
	}

	/**
	 * Returns all the surveys matching the UUID and company.
	 *
	 * @param uuid the UUID of the surveys
	 * @param companyId the primary key of the company
	 * @return the matching surveys, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.Survey>
		getSurveysByUuidAndCompanyId(String uuid, long companyId) {

		return _surveyLocalService.getSurveysByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of surveys matching the UUID and company.
	 *
	 * @param uuid the UUID of the surveys
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of surveys
	 * @param end the upper bound of the range of surveys (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching surveys, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.Survey>
		getSurveysByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.survey.model.Survey> orderByComparator) {

		return _surveyLocalService.getSurveysByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of surveys.
	 *
	 * @return the number of surveys
	 */
	@Override
	public int getSurveysCount() {
		return _surveyLocalService.getSurveysCount();
	}

	/**
	 * @return whether the survey has a response, so its questions and anonymity can no longer change
	 */
	@Override
	public boolean isLocked(long surveyId) {
		return _surveyLocalService.isLocked(surveyId);
	}

	/**
	 * Texts and status may change at any time; anonymity only until the first response, since the responses given
	 * were given under the promise the survey made.
	 */
	@Override
	public se.livsviktig.survey.model.Survey updateSurvey(
			long surveyId, java.util.Map<java.util.Locale, String> titleMap,
			java.util.Map<java.util.Locale, String> descriptionMap,
			boolean anonymous, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyLocalService.updateSurvey(
			surveyId, titleMap, descriptionMap, anonymous, status);
	}

	/**
	 * Updates the survey in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param survey the survey
	 * @return the survey that was updated
	 */
	@Override
	public se.livsviktig.survey.model.Survey updateSurvey(
		se.livsviktig.survey.model.Survey survey) {

		return _surveyLocalService.updateSurvey(survey);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyLocalService.getBasePersistence();
	}

	@Override
	public SurveyLocalService getWrappedService() {
		return _surveyLocalService;
	}

	@Override
	public void setWrappedService(SurveyLocalService surveyLocalService) {
		_surveyLocalService = surveyLocalService;
	}

	private SurveyLocalService _surveyLocalService;

}