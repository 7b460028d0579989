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

import se.livsviktig.survey.model.SurveyDispatch;

/**
 * Provides the local service utility for SurveyDispatch. This utility wraps
 * <code>se.livsviktig.survey.service.impl.SurveyDispatchLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SurveyDispatchLocalService
 * @generated
 */
public class SurveyDispatchLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyDispatchLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * Starts a dispatch of an active survey to the participants of a training method or of chosen sessions.
	 *
	 * @param delayDays for a follow-up of a method, {@link SurveyDispatchConstants#DELAY_DAYS_METHOD_DEFAULT} takes
	 the method's followUpSurveyDays
	 */
	public static SurveyDispatch addSurveyDispatch(
			long userId, long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addSurveyDispatch(
			userId, surveyId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders, serviceContext);
	}

	/**
	 * Adds the survey dispatch to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatch the survey dispatch
	 * @return the survey dispatch that was added
	 */
	public static SurveyDispatch addSurveyDispatch(
		SurveyDispatch surveyDispatch) {

		return getService().addSurveyDispatch(surveyDispatch);
	}

	/**
	 * Creates the invitation of a completed registration by one insert that the unique (dispatch, registration)
	 * index guards, in a transaction of its own, so a registration is invited once whatever node or rerun tries.
	 *
	 * @return <code>true</code> if this call created it, <code>false</code> if it existed
	 */
	public static boolean addSurveyInvitation(
		SurveyDispatch surveyDispatch,
		se.livsviktig.training.registration.CompletedRegistration
			completedRegistration) {

		return getService().addSurveyInvitation(
			surveyDispatch, completedRegistration);
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
	 * Creates a new survey dispatch with the primary key. Does not add the survey dispatch to the database.
	 *
	 * @param surveyDispatchId the primary key for the new survey dispatch
	 * @return the new survey dispatch
	 */
	public static SurveyDispatch createSurveyDispatch(long surveyDispatchId) {
		return getService().createSurveyDispatch(surveyDispatchId);
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
	 * Deletes the survey dispatch with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch that was removed
	 * @throws PortalException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch deleteSurveyDispatch(long surveyDispatchId)
		throws PortalException {

		return getService().deleteSurveyDispatch(surveyDispatchId);
	}

	/**
	 * Deletes the survey dispatch from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatch the survey dispatch
	 * @return the survey dispatch that was removed
	 * @throws PortalException
	 */
	public static SurveyDispatch deleteSurveyDispatch(
			SurveyDispatch surveyDispatch)
		throws PortalException {

		return getService().deleteSurveyDispatch(surveyDispatch);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchModelImpl</code>.
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

	public static SurveyDispatch fetchSurveyDispatch(long surveyDispatchId) {
		return getService().fetchSurveyDispatch(surveyDispatchId);
	}

	/**
	 * Returns the survey dispatch matching the UUID and group.
	 *
	 * @param uuid the survey dispatch's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch fetchSurveyDispatchByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchSurveyDispatchByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static List<SurveyDispatch> getActiveSurveyDispatches(
		long companyId) {

		return getService().getActiveSurveyDispatches(companyId);
	}

	/**
	 * The dispatch's invited, answered, reminded and opted-out invitations, from one statement
	 * ({@link DispatchProgressQuery}).
	 */
	public static se.livsviktig.survey.model.DispatchProgress
		getDispatchProgress(long surveyDispatchId) {

		return getService().getDispatchProgress(surveyDispatchId);
	}

	public static com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return getService().getExportActionableDynamicQuery(portletDataContext);
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
	 * Returns the survey dispatch with the primary key.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch
	 * @throws PortalException if a survey dispatch with the primary key could not be found
	 */
	public static SurveyDispatch getSurveyDispatch(long surveyDispatchId)
		throws PortalException {

		return getService().getSurveyDispatch(surveyDispatchId);
	}

	/**
	 * Returns the survey dispatch matching the UUID and group.
	 *
	 * @param uuid the survey dispatch's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey dispatch
	 * @throws PortalException if a matching survey dispatch could not be found
	 */
	public static SurveyDispatch getSurveyDispatchByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getSurveyDispatchByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * @return the chosen sessions of a dispatch to chosen sessions; none for a dispatch to a method
	 */
	public static long[] getSurveyDispatchCourseSessionIds(
		long surveyDispatchId) {

		return getService().getSurveyDispatchCourseSessionIds(surveyDispatchId);
	}

	/**
	 * Returns a range of all the survey dispatches.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.survey.model.impl.SurveyDispatchModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @return the range of survey dispatches
	 */
	public static List<SurveyDispatch> getSurveyDispatches(int start, int end) {
		return getService().getSurveyDispatches(start, end);
	}

	public static List<SurveyDispatch> getSurveyDispatches(long surveyId) {
		return getService().getSurveyDispatches(surveyId);
	}

	/**
	 * Returns all the survey dispatches matching the UUID and company.
	 *
	 * @param uuid the UUID of the survey dispatches
	 * @param companyId the primary key of the company
	 * @return the matching survey dispatches, or an empty list if no matches were found
	 */
	public static List<SurveyDispatch> getSurveyDispatchesByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getSurveyDispatchesByUuidAndCompanyId(
			uuid, companyId);
	}

	/**
	 * Returns a range of survey dispatches matching the UUID and company.
	 *
	 * @param uuid the UUID of the survey dispatches
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of survey dispatches
	 * @param end the upper bound of the range of survey dispatches (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching survey dispatches, or an empty list if no matches were found
	 */
	public static List<SurveyDispatch> getSurveyDispatchesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator) {

		return getService().getSurveyDispatchesByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of survey dispatches.
	 *
	 * @return the number of survey dispatches
	 */
	public static int getSurveyDispatchesCount() {
		return getService().getSurveyDispatchesCount();
	}

	/**
	 * Records when the job last ran the dispatch, by one update that does not bump the row's version: a coordinator
	 * editing the dispatch meanwhile is not refused for it.
	 */
	public static void recordSurveyDispatchRun(
		long surveyDispatchId, java.util.Date now) {

		getService().recordSurveyDispatchRun(surveyDispatchId, now);
	}

	/**
	 * Claims the reminders now due of up to {@code size} invitations of the dispatch and issues each a fresh token,
	 * in a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the new token of each invitation this call claimed, by invitation id
	 */
	public static Map<Long, String> sendDueSurveyReminders(
			long surveyDispatchId, java.util.Date now, int size)
		throws PortalException {

		return getService().sendDueSurveyReminders(surveyDispatchId, now, size);
	}

	/**
	 * Claims the first mail of up to {@code size} pending invitations of the dispatch and issues each its token, in
	 * a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the token of each invitation this call claimed, by invitation id
	 */
	public static Map<Long, String> sendPendingSurveyInvitations(
			long surveyDispatchId, java.util.Date now, int size)
		throws PortalException {

		return getService().sendPendingSurveyInvitations(
			surveyDispatchId, now, size);
	}

	/**
	 * Saves a dispatch's settings. A new closing date becomes the expiry of its open (pending and sent) invitations
	 * in the same transaction, so no link outlives the dispatch or closes before it.
	 */
	public static SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders)
		throws PortalException {

		return getService().updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders);
	}

	/**
	 * Saves a dispatch's settings and its status in one transaction: a refused status leaves the settings as they
	 * were, and a refused setting the status.
	 */
	public static SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders, int status)
		throws PortalException {

		return getService().updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders, status);
	}

	/**
	 * Updates the survey dispatch in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SurveyDispatchLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param surveyDispatch the survey dispatch
	 * @return the survey dispatch that was updated
	 */
	public static SurveyDispatch updateSurveyDispatch(
		SurveyDispatch surveyDispatch) {

		return getService().updateSurveyDispatch(surveyDispatch);
	}

	/**
	 * Pauses, resumes or closes a dispatch. Only a dispatch of an active survey runs.
	 */
	public static SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws PortalException {

		return getService().updateSurveyDispatchStatus(
			surveyDispatchId, status);
	}

	public static SurveyDispatchLocalService getService() {
		return _service;
	}

	public static void setService(SurveyDispatchLocalService service) {
		_service = service;
	}

	private static volatile SurveyDispatchLocalService _service;

}