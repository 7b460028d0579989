/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link CourseSessionLocalService}.
 *
 * @author Livsviktig
 * @see CourseSessionLocalService
 * @generated
 */
public class CourseSessionLocalServiceWrapper
	implements CourseSessionLocalService,
			   ServiceWrapper<CourseSessionLocalService> {

	public CourseSessionLocalServiceWrapper() {
		this(null);
	}

	public CourseSessionLocalServiceWrapper(
		CourseSessionLocalService courseSessionLocalService) {

		_courseSessionLocalService = courseSessionLocalService;
	}

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
	@Override
	public se.livsviktig.training.model.CourseSession addCourseSession(
		se.livsviktig.training.model.CourseSession courseSession) {

		return _courseSessionLocalService.addCourseSession(courseSession);
	}

	@Override
	public se.livsviktig.training.model.CourseSession addCourseSession(
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
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.addCourseSession(
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
	@Override
	public se.livsviktig.training.model.CourseSession archiveCourseSession(
			long userId, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.archiveCourseSession(
			userId, courseSessionId);
	}

	/**
	 * Cancels a session: every upcoming registration is cancelled and everyone is told, with the reason.
	 */
	@Override
	public se.livsviktig.training.model.CourseSession cancelCourseSession(
			long userId, long courseSessionId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.cancelCourseSession(
			userId, courseSessionId, reason);
	}

	/**
	 * Creates a new course session with the primary key. Does not add the course session to the database.
	 *
	 * @param courseSessionId the primary key for the new course session
	 * @return the new course session
	 */
	@Override
	public se.livsviktig.training.model.CourseSession createCourseSession(
		long courseSessionId) {

		return _courseSessionLocalService.createCourseSession(courseSessionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.createPersistedModel(primaryKeyObj);
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
	@Override
	public se.livsviktig.training.model.CourseSession deleteCourseSession(
			se.livsviktig.training.model.CourseSession courseSession)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.deleteCourseSession(courseSession);
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
	@Override
	public se.livsviktig.training.model.CourseSession deleteCourseSession(
			long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.deleteCourseSession(courseSessionId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.deletePersistedModel(persistedModel);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _courseSessionLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _courseSessionLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _courseSessionLocalService.dynamicQuery();
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

		return _courseSessionLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _courseSessionLocalService.dynamicQuery(
			dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _courseSessionLocalService.dynamicQuery(
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

		return _courseSessionLocalService.dynamicQueryCount(dynamicQuery);
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

		return _courseSessionLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.CourseSession fetchCourseSession(
		long courseSessionId) {

		return _courseSessionLocalService.fetchCourseSession(courseSessionId);
	}

	/**
	 * Returns the course session matching the UUID and group.
	 *
	 * @param uuid the course session's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course session, or <code>null</code> if a matching course session could not be found
	 */
	@Override
	public se.livsviktig.training.model.CourseSession
		fetchCourseSessionByUuidAndGroupId(String uuid, long groupId) {

		return _courseSessionLocalService.fetchCourseSessionByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _courseSessionLocalService.getActionableDynamicQuery();
	}

	@Override
	public long[] getAudienceOrganizationIds(long courseSessionId) {
		return _courseSessionLocalService.getAudienceOrganizationIds(
			courseSessionId);
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
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCatalogCourseSessions(
			long groupId, long trainingMethodId, java.util.Date startDateFrom,
			java.util.Date startDateTo, String locality, int deliveryMode,
			boolean onlyWithFreeSeats,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
			int start, int end) {

		return _courseSessionLocalService.getCatalogCourseSessions(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, permissionPredicate, start, end);
	}

	@Override
	public int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate) {

		return _courseSessionLocalService.getCatalogCourseSessionsCount(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, permissionPredicate);
	}

	/**
	 * The catalogue's page as it shows it: each upcoming published session of the site with its course's title,
	 * in one statement, with the same filters and order as {@link #getCatalogCourseSessions}.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	@Override
	public java.util.List<se.livsviktig.training.catalog.CatalogEntry>
		getCatalogEntries(
			long groupId, long trainingMethodId, java.util.Date startDateFrom,
			java.util.Date startDateTo, String locality, int deliveryMode,
			boolean onlyWithFreeSeats,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
			int start, int end) {

		return _courseSessionLocalService.getCatalogEntries(
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
	@Override
	public se.livsviktig.training.catalog.CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, java.util.Date startDateFrom,
		java.util.Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
		int start, int end) {

		return _courseSessionLocalService.getCatalogPage(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats, permissionPredicate, start, end);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCourseCourseSessions(long courseId, int[] statuses) {

		return _courseSessionLocalService.getCourseCourseSessions(
			courseId, statuses);
	}

	/**
	 * Returns the course session with the primary key.
	 *
	 * @param courseSessionId the primary key of the course session
	 * @return the course session
	 * @throws PortalException if a course session with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.CourseSession getCourseSession(
			long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.getCourseSession(courseSessionId);
	}

	/**
	 * Returns the course session matching the UUID and group.
	 *
	 * @param uuid the course session's UUID
	 * @param groupId the primary key of the group
	 * @return the matching course session
	 * @throws PortalException if a matching course session could not be found
	 */
	@Override
	public se.livsviktig.training.model.CourseSession
			getCourseSessionByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.getCourseSessionByUuidAndGroupId(
			uuid, groupId);
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
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCourseSessions(int start, int end) {

		return _courseSessionLocalService.getCourseSessions(start, end);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCourseSessions(long groupId, int status, int start, int end) {

		return _courseSessionLocalService.getCourseSessions(
			groupId, status, start, end);
	}

	/**
	 * Returns all the course sessions matching the UUID and company.
	 *
	 * @param uuid the UUID of the course sessions
	 * @param companyId the primary key of the company
	 * @return the matching course sessions, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCourseSessionsByUuidAndCompanyId(String uuid, long companyId) {

		return _courseSessionLocalService.getCourseSessionsByUuidAndCompanyId(
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
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		getCourseSessionsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.CourseSession>
					orderByComparator) {

		return _courseSessionLocalService.getCourseSessionsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of course sessions.
	 *
	 * @return the number of course sessions
	 */
	@Override
	public int getCourseSessionsCount() {
		return _courseSessionLocalService.getCourseSessionsCount();
	}

	@Override
	public int getCourseSessionsCount(long groupId, int status) {
		return _courseSessionLocalService.getCourseSessionsCount(
			groupId, status);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _courseSessionLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _courseSessionLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _courseSessionLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.getPersistedModel(primaryKeyObj);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.SessionDate>
		getSessionDates(long courseSessionId) {

		return _courseSessionLocalService.getSessionDates(courseSessionId);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.SessionQuota>
		getSessionQuotas(long courseSessionId) {

		return _courseSessionLocalService.getSessionQuotas(courseSessionId);
	}

	/**
	 * Publishes a draft session: it appears in the catalogue, and people on the course's interest list are
	 * told (or booked, if the course says so).
	 */
	@Override
	public se.livsviktig.training.model.CourseSession publishCourseSession(
			long userId, long courseSessionId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.publishCourseSession(
			userId, courseSessionId);
	}

	@Override
	public se.livsviktig.training.model.SessionQuota releaseSessionQuota(
			long sessionQuotaId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.releaseSessionQuota(sessionQuotaId);
	}

	/**
	 * The job's step: releases quotas whose date has passed and gives the freed seats to the waitlist. A
	 * quota released once is not released again, so running the job twice changes nothing.
	 *
	 * @return how many quotas were released
	 */
	@Override
	public int releaseSessionQuotas()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.releaseSessionQuotas();
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
	@Override
	public java.util.List<se.livsviktig.training.model.CourseSession>
		searchCourseSessions(
			long groupId, String keywords, int status, long trainingMethodId,
			long courseId,
			com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate,
			int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.CourseSession>
					orderByComparator) {

		return _courseSessionLocalService.searchCourseSessions(
			groupId, keywords, status, trainingMethodId, courseId,
			permissionPredicate, start, end, orderByComparator);
	}

	@Override
	public int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId,
		com.liferay.petra.sql.dsl.expression.Predicate permissionPredicate) {

		return _courseSessionLocalService.searchCourseSessionsCount(
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
	@Override
	public se.livsviktig.training.model.CourseSession updateCourseSession(
		se.livsviktig.training.model.CourseSession courseSession) {

		return _courseSessionLocalService.updateCourseSession(courseSession);
	}

	@Override
	public se.livsviktig.training.model.CourseSession updateCourseSession(
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
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.updateCourseSession(
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
	@Override
	public java.util.List<se.livsviktig.training.model.SessionQuota>
			updateSessionQuotas(
				long courseSessionId, long[] organizationIds, int[] seats,
				java.util.Date[] releaseDates)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _courseSessionLocalService.updateSessionQuotas(
			courseSessionId, organizationIds, seats, releaseDates);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _courseSessionLocalService.getBasePersistence();
	}

	@Override
	public CourseSessionLocalService getWrappedService() {
		return _courseSessionLocalService;
	}

	@Override
	public void setWrappedService(
		CourseSessionLocalService courseSessionLocalService) {

		_courseSessionLocalService = courseSessionLocalService;
	}

	private CourseSessionLocalService _courseSessionLocalService;

}