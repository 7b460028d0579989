/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.PersistedModel;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.List;

import se.livsviktig.training.model.CourseSession;

/**
 * Provides the local service utility for CourseSession. This utility wraps
 * <code>se.livsviktig.training.service.impl.CourseSessionLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see CourseSessionLocalService
 * @generated
 */
public class CourseSessionLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.CourseSessionLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
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
	public static CourseSession addCourseSession(CourseSession courseSession) {
		return getService().addCourseSession(courseSession);
	}

	public static CourseSession addCourseSession(
			long userId, long courseId, long coordinatorUserId,
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, int seats,
			java.util.Date registrationOpenDate,
			java.util.Date registrationCloseDate,
			java.util.Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, java.util.Date[] startDates, java.util.Date[] endDates,
			long[] audienceOrganizationIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addCourseSession(
			userId, courseId, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, seats,
			registrationOpenDate, registrationCloseDate, cancellationDeadline,
			approvalRequired, waitlistMode, offerHours, dietaryNeedsRequested,
			note, startDates, endDates, audienceOrganizationIds,
			serviceContext);
	}

	/**
	 * Archives a session that is over or cancelled: it leaves the lists, its history stays.
	 */
	public static CourseSession archiveCourseSession(
			long userId, long courseSessionId)
		throws PortalException {

		return getService().archiveCourseSession(userId, courseSessionId);
	}

	/**
	 * Cancels a session: every upcoming registration is cancelled and everyone is told, with the reason.
	 */
	public static CourseSession cancelCourseSession(
			long userId, long courseSessionId, String reason)
		throws PortalException {

		return getService().cancelCourseSession(
			userId, courseSessionId, reason);
	}

	/**
	 * Creates a new course session with the primary key. Does not add the course session to the database.
	 *
	 * @param courseSessionId the primary key for the new course session
	 * @return the new course session
	 */
	public static CourseSession createCourseSession(long courseSessionId) {
		return getService().createCourseSession(courseSessionId);
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
	public static CourseSession deleteCourseSession(CourseSession courseSession)
		throws PortalException {

		return getService().deleteCourseSession(courseSession);
	}

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
	public static CourseSession deleteCourseSession(long courseSessionId)
		throws PortalException {

		return getService().deleteCourseSession(courseSessionId);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel deletePersistedModel(
			PersistedModel persistedModel)
		throws PortalException {

		return getService().deletePersistedModel(persistedModel);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseSessionModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.CourseSessionModelImpl</code>.
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

	public static CourseSession fetchCourseSession(long courseSessionId) {
		return getService().fetchCourseSession(courseSessionId);
	}

	/**
	 * Returns the course session matching the UUID and group.
	 *
	 * @param uuid the course session's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course session, or <code>null</code> if a matching course session could not be found
	 */
	public static CourseSession fetchCourseSessionByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchCourseSessionByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static long[] getAudienceOrganizationIds(long courseSessionId) {
		return getService().getAudienceOrganizationIds(courseSessionId);
	}

	/**
	 * The catalogue: upcoming published sessions of the site, a page at a time.
	 *
	 * @param trainingMethodId a method, or 0 for all
	 * @param startDateFrom with startDateTo, the period the sessions start in (the month filter), or null
	 * @param locality a place, or null for all
	 * @param deliveryMode a delivery mode, or -1 for all
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	public static List<CourseSession> getCatalogCourseSessions(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
		int start, int end) {

		return getService().getCatalogCourseSessions(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, permissionPredicate, start, end);
	}

	public static int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate) {

		return getService().getCatalogCourseSessionsCount(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, permissionPredicate);
	}

	/**
	 * The catalogue's page as it shows it: each upcoming published session of the site with its course's title,
	 * in one statement, with the same filters and order as {@link #getCatalogCourseSessions}.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	public static List<se.livsviktig.training.catalog.CatalogEntry>
		getCatalogEntries(
			long groupId, long trainingMethodId, java.util.Date startDateFrom,
			java.util.Date startDateTo, String locality, int deliveryMode,
			boolean onlyWithFreeSeats,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
			int start, int end) {

		return getService().getCatalogEntries(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, permissionPredicate, start, end);
	}

	/**
	 * The catalogue's page as {@link #getCatalogEntries} reads it and the number of sessions of every page with the
	 * same filter ({@link #getCatalogCourseSessionsCount}), in one statement: the search container needs both on
	 * every render. Only a page past the last one, which has no row to carry the total, asks for the count apart.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	public static se.livsviktig.training.catalog.CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
		int start, int end) {

		return getService().getCatalogPage(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, permissionPredicate, start, end);
	}

	public static List<CourseSession> getCourseCourseSessions(
		long courseId, int[] statuses) {

		return getService().getCourseCourseSessions(courseId, statuses);
	}

	/**
	 * Returns the course session with the primary key.
	 *
	 * @param courseSessionId the primary key of the course session
	 * @return the course session
	 * @throws PortalException if a course session with the primary key could not be found
	 */
	public static CourseSession getCourseSession(long courseSessionId)
		throws PortalException {

		return getService().getCourseSession(courseSessionId);
	}

	/**
	 * Returns the course session matching the UUID and group.
	 *
	 * @param uuid the course session's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course session
	 * @throws PortalException if a matching course session could not be found
	 */
	public static CourseSession getCourseSessionByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getCourseSessionByUuidAndGroupId(uuid, groupId);
	}

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
	public static List<CourseSession> getCourseSessions(int start, int end) {
		return getService().getCourseSessions(start, end);
	}

	public static List<CourseSession> getCourseSessions(
		long groupId, int status, int start, int end) {

		return getService().getCourseSessions(groupId, status, start, end);
	}

	/**
	 * Returns all the course sessions matching the UUID and company.
	 *
	 * @param uuid the UUID of the course sessions
	 * @param companyId the primary key of the company
	 * @return the matching course sessions, or an empty list if no matches were found
	 */
	public static List<CourseSession> getCourseSessionsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getCourseSessionsByUuidAndCompanyId(
			uuid, companyId);
	}

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
	public static List<CourseSession> getCourseSessionsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<CourseSession> orderByComparator) {

		return getService().getCourseSessionsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of course sessions.
	 *
	 * @return the number of course sessions
	 */
	public static int getCourseSessionsCount() {
		return getService().getCourseSessionsCount();
	}

	public static int getCourseSessionsCount(long groupId, int status) {
		return getService().getCourseSessionsCount(groupId, status);
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

	public static List<se.livsviktig.training.model.SessionDate>
		getSessionDates(long courseSessionId) {

		return getService().getSessionDates(courseSessionId);
	}

	public static List<se.livsviktig.training.model.SessionQuota>
		getSessionQuotas(long courseSessionId) {

		return getService().getSessionQuotas(courseSessionId);
	}

	/**
	 * Publishes a draft session: it appears in the catalogue, and people on the course's interest list are
	 * told (or booked, if the course says so).
	 */
	public static CourseSession publishCourseSession(
			long userId, long courseSessionId)
		throws PortalException {

		return getService().publishCourseSession(userId, courseSessionId);
	}

	public static se.livsviktig.training.model.SessionQuota releaseSessionQuota(
			long sessionQuotaId)
		throws PortalException {

		return getService().releaseSessionQuota(sessionQuotaId);
	}

	/**
	 * The job's step: releases quotas whose date has passed and gives the freed seats to the waitlist. A
	 * quota released once is not released again, so running the job twice changes nothing.
	 *
	 * @return how many quotas were released
	 */
	public static int releaseSessionQuotas() throws PortalException {
		return getService().releaseSessionQuotas();
	}

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
	public static List<CourseSession> searchCourseSessions(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
		int start, int end,
		OrderByComparator<CourseSession> orderByComparator) {

		return getService().searchCourseSessions(
			groupId, keywords, status, trainingMethodId, courseId,
			permissionPredicate, start, end, orderByComparator);
	}

	public static int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate) {

		return getService().searchCourseSessionsCount(
			groupId, keywords, status, trainingMethodId, courseId,
			permissionPredicate);
	}

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
	public static CourseSession updateCourseSession(
		CourseSession courseSession) {

		return getService().updateCourseSession(courseSession);
	}

	public static CourseSession updateCourseSession(
			long userId, long courseSessionId, long coordinatorUserId,
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, int seats,
			java.util.Date registrationOpenDate,
			java.util.Date registrationCloseDate,
			java.util.Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, java.util.Date[] startDates, java.util.Date[] endDates,
			long[] audienceOrganizationIds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().updateCourseSession(
			userId, courseSessionId, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, seats,
			registrationOpenDate, registrationCloseDate, cancellationDeadline,
			approvalRequired, waitlistMode, offerHours, dietaryNeedsRequested,
			note, startDates, endDates, audienceOrganizationIds,
			serviceContext);
	}

	/**
	 * Reserves seats for administrations until given dates, after which the seats are open to everyone.
	 * Replaces the session's quotas.
	 */
	public static List<se.livsviktig.training.model.SessionQuota>
			updateSessionQuotas(
				long courseSessionId, long[] organizationIds, int[] seats,
				java.util.Date[] releaseDates)
		throws PortalException {

		return getService().updateSessionQuotas(
			courseSessionId, organizationIds, seats, releaseDates);
	}

	public static CourseSessionLocalService getService() {
		return _service;
	}

	public static void setService(CourseSessionLocalService service) {
		_service = service;
	}

	private static volatile CourseSessionLocalService _service;

}