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

import se.livsviktig.survey.model.SurveyDispatchSession;

/**
 * Provides the local service utility for SurveyDispatchSession. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyDispatchSessionLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SurveyDispatchSessionLocalService
 * @generated
 */
public class SurveyDispatchSessionLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyDispatchSessionLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

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
	public static SurveyDispatchSession addSurveyDispatchSession(
		SurveyDispatchSession surveyDispatchSession) {

		return getService().addSurveyDispatchSession(surveyDispatchSession);
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
	 * Creates a new survey dispatch session with the primary key. Does not add the survey dispatch session to the database.
	 *
	 * @param surveyDispatchSessionId the primary key for the new survey dispatch session
	 * @return the new survey dispatch session
	 */
	public static SurveyDispatchSession createSurveyDispatchSession(
		long surveyDispatchSessionId) {

		return getService().createSurveyDispatchSession(
			surveyDispatchSessionId);
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
	public static SurveyDispatchSession deleteSurveyDispatchSession(
			long surveyDispatchSessionId)
		throws PortalException {

		return getService().deleteSurveyDispatchSession(
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
	public static SurveyDispatchSession deleteSurveyDispatchSession(
		SurveyDispatchSession surveyDispatchSession) {

		return getService().deleteSurveyDispatchSession(surveyDispatchSession);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchSessionModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchSessionModelImpl</code>.
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

	public static SurveyDispatchSession fetchSurveyDispatchSession(
		long surveyDispatchSessionId) {

		return getService().fetchSurveyDispatchSession(surveyDispatchSessionId);
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
	 * Returns the survey dispatch session with the primary key.
	 *
	 * @param surveyDispatchSessionId the primary key of the survey dispatch session
	 * @return the survey dispatch session
	 * @throws PortalException if a survey dispatch session with the primary key could not be found
	 */
	public static SurveyDispatchSession getSurveyDispatchSession(
			long surveyDispatchSessionId)
		throws PortalException {

		return getService().getSurveyDispatchSession(surveyDispatchSessionId);
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
	public static List<SurveyDispatchSession> getSurveyDispatchSessions(
		int start, int end) {

		return getService().getSurveyDispatchSessions(start, end);
	}

	/**
	 * Returns the number of survey dispatch sessions.
	 *
	 * @return the number of survey dispatch sessions
	 */
	public static int getSurveyDispatchSessionsCount() {
		return getService().getSurveyDispatchSessionsCount();
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
	public static SurveyDispatchSession updateSurveyDispatchSession(
		SurveyDispatchSession surveyDispatchSession) {

		return getService().updateSurveyDispatchSession(surveyDispatchSession);
	}

	public static SurveyDispatchSessionLocalService getService() {
		return _service;
	}

	public static void setService(SurveyDispatchSessionLocalService service) {
		_service = service;
	}

	private static volatile SurveyDispatchSessionLocalService _service;

}