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

import se.livsviktig.survey.model.Survey;

/**
 * Provides the local service utility for Survey. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SurveyLocalService
 * @generated
 */
public class SurveyLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static Survey addSurvey(
			long userId, long groupId, Map<java.util.Locale, String> titleMap,
			Map<java.util.Locale, String> descriptionMap, int kind,
			boolean anonymous,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSurvey(
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
	public static Survey addSurvey(Survey survey) {
		return getService().addSurvey(survey);
	}

	/**
	 * A new draft with the survey's texts, kind, anonymity and a copy of each question in its place: the way to
	 * change a survey that has responses.
	 */
	public static Survey copySurvey(
			long userId, long surveyId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().copySurvey(userId, surveyId, serviceContext);
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
	 * Creates a new survey with the primary key. Does not add the survey to the database.
	 *
	 * @param surveyId the primary key for the new survey
	 * @return the new survey
	 */
	public static Survey createSurvey(long surveyId) {
		return getService().createSurvey(surveyId);
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
	public static Survey deleteSurvey(long surveyId) throws PortalException {
		return getService().deleteSurvey(surveyId);
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
	public static Survey deleteSurvey(Survey survey) throws PortalException {
		return getService().deleteSurvey(survey);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyModelImpl</code>.
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

	public static Survey fetchSurvey(long surveyId) {
		return getService().fetchSurvey(surveyId);
	}

	/**
	 * Returns the survey matching the UUID and group.
	 *
	 * @param uuid the survey's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey, or <code>null</code> if a matching survey could not be found
	 */
	public static Survey fetchSurveyByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchSurveyByUuidAndGroupId(uuid, groupId);
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

	public static List<Survey> getGroupSurveys(
		long groupId, int start, int end) {

		return getService().getGroupSurveys(groupId, start, end);
	}

	public static int getGroupSurveysCount(long groupId) {
		return getService().getGroupSurveysCount(groupId);
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
	 * Returns the survey with the primary key.
	 *
	 * @param surveyId the primary key of the survey
	 * @return the survey
	 * @throws PortalException if a survey with the primary key could not be found
	 */
	public static Survey getSurvey(long surveyId) throws PortalException {
		return getService().getSurvey(surveyId);
	}

	/**
	 * Returns the survey matching the UUID and group.
	 *
	 * @param uuid the survey's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey
	 * @throws PortalException if a matching survey could not be found
	 */
	public static Survey getSurveyByUuidAndGroupId(String uuid, long groupId)
		throws PortalException {

		return getService().getSurveyByUuidAndGroupId(uuid, groupId);
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
	public static List<Survey> getSurveys(int start, int end) {
		return getService().getSurveys(start, end);
	}

	/**
	 * Returns all the surveys matching the UUID and company.
	 *
	 * @param uuid the UUID of the surveys
	 * @param companyId the primary key of the company
	 * @return the matching surveys, or an empty list if no matches were found
	 */
	public static List<Survey> getSurveysByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getSurveysByUuidAndCompanyId(uuid, companyId);
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
	public static List<Survey> getSurveysByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Survey> orderByComparator) {

		return getService().getSurveysByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of surveys.
	 *
	 * @return the number of surveys
	 */
	public static int getSurveysCount() {
		return getService().getSurveysCount();
	}

	/**
	 * @return whether the survey has a response, so its questions and anonymity can no longer change
	 */
	public static boolean isLocked(long surveyId) {
		return getService().isLocked(surveyId);
	}

	/**
	 * Texts and status may change at any time; anonymity only until the first response, since the responses given
	 * were given under the promise the survey made.
	 */
	public static Survey updateSurvey(
			long surveyId, Map<java.util.Locale, String> titleMap,
			Map<java.util.Locale, String> descriptionMap, boolean anonymous,
			int status)
		throws PortalException {

		return getService().updateSurvey(
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
	public static Survey updateSurvey(Survey survey) {
		return getService().updateSurvey(survey);
	}

	public static SurveyLocalService getService() {
		return _service;
	}

	public static void setService(SurveyLocalService service) {
		_service = service;
	}

	private static volatile SurveyLocalService _service;

}