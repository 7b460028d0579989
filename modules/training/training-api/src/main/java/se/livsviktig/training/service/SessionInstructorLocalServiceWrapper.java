/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link SessionInstructorLocalService}.
 *
 * @author Livsviktig
 * @see SessionInstructorLocalService
 * @generated
 */
public class SessionInstructorLocalServiceWrapper
	implements ServiceWrapper<SessionInstructorLocalService>,
			   SessionInstructorLocalService {

	public SessionInstructorLocalServiceWrapper() {
		this(null);
	}

	public SessionInstructorLocalServiceWrapper(
		SessionInstructorLocalService sessionInstructorLocalService) {

		_sessionInstructorLocalService = sessionInstructorLocalService;
	}

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
	@Override
	public se.livsviktig.training.model.SessionInstructor addSessionInstructor(
		se.livsviktig.training.model.SessionInstructor sessionInstructor) {

		return _sessionInstructorLocalService.addSessionInstructor(
			sessionInstructor);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.createPersistedModel(
			primaryKeyObj);
	}

	/**
	 * Creates a new session instructor with the primary key. Does not add the session instructor to the database.
	 *
	 * @param sessionInstructorId the primary key for the new session instructor
	 * @return the new session instructor
	 */
	@Override
	public se.livsviktig.training.model.SessionInstructor
		createSessionInstructor(long sessionInstructorId) {

		return _sessionInstructorLocalService.createSessionInstructor(
			sessionInstructorId);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.deletePersistedModel(
			persistedModel);
	}

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
	@Override
	public se.livsviktig.training.model.SessionInstructor
			deleteSessionInstructor(long sessionInstructorId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.deleteSessionInstructor(
			sessionInstructorId);
	}

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
	@Override
	public se.livsviktig.training.model.SessionInstructor
		deleteSessionInstructor(
			se.livsviktig.training.model.SessionInstructor sessionInstructor) {

		return _sessionInstructorLocalService.deleteSessionInstructor(
			sessionInstructor);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _sessionInstructorLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _sessionInstructorLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _sessionInstructorLocalService.dynamicQuery();
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

		return _sessionInstructorLocalService.dynamicQuery(dynamicQuery);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _sessionInstructorLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _sessionInstructorLocalService.dynamicQuery(
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

		return _sessionInstructorLocalService.dynamicQueryCount(dynamicQuery);
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

		return _sessionInstructorLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	@Override
	public se.livsviktig.training.model.SessionInstructor
		fetchSessionInstructor(long sessionInstructorId) {

		return _sessionInstructorLocalService.fetchSessionInstructor(
			sessionInstructorId);
	}

	/**
	 * Returns the session instructor matching the UUID and group.
	 *
	 * @param uuid the session instructor's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionInstructor
		fetchSessionInstructorByUuidAndGroupId(String uuid, long groupId) {

		return _sessionInstructorLocalService.
			fetchSessionInstructorByUuidAndGroupId(uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _sessionInstructorLocalService.getActionableDynamicQuery();
	}

	@Override
	public java.util.List<se.livsviktig.training.model.SessionInstructor>
		getCourseSessionInstructors(long courseSessionId, int[] statuses) {

		return _sessionInstructorLocalService.getCourseSessionInstructors(
			courseSessionId, statuses);
	}

	/**
	 * Sessions delivered per accepted instructor and training method whose last date ended in [from, to), from
	 * one GROUP BY ({@link DeliveredSessionsQuery} says when a session counts as delivered): the figure the
	 * instructor app measures licence upkeep by, for every instructor at once.
	 */
	@Override
	public java.util.List<se.livsviktig.training.staffing.DeliveredSessionCount>
		getDeliveredSessionCounts(
			long companyId, java.util.Date from, java.util.Date to) {

		return _sessionInstructorLocalService.getDeliveredSessionCounts(
			companyId, from, to);
	}

	/**
	 * Sessions delivered per accepted instructor, training method and end of the last date in [from, to), from
	 * one GROUP BY (the sessions {@link #getDeliveredSessionCounts} counts): licence upkeep sees when each
	 * session leaves a licence period, for every instructor at once. The portal's Hibernate reads a date column
	 * of such a row as a date: each end comes back as its day (00:00 in the portal's time zone, UTC).
	 */
	@Override
	public java.util.List<se.livsviktig.training.staffing.DeliveredSessionEnd>
		getDeliveredSessionEnds(
			long companyId, java.util.Date from, java.util.Date to) {

		return _sessionInstructorLocalService.getDeliveredSessionEnds(
			companyId, from, to);
	}

	/**
	 * One instructor's sessions delivered per training method and end of the last date in [from, to): the rows of
	 * {@link #getDeliveredSessionEnds(long, Date, Date)} that are theirs, from the same GROUP BY filtered to them,
	 * so one person's licence standing does not read the whole company's.
	 */
	@Override
	public java.util.List<se.livsviktig.training.staffing.DeliveredSessionEnd>
		getDeliveredSessionEnds(
			long companyId, long instructorUserId, java.util.Date from,
			java.util.Date to) {

		return _sessionInstructorLocalService.getDeliveredSessionEnds(
			companyId, instructorUserId, from, to);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _sessionInstructorLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _sessionInstructorLocalService.
			getIndexableActionableDynamicQuery();
	}

	@Override
	public java.util.List<se.livsviktig.training.model.SessionInstructor>
		getInstructorSessionInstructors(
			long instructorUserId, int[] statuses, int start, int end) {

		return _sessionInstructorLocalService.getInstructorSessionInstructors(
			instructorUserId, statuses, start, end);
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _sessionInstructorLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the session instructor with the primary key.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor
	 * @throws PortalException if a session instructor with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionInstructor getSessionInstructor(
			long sessionInstructorId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.getSessionInstructor(
			sessionInstructorId);
	}

	/**
	 * Returns the session instructor matching the UUID and group.
	 *
	 * @param uuid the session instructor's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session instructor
	 * @throws PortalException if a matching session instructor could not be found
	 */
	@Override
	public se.livsviktig.training.model.SessionInstructor
			getSessionInstructorByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.
			getSessionInstructorByUuidAndGroupId(uuid, groupId);
	}

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
	@Override
	public java.util.List<se.livsviktig.training.model.SessionInstructor>
		getSessionInstructors(int start, int end) {

		return _sessionInstructorLocalService.getSessionInstructors(start, end);
	}

	/**
	 * Returns all the session instructors matching the UUID and company.
	 *
	 * @param uuid the UUID of the session instructors
	 * @param companyId the primary key of the company
	 * @return the matching session instructors, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.SessionInstructor>
		getSessionInstructorsByUuidAndCompanyId(String uuid, long companyId) {

		return _sessionInstructorLocalService.
			getSessionInstructorsByUuidAndCompanyId(uuid, companyId);
	}

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
	@Override
	public java.util.List<se.livsviktig.training.model.SessionInstructor>
		getSessionInstructorsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.SessionInstructor>
					orderByComparator) {

		return _sessionInstructorLocalService.
			getSessionInstructorsByUuidAndCompanyId(
				uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of session instructors.
	 *
	 * @return the number of session instructors
	 */
	@Override
	public int getSessionInstructorsCount() {
		return _sessionInstructorLocalService.getSessionInstructorsCount();
	}

	/**
	 * The sessions the instructor accepted to teach whose last date ended before the moment, newest first, each
	 * with its course's title, in one statement ({@link TaughtSessionsQuery} says which are listed): what they
	 * have taught, including sessions whose attendance is still being marked.
	 */
	@Override
	public java.util.List<se.livsviktig.training.staffing.TaughtSession>
		getTaughtSessions(
			long companyId, long instructorUserId, java.util.Date endedBefore,
			int start, int end) {

		return _sessionInstructorLocalService.getTaughtSessions(
			companyId, instructorUserId, endedBefore, start, end);
	}

	/**
	 * The instructors who cannot be asked to teach the session, from one statement
	 * ({@link UnavailableInstructorsQuery} says who): already asked for it, or invited to or teaching another
	 * session at an overlapping time.
	 *
	 * @param dates the start and end of every date of the session, in pairs
	 */
	@Override
	public java.util.List<Long> getUnavailableInstructorUserIds(
		long companyId, long courseSessionId,
		java.util.List<java.util.Date> dates) {

		return _sessionInstructorLocalService.getUnavailableInstructorUserIds(
			companyId, courseSessionId, dates);
	}

	@Override
	public se.livsviktig.training.model.SessionInstructor inviteInstructor(
			long userId, long courseSessionId, long instructorUserId,
			String message,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.inviteInstructor(
			userId, courseSessionId, instructorUserId, message, serviceContext);
	}

	@Override
	public boolean isAcceptedInstructor(long courseSessionId, long userId) {
		return _sessionInstructorLocalService.isAcceptedInstructor(
			courseSessionId, userId);
	}

	/**
	 * The instructor answers an invitation.
	 */
	@Override
	public se.livsviktig.training.model.SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.respondToInvitation(
			sessionInstructorId, accept);
	}

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
	@Override
	public se.livsviktig.training.model.SessionInstructor
		updateSessionInstructor(
			se.livsviktig.training.model.SessionInstructor sessionInstructor) {

		return _sessionInstructorLocalService.updateSessionInstructor(
			sessionInstructor);
	}

	@Override
	public se.livsviktig.training.model.SessionInstructor withdrawInstructor(
			long sessionInstructorId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _sessionInstructorLocalService.withdrawInstructor(
			sessionInstructorId);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _sessionInstructorLocalService.getBasePersistence();
	}

	@Override
	public SessionInstructorLocalService getWrappedService() {
		return _sessionInstructorLocalService;
	}

	@Override
	public void setWrappedService(
		SessionInstructorLocalService sessionInstructorLocalService) {

		_sessionInstructorLocalService = sessionInstructorLocalService;
	}

	private SessionInstructorLocalService _sessionInstructorLocalService;

}