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

import se.livsviktig.survey.model.SurveyResponse;

/**
 * Provides the local service utility for SurveyResponse. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyResponseLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SurveyResponseLocalService
 * @generated
 */
public class SurveyResponseLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyResponseLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */
	public static void addInvitationResponse(
			long surveyInvitationId, Map<Long, String[]> answers)
		throws PortalException {

		getService().addInvitationResponse(surveyInvitationId, answers);
	}

	public static void addResponse(String token, Map<Long, String[]> answers)
		throws PortalException {

		getService().addResponse(token, answers);
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
	public static SurveyResponse addSurveyResponse(
		SurveyResponse surveyResponse) {

		return getService().addSurveyResponse(surveyResponse);
	}

	/**
	 * The retention job's step for one company, by its own settings, in a
	 * transaction of its own (the job runs each company apart, so one
	 * company's failure keeps no other from its retention).
	 *
	 * @return the free-text answers deleted and responses that lost their person
	 */
	public static int applyRetention(long companyId) throws PortalException {
		return getService().applyRetention(companyId);
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
	 * Creates a new survey response with the primary key. Does not add the survey response to the database.
	 *
	 * @param surveyResponseId the primary key for the new survey response
	 * @return the new survey response
	 */
	public static SurveyResponse createSurveyResponse(long surveyResponseId) {
		return getService().createSurveyResponse(surveyResponseId);
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
	public static SurveyResponse deleteSurveyResponse(long surveyResponseId)
		throws PortalException {

		return getService().deleteSurveyResponse(surveyResponseId);
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
	public static SurveyResponse deleteSurveyResponse(
		SurveyResponse surveyResponse) {

		return getService().deleteSurveyResponse(surveyResponse);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyResponseModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyResponseModelImpl</code>.
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

	public static SurveyResponse fetchSurveyResponse(long surveyResponseId) {
		return getService().fetchSurveyResponse(surveyResponseId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static se.livsviktig.survey.model.SurveyAnswerForm getAnswerForm(
			String token)
		throws PortalException {

		return getService().getAnswerForm(token);
	}

	public static
		com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
			getIndexableActionableDynamicQuery() {

		return getService().getIndexableActionableDynamicQuery();
	}

	public static se.livsviktig.survey.model.SurveyAnswerForm
			getInvitationAnswerForm(long surveyInvitationId)
		throws PortalException {

		return getService().getInvitationAnswerForm(surveyInvitationId);
	}

	/**
	 * @return the user's sent invitations that can still be answered
	 */
	public static List<se.livsviktig.survey.model.SurveyInvitation>
		getOpenInvitations(long userId) {

		return getService().getOpenInvitations(userId);
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
	 * Returns the survey response with the primary key.
	 *
	 * @param surveyResponseId the primary key of the survey response
	 * @return the survey response
	 * @throws PortalException if a survey response with the primary key could not be found
	 */
	public static SurveyResponse getSurveyResponse(long surveyResponseId)
		throws PortalException {

		return getService().getSurveyResponse(surveyResponseId);
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
	public static List<SurveyResponse> getSurveyResponses(int start, int end) {
		return getService().getSurveyResponses(start, end);
	}

	/**
	 * Returns the number of survey responses.
	 *
	 * @return the number of survey responses
	 */
	public static int getSurveyResponsesCount() {
		return getService().getSurveyResponsesCount();
	}

	/**
	 * The invitation is no longer answered or reminded of, and its links stop working.
	 */
	public static void optOut(String token) throws PortalException {
		getService().optOut(token);
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
	public static SurveyResponse updateSurveyResponse(
		SurveyResponse surveyResponse) {

		return getService().updateSurveyResponse(surveyResponse);
	}

	public static SurveyResponseLocalService getService() {
		return _service;
	}

	public static void setService(SurveyResponseLocalService service) {
		_service = service;
	}

	private static volatile SurveyResponseLocalService _service;

}