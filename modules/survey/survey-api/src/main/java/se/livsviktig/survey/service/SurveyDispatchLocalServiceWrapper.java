/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SurveyDispatchLocalService}.
 *
 * @author Livsviktig
 * @see SurveyDispatchLocalService
 * @generated
 */
public class SurveyDispatchLocalServiceWrapper
	implements ServiceWrapper<SurveyDispatchLocalService>,
			   SurveyDispatchLocalService {

	public SurveyDispatchLocalServiceWrapper() {
		this(null);
	}

	public SurveyDispatchLocalServiceWrapper(
		SurveyDispatchLocalService surveyDispatchLocalService) {

		_surveyDispatchLocalService = surveyDispatchLocalService;
	}

	/**
	 * Starts a dispatch of an active survey to the participants of a training method or of chosen sessions.
	 *
	 * @param delayDays for a follow-up of a method, {@link SurveyDispatchConstants#DELAY_DAYS_METHOD_DEFAULT} takes
	 the method's followUpSurveyDays
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch addSurveyDispatch(
			long userId, long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.addSurveyDispatch(
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
	@Override
	public se.livsviktig.survey.model.SurveyDispatch addSurveyDispatch(
		se.livsviktig.survey.model.SurveyDispatch surveyDispatch) {

		return _surveyDispatchLocalService.addSurveyDispatch(surveyDispatch);
	}

	/**
	 * Creates the invitation of a completed registration by one insert that the unique (dispatch, registration)
	 * index guards, in a transaction of its own, so a registration is invited once whatever node or rerun tries.
	 *
	 * @return <code>true</code> if this call created it, <code>false</code> if it existed
	 */
	@Override
	public boolean addSurveyInvitation(
		se.livsviktig.survey.model.SurveyDispatch surveyDispatch,
		se.livsviktig.training.registration.CompletedRegistration
			completedRegistration) {

		return _surveyDispatchLocalService.addSurveyInvitation(
			surveyDispatch, completedRegistration);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new survey dispatch with the primary key. Does not add the survey dispatch to the database.
	 *
	 * @param surveyDispatchId the primary key for the new survey dispatch
	 * @return the new survey dispatch
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch createSurveyDispatch(
		long surveyDispatchId) {

		return _surveyDispatchLocalService.createSurveyDispatch(
			surveyDispatchId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.deletePersistedModel(persistedModel);
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
	@Override
	public se.livsviktig.survey.model.SurveyDispatch deleteSurveyDispatch(
			long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.deleteSurveyDispatch(
			surveyDispatchId);
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
	@Override
	public se.livsviktig.survey.model.SurveyDispatch deleteSurveyDispatch(
			se.livsviktig.survey.model.SurveyDispatch surveyDispatch)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.deleteSurveyDispatch(surveyDispatch);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _surveyDispatchLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _surveyDispatchLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _surveyDispatchLocalService.dynamicQuery();
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

		return _surveyDispatchLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _surveyDispatchLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _surveyDispatchLocalService.dynamicQuery(
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

		return _surveyDispatchLocalService.dynamicQueryCount(dynamicQuery);
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

		return _surveyDispatchLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.survey.model.SurveyDispatch fetchSurveyDispatch(
		long surveyDispatchId) {

		return _surveyDispatchLocalService.fetchSurveyDispatch(
			surveyDispatchId);
	}

	/**
	 * Returns the survey dispatch matching the UUID and group.
	 *
	 * @param uuid the survey dispatch's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch
		fetchSurveyDispatchByUuidAndGroupId(String uuid, long groupId) {

		return _surveyDispatchLocalService.fetchSurveyDispatchByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _surveyDispatchLocalService.getActionableDynamicQuery();
	}

	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyDispatch>
		getActiveSurveyDispatches(long companyId) {

		return _surveyDispatchLocalService.getActiveSurveyDispatches(companyId);
	}

	/**
	 * The dispatch's invited, answered, reminded and opted-out invitations, from one statement
	 * ({@link DispatchProgressQuery}).
	 */
	@Override
	public se.livsviktig.survey.model.DispatchProgress getDispatchProgress(
		long surveyDispatchId) {

		return _surveyDispatchLocalService.getDispatchProgress(
			surveyDispatchId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _surveyDispatchLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _surveyDispatchLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _surveyDispatchLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the survey dispatch with the primary key.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch
	 * @throws PortalException if a survey dispatch with the primary key could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch getSurveyDispatch(
			long surveyDispatchId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.getSurveyDispatch(surveyDispatchId);
	}

	/**
	 * Returns the survey dispatch matching the UUID and group.
	 *
	 * @param uuid the survey dispatch's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey dispatch
	 * @throws PortalException if a matching survey dispatch could not be found
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch
			getSurveyDispatchByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.getSurveyDispatchByUuidAndGroupId(
			uuid, groupId);
	}

	/**
	 * @return the chosen sessions of a dispatch to chosen sessions; none for a dispatch to a method
	 */
	@Override
	public long[] getSurveyDispatchCourseSessionIds(long surveyDispatchId) {
		return _surveyDispatchLocalService.getSurveyDispatchCourseSessionIds(
			surveyDispatchId);
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
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyDispatch>
		getSurveyDispatches(int start, int end) {

		return _surveyDispatchLocalService.getSurveyDispatches(start, end);
	}

	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyDispatch>
		getSurveyDispatches(long surveyId) {

		return _surveyDispatchLocalService.getSurveyDispatches(surveyId);
	}

	/**
	 * Returns all the survey dispatches matching the UUID and company.
	 *
	 * @param uuid the UUID of the survey dispatches
	 * @param companyId the primary key of the company
	 * @return the matching survey dispatches, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyDispatch>
		getSurveyDispatchesByUuidAndCompanyId(String uuid, long companyId) {

		return _surveyDispatchLocalService.
			getSurveyDispatchesByUuidAndCompanyId(uuid, companyId);
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
	@Override
	public java.util.List<se.livsviktig.survey.model.SurveyDispatch>
		getSurveyDispatchesByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.survey.model.SurveyDispatch> orderByComparator) {

		return _surveyDispatchLocalService.
			getSurveyDispatchesByUuidAndCompanyId(
				uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of survey dispatches.
	 *
	 * @return the number of survey dispatches
	 */
	@Override
	public int getSurveyDispatchesCount() {
		return _surveyDispatchLocalService.getSurveyDispatchesCount();
	}

	/**
	 * Records when the job last ran the dispatch, by one update that does not bump the row's version: a coordinator
	 * editing the dispatch meanwhile is not refused for it.
	 */
	@Override
	public void recordSurveyDispatchRun(
		long surveyDispatchId, java.util.Date now) {

		_surveyDispatchLocalService.recordSurveyDispatchRun(
			surveyDispatchId, now);
	}

	/**
	 * Claims the reminders now due of up to {@code size} invitations of the dispatch and issues each a fresh token,
	 * in a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the new token of each invitation this call claimed, by invitation id
	 */
	@Override
	public java.util.Map<Long, String> sendDueSurveyReminders(
			long surveyDispatchId, java.util.Date now, int size)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.sendDueSurveyReminders(
			surveyDispatchId, now, size);
	}

	/**
	 * Claims the first mail of up to {@code size} pending invitations of the dispatch and issues each its token, in
	 * a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the token of each invitation this call claimed, by invitation id
	 */
	@Override
	public java.util.Map<Long, String> sendPendingSurveyInvitations(
			long surveyDispatchId, java.util.Date now, int size)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.sendPendingSurveyInvitations(
			surveyDispatchId, now, size);
	}

	/**
	 * Saves a dispatch's settings. A new closing date becomes the expiry of its open (pending and sent) invitations
	 * in the same transaction, so no link outlives the dispatch or closes before it.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.updateSurveyDispatch(
			surveyDispatchId, methodId, courseSessionIds, triggerType,
			delayDays, windowStartDate, closeDate, reminderIntervalDays,
			maxReminders);
	}

	/**
	 * Saves a dispatch's settings and its status in one transaction: a refused status leaves the settings as they
	 * were, and a refused setting the status.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, java.util.Date windowStartDate,
			java.util.Date closeDate, int reminderIntervalDays,
			int maxReminders, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.updateSurveyDispatch(
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
	@Override
	public se.livsviktig.survey.model.SurveyDispatch updateSurveyDispatch(
		se.livsviktig.survey.model.SurveyDispatch surveyDispatch) {

		return _surveyDispatchLocalService.updateSurveyDispatch(surveyDispatch);
	}

	/**
	 * Pauses, resumes or closes a dispatch. Only a dispatch of an active survey runs.
	 */
	@Override
	public se.livsviktig.survey.model.SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _surveyDispatchLocalService.updateSurveyDispatchStatus(
			surveyDispatchId, status);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _surveyDispatchLocalService.getBasePersistence();
	}

	@Override
	public SurveyDispatchLocalService getWrappedService() {
		return _surveyDispatchLocalService;
	}

	@Override
	public void setWrappedService(
		SurveyDispatchLocalService surveyDispatchLocalService) {

		_surveyDispatchLocalService = surveyDispatchLocalService;
	}

	private SurveyDispatchLocalService _surveyDispatchLocalService;

}