/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

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

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.staffing.DeliveredSessionCount;
import se.livsviktig.training.staffing.DeliveredSessionEnd;
import se.livsviktig.training.staffing.TaughtSession;

/**
 * Provides the local service interface for SessionInstructor. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see SessionInstructorLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface SessionInstructorLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.SessionInstructorLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the session instructor local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link SessionInstructorLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds the session instructor to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionInstructorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionInstructor the session instructor
	 * @return the session instructor that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public SessionInstructor addSessionInstructor(
		SessionInstructor sessionInstructor);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new session instructor with the primary key. Does not add the session instructor to the database.
	 *
	 * @param sessionInstructorId the primary key for the new session instructor
	 * @return the new session instructor
	 */
	@Transactional(enabled = false)
	public SessionInstructor createSessionInstructor(long sessionInstructorId);

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

	/**
	 * Deletes the session instructor with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionInstructorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor that was removed
	 * @throws PortalException if a session instructor with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public SessionInstructor deleteSessionInstructor(long sessionInstructorId)
		throws PortalException;

	/**
	 * Deletes the session instructor from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionInstructorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionInstructor the session instructor
	 * @return the session instructor that was removed
	 */
	@Indexable(type = IndexableType.DELETE)
	public SessionInstructor deleteSessionInstructor(
		SessionInstructor sessionInstructor);

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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionInstructorModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionInstructorModelImpl</code>.
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
	public SessionInstructor fetchSessionInstructor(long sessionInstructorId);

	/**
	 * Returns the session instructor matching the UUID and group.
	 *
	 * @param uuid the session instructor's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SessionInstructor fetchSessionInstructorByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionInstructor> getCourseSessionInstructors(
		long courseSessionId, int[] statuses);

	/**
	 * Sessions delivered per accepted instructor and training method whose last date ended in [from, to), from
	 * one GROUP BY ({@link DeliveredSessionsQuery} says when a session counts as delivered): the figure the
	 * instructor app measures licence upkeep by, for every instructor at once.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<DeliveredSessionCount> getDeliveredSessionCounts(
		long companyId, Date from, Date to);

	/**
	 * Sessions delivered per accepted instructor, training method and end of the last date in [from, to), from
	 * one GROUP BY (the sessions {@link #getDeliveredSessionCounts} counts): licence upkeep sees when each
	 * session leaves a licence period, for every instructor at once. The portal's Hibernate reads a date column
	 * of such a row as a date: each end comes back as its day (00:00 in the portal's time zone, UTC).
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<DeliveredSessionEnd> getDeliveredSessionEnds(
		long companyId, Date from, Date to);

	/**
	 * One instructor's sessions delivered per training method and end of the last date in [from, to): the rows of
	 * {@link #getDeliveredSessionEnds(long, Date, Date)} that are theirs, from the same GROUP BY filtered to them,
	 * so one person's licence standing does not read the whole company's.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<DeliveredSessionEnd> getDeliveredSessionEnds(
		long companyId, long instructorUserId, Date from, Date to);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ExportActionableDynamicQuery getExportActionableDynamicQuery(
		PortletDataContext portletDataContext);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public IndexableActionableDynamicQuery getIndexableActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionInstructor> getInstructorSessionInstructors(
		long instructorUserId, int[] statuses, int start, int end);

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
	 * Returns the session instructor with the primary key.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor
	 * @throws PortalException if a session instructor with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SessionInstructor getSessionInstructor(long sessionInstructorId)
		throws PortalException;

	/**
	 * Returns the session instructor matching the UUID and group.
	 *
	 * @param uuid the session instructor's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session instructor
	 * @throws PortalException if a matching session instructor could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public SessionInstructor getSessionInstructorByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * Returns a range of all the session instructors.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionInstructorModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @return the range of session instructors
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionInstructor> getSessionInstructors(int start, int end);

	/**
	 * Returns all the session instructors matching the UUID and company.
	 *
	 * @param uuid the UUID of the session instructors
	 * @param companyId the primary key of the company
	 * @return the matching session instructors, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionInstructor> getSessionInstructorsByUuidAndCompanyId(
		String uuid, long companyId);

	/**
	 * Returns a range of session instructors matching the UUID and company.
	 *
	 * @param uuid the UUID of the session instructors
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of session instructors
	 * @param end the upper bound of the range of session instructors (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching session instructors, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionInstructor> getSessionInstructorsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<SessionInstructor> orderByComparator);

	/**
	 * Returns the number of session instructors.
	 *
	 * @return the number of session instructors
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getSessionInstructorsCount();

	/**
	 * The sessions the instructor accepted to teach whose last date ended before the moment, newest first, each
	 * with its course's title, in one statement ({@link TaughtSessionsQuery} says which are listed): what they
	 * have taught, including sessions whose attendance is still being marked.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<TaughtSession> getTaughtSessions(
		long companyId, long instructorUserId, Date endedBefore, int start,
		int end);

	/**
	 * The instructors who cannot be asked to teach the session, from one statement
	 * ({@link UnavailableInstructorsQuery} says who): already asked for it, or invited to or teaching another
	 * session at an overlapping time.
	 *
	 * @param dates the start and end of every date of the session, in pairs
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Long> getUnavailableInstructorUserIds(
		long companyId, long courseSessionId, List<Date> dates);

	public SessionInstructor inviteInstructor(
			long userId, long courseSessionId, long instructorUserId,
			String message, ServiceContext serviceContext)
		throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean isAcceptedInstructor(long courseSessionId, long userId);

	/**
	 * The instructor answers an invitation.
	 */
	public SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws PortalException;

	/**
	 * Updates the session instructor in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect SessionInstructorLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param sessionInstructor the session instructor
	 * @return the session instructor that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public SessionInstructor updateSessionInstructor(
		SessionInstructor sessionInstructor);

	public SessionInstructor withdrawInstructor(long sessionInstructorId)
		throws PortalException;

}