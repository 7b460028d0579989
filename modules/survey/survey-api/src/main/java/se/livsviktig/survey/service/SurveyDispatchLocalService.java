/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service;

import com.liferay.exportimport.kernel.lar.PortletDataContext;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.training.registration.CompletedRegistration;

/**
 * Provides the local service interface for SurveyDispatch. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see SurveyDispatchLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SurveyDispatchLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.survey.service.impl.SurveyDispatchLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the survey dispatch local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SurveyDispatchLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Starts a dispatch of an active survey to the participants of a training method or of chosen sessions.
	 *
	 * @param delayDays for a follow-up of a method, {@link SurveyDispatchConstants#DELAY_DAYS_METHOD_DEFAULT} takes
	 the method's followUpSurveyDays
	 */
	public SurveyDispatch addSurveyDispatch(
			long userId, long surveyId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			ServiceContext serviceContext)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public SurveyDispatch addSurveyDispatch(SurveyDispatch surveyDispatch);

	/**
	 * Creates the invitation of a completed registration by one insert that the unique (dispatch, registration)
	 * index guards, in a transaction of its own, so a registration is invited once whatever node or rerun tries.
	 *
	 * @return <code>true</code> if this call created it, <code>false</code> if it existed
	 */
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public boolean addSurveyInvitation(
		SurveyDispatch surveyDispatch,
		CompletedRegistration completedRegistration);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new survey dispatch with the primary key. Does not add the survey dispatch to the database.
	 *
	 * @param surveyDispatchId the primary key for the new survey dispatch
	 * @return the new survey dispatch
	 */
	@Transactional(enabled = false)
	public SurveyDispatch createSurveyDispatch(long surveyDispatchId);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public SurveyDispatch deleteSurveyDispatch(long surveyDispatchId)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public SurveyDispatch deleteSurveyDispatch(SurveyDispatch surveyDispatch)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> T dslQuery(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int dslQueryCount(DSLQuery dslQuery);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DynamicQuery dynamicQuery();

	/**
	 * Performs a dynamic query on the database and returns the matching rows.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the matching rows
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(DynamicQuery dynamicQuery);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public <T> List<T> dynamicQuery(
		DynamicQuery dynamicQuery, int start, int end,
		OrderByComparator<T> orderByComparator);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(DynamicQuery dynamicQuery);

	/**
	 * Returns the number of rows matching the dynamic query.
	 *
	 * @param dynamicQuery the dynamic query
	 * @param projection the projection to apply to the query
	 * @return the number of rows matching the dynamic query
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long dynamicQueryCount(
		DynamicQuery dynamicQuery, Projection projection);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyDispatch fetchSurveyDispatch(long surveyDispatchId);

	/**
	 * Returns the survey dispatch matching the UUID and group.
	 *
	 * @param uuid the survey dispatch's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey dispatch, or <code>null</code> if a matching survey dispatch could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyDispatch fetchSurveyDispatchByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyDispatch> getActiveSurveyDispatches(long companyId);

	/**
	 * The dispatch's invited, answered, reminded and opted-out invitations, from one statement
	 * ({@link DispatchProgressQuery}).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public DispatchProgress getDispatchProgress(long surveyDispatchId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	public String getOSGiServiceIdentifier();

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Returns the survey dispatch with the primary key.
	 *
	 * @param surveyDispatchId the primary key of the survey dispatch
	 * @return the survey dispatch
	 * @throws PortalException if a survey dispatch with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyDispatch getSurveyDispatch(long surveyDispatchId)
		throws PortalException;

	/**
	 * Returns the survey dispatch matching the UUID and group.
	 *
	 * @param uuid the survey dispatch's UUID
	 * @param groupId the primary key of the group
	 * @return the matching survey dispatch
	 * @throws PortalException if a matching survey dispatch could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SurveyDispatch getSurveyDispatchByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * @return the chosen sessions of a dispatch to chosen sessions; none for a dispatch to a method
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getSurveyDispatchCourseSessionIds(long surveyDispatchId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyDispatch> getSurveyDispatches(int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyDispatch> getSurveyDispatches(long surveyId);

	/**
	 * Returns all the survey dispatches matching the UUID and company.
	 *
	 * @param uuid the UUID of the survey dispatches
	 * @param companyId the primary key of the company
	 * @return the matching survey dispatches, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyDispatch> getSurveyDispatchesByUuidAndCompanyId(
		String uuid, long companyId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SurveyDispatch> getSurveyDispatchesByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SurveyDispatch> orderByComparator);

	/**
	 * Returns the number of survey dispatches.
	 *
	 * @return the number of survey dispatches
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getSurveyDispatchesCount();

	/**
	 * Records when the job last ran the dispatch, by one update that does not bump the row's version: a coordinator
	 * editing the dispatch meanwhile is not refused for it.
	 */
	public void recordSurveyDispatchRun(long surveyDispatchId, Date now);

	/**
	 * Claims the reminders now due of up to {@code size} invitations of the dispatch and issues each a fresh token,
	 * in a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the new token of each invitation this call claimed, by invitation id
	 */
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public Map<Long, String> sendDueSurveyReminders(
			long surveyDispatchId, Date now, int size)
		throws PortalException;

	/**
	 * Claims the first mail of up to {@code size} pending invitations of the dispatch and issues each its token, in
	 * a transaction of its own: the caller mails after it has committed.
	 *
	 * @return the token of each invitation this call claimed, by invitation id
	 */
	@Transactional(
		propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class
	)
	public Map<Long, String> sendPendingSurveyInvitations(
			long surveyDispatchId, Date now, int size)
		throws PortalException;

	/**
	 * Saves a dispatch's settings. A new closing date becomes the expiry of its open (pending and sent) invitations
	 * in the same transaction, so no link outlives the dispatch or closes before it.
	 */
	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders)
		throws PortalException;

	/**
	 * Saves a dispatch's settings and its status in one transaction: a refused status leaves the settings as they
	 * were, and a refused setting the status.
	 */
	public SurveyDispatch updateSurveyDispatch(
			long surveyDispatchId, long methodId, long[] courseSessionIds,
			int triggerType, int delayDays, Date windowStartDate,
			Date closeDate, int reminderIntervalDays, int maxReminders,
			int status)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public SurveyDispatch updateSurveyDispatch(SurveyDispatch surveyDispatch);

	/**
	 * Pauses, resumes or closes a dispatch. Only a dispatch of an active survey runs.
	 */
	public SurveyDispatch updateSurveyDispatchStatus(
			long surveyDispatchId, int status)
		throws PortalException;

}