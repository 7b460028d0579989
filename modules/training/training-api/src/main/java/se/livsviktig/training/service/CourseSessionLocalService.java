/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.exportimport.kernel.lar.PortletDataContext;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery;
import com.liferay.portal.kernel.dao.orm.Projection;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.model.SystemEventConstants;
import com.liferay.portal.kernel.search.Indexable;
import com.liferay.portal.kernel.search.IndexableType;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.service.PersistedModelLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;
import com.liferay.portal.kernel.systemevent.SystemEvent;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.retry.ConcurrentUpdateRetryAcceptor;

/**
 * Provides the local service interface for CourseSession. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see CourseSessionLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface CourseSessionLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseSessionLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the course session local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link CourseSessionLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * Adds the course session to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseSession the course session
	 * @return the course session that was added
	 */
	@Indexable(type = IndexableType.REINDEX)
	public CourseSession addCourseSession(CourseSession courseSession);

	public CourseSession addCourseSession(
			long userId, long courseId, long coordinatorUserId,
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, int seats,
			Date registrationOpenDate, Date registrationCloseDate,
			Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, Date[] startDates, Date[] endDates,
			long[] audienceOrganizationIds, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Archives a session that is over or cancelled: it leaves the lists, its history stays.
	 */
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES, value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES)
	)
	public CourseSession archiveCourseSession(long userId, long courseSessionId)
		throws PortalException;

	/**
	 * Cancels a session: every upcoming registration is cancelled and everyone is told, with the reason.
	 */
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES, value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES)
	)
	public CourseSession cancelCourseSession(
			long userId, long courseSessionId, String reason)
		throws PortalException;

	/**
	 * Creates a new course session with the primary key. Does not add the course session to the database.
	 *
	 * @param courseSessionId the primary key for the new course session
	 * @return the new course session
	 */
	@Transactional(enabled = false)
	public CourseSession createCourseSession(long courseSessionId);

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Deletes the course session from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseSession the course session
	 * @return the course session that was removed
	 * @throws PortalException
	 */
	@Indexable(type = IndexableType.DELETE)
	@SystemEvent(type = SystemEventConstants.TYPE_DELETE)
	public CourseSession deleteCourseSession(CourseSession courseSession)
		throws PortalException;

	/**
	 * Deletes the course session with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseSessionId the primary key of the course session
	 * @return the course session that was removed
	 * @throws PortalException if a course session with the primary key could not be found
	 */
	@Indexable(type = IndexableType.DELETE)
	public CourseSession deleteCourseSession(long courseSessionId)
		throws PortalException;

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseSessionModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseSessionModelImpl</code>.
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
	public CourseSession fetchCourseSession(long courseSessionId);

	/**
	 * Returns the course session matching the UUID and group.
	 *
	 * @param uuid the course session's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course session, or <code>null</code> if a matching course session could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseSession fetchCourseSessionByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public long[] getAudienceOrganizationIds(long courseSessionId);

	/**
	 * The catalogue: upcoming published sessions of the site, a page at a time.
	 *
	 * @param trainingMethodId a method, or 0 for all
	 * @param startDateFrom with startDateTo, the period the sessions start in (the month filter), or null
	 * @param locality a place, or null for all
	 * @param deliveryMode a delivery mode, or -1 for all
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCatalogCourseSessions(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate, int start,
		int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate);

	/**
	 * The catalogue's page as it shows it: each upcoming published session of the site with its course's title,
	 * in one statement, with the same filters and order as {@link #getCatalogCourseSessions}.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CatalogEntry> getCatalogEntries(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate, int start,
		int end);

	/**
	 * The catalogue's page as {@link #getCatalogEntries} reads it and the number of sessions of every page with the
	 * same filter ({@link #getCatalogCourseSessionsCount}), in one statement: the search container needs both on
	 * every render. Only a page past the last one, which has no row to carry the total, asks for the count apart.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate, int start,
		int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCourseCourseSessions(
		long courseId, int[] statuses);

	/**
	 * Returns the course session with the primary key.
	 *
	 * @param courseSessionId the primary key of the course session
	 * @return the course session
	 * @throws PortalException if a course session with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseSession getCourseSession(long courseSessionId)
		throws PortalException;

	/**
	 * Returns the course session matching the UUID and group.
	 *
	 * @param uuid the course session's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course session
	 * @throws PortalException if a matching course session could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public CourseSession getCourseSessionByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

	/**
	 * Returns a range of all the course sessions.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseSessionModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @return the range of course sessions
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCourseSessions(int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCourseSessions(
		long groupId, int status, int start, int end);

	/**
	 * Returns all the course sessions matching the UUID and company.
	 *
	 * @param uuid the UUID of the course sessions
	 * @param companyId the primary key of the company
	 * @return the matching course sessions, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCourseSessionsByUuidAndCompanyId(
		String uuid, long companyId);

	/**
	 * Returns a range of course sessions matching the UUID and company.
	 *
	 * @param uuid the UUID of the course sessions
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of course sessions
	 * @param end the upper bound of the range of course sessions (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching course sessions, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> getCourseSessionsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CourseSession> orderByComparator);

	/**
	 * Returns the number of course sessions.
	 *
	 * @return the number of course sessions
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseSessionsCount();

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseSessionsCount(long groupId, int status);

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

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionDate> getSessionDates(long courseSessionId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<SessionQuota> getSessionQuotas(long courseSessionId);

	/**
	 * Publishes a draft session: it appears in the catalogue, and people on the course's interest list are
	 * told (or booked, if the course says so).
	 */
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES, value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES)
	)
	public CourseSession publishCourseSession(long userId, long courseSessionId)
		throws PortalException;

	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES, value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES)
	)
	public SessionQuota releaseSessionQuota(long sessionQuotaId)
		throws PortalException;

	/**
	 * The job's step: releases quotas whose date has passed and gives the freed seats to the waitlist. A
	 * quota released once is not released again, so running the job twice changes nothing.
	 *
	 * @return how many quotas were released
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int releaseSessionQuotas() throws PortalException;

	/**
	 * The coordinators' list of a site's sessions, a page at a time.
	 *
	 * @param keywords words that must each occur in the course's title, the venue or the place, or null
	 * @param status a session status, or WorkflowConstants.STATUS_ANY
	 * @param trainingMethodId a method, or 0 for all
	 * @param courseId a course, or 0 for all
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 * @param orderByComparator the order, or null for the sessions' start
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CourseSession> searchCourseSessions(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, Predicate permissionPredicate, int start, int end,
		OrderByComparator<CourseSession> orderByComparator);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, Predicate permissionPredicate);

	/**
	 * Updates the course session in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect CourseSessionLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param courseSession the course session
	 * @return the course session that was updated
	 */
	@Indexable(type = IndexableType.REINDEX)
	public CourseSession updateCourseSession(CourseSession courseSession);

	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES, value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES)
	)
	public CourseSession updateCourseSession(
			long userId, long courseSessionId, long coordinatorUserId,
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, int seats,
			Date registrationOpenDate, Date registrationCloseDate,
			Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, Date[] startDates, Date[] endDates,
			long[] audienceOrganizationIds, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * Reserves seats for administrations until given dates, after which the seats are open to everyone.
	 * Replaces the session's quotas.
	 */
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES, value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES)
	)
	public List<SessionQuota> updateSessionQuotas(
			long courseSessionId, long[] organizationIds, int[] seats,
			Date[] releaseDates)
		throws PortalException;

}