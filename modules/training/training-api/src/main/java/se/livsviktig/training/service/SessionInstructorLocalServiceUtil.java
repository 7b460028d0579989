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

import se.livsviktig.training.model.SessionInstructor;

/**
 * Provides the local service utility for SessionInstructor. This utility wraps
 * <code>se.livsviktig.training.service.impl.SessionInstructorLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see SessionInstructorLocalService
 * @generated
 */
public class SessionInstructorLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.SessionInstructorLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
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
	public static SessionInstructor addSessionInstructor(
		SessionInstructor sessionInstructor) {

		return getService().addSessionInstructor(sessionInstructor);
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
	 * Creates a new session instructor with the primary key. Does not add the session instructor to the database.
	 *
	 * @param sessionInstructorId the primary key for the new session instructor
	 * @return the new session instructor
	 */
	public static SessionInstructor createSessionInstructor(
		long sessionInstructorId) {

		return getService().createSessionInstructor(sessionInstructorId);
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
	public static SessionInstructor deleteSessionInstructor(
			long sessionInstructorId)
		throws PortalException {

		return getService().deleteSessionInstructor(sessionInstructorId);
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
	public static SessionInstructor deleteSessionInstructor(
		SessionInstructor sessionInstructor) {

		return getService().deleteSessionInstructor(sessionInstructor);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionInstructorModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.SessionInstructorModelImpl</code>.
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

	public static SessionInstructor fetchSessionInstructor(
		long sessionInstructorId) {

		return getService().fetchSessionInstructor(sessionInstructorId);
	}

	/**
	 * Returns the session instructor matching the UUID and group.
	 *
	 * @param uuid the session instructor's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session instructor, or <code>null</code> if a matching session instructor could not be found
	 */
	public static SessionInstructor fetchSessionInstructorByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchSessionInstructorByUuidAndGroupId(
			uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	public static List<SessionInstructor> getCourseSessionInstructors(
		long courseSessionId, int[] statuses) {

		return getService().getCourseSessionInstructors(
			courseSessionId, statuses);
	}

	/**
	 * Sessions delivered per accepted instructor and training method whose last date ended in [from, to), from
	 * one GROUP BY ({@link DeliveredSessionsQuery} says when a session counts as delivered): the figure the
	 * instructor app measures licence upkeep by, for every instructor at once.
	 */
	public static List<se.livsviktig.training.staffing.DeliveredSessionCount>
		getDeliveredSessionCounts(
			long companyId, java.util.Date from, java.util.Date to) {

		return getService().getDeliveredSessionCounts(companyId, from, to);
	}

	/**
	 * Sessions delivered per accepted instructor, training method and end of the last date in [from, to), from
	 * one GROUP BY (the sessions {@link #getDeliveredSessionCounts} counts): licence upkeep sees when each
	 * session leaves a licence period, for every instructor at once. The portal's Hibernate reads a date column
	 * of such a row as a date: each end comes back as its day (00:00 in the portal's time zone, UTC).
	 */
	public static List<se.livsviktig.training.staffing.DeliveredSessionEnd>
		getDeliveredSessionEnds(
			long companyId, java.util.Date from, java.util.Date to) {

		return getService().getDeliveredSessionEnds(companyId, from, to);
	}

	/**
	 * One instructor's sessions delivered per training method and end of the last date in [from, to): the rows of
	 * {@link #getDeliveredSessionEnds(long, Date, Date)} that are theirs, from the same GROUP BY filtered to them,
	 * so one person's licence standing does not read the whole company's.
	 */
	public static List<se.livsviktig.training.staffing.DeliveredSessionEnd>
		getDeliveredSessionEnds(
			long companyId, long instructorUserId, java.util.Date from,
			java.util.Date to) {

		return getService().getDeliveredSessionEnds(
			companyId, instructorUserId, from, to);
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

	public static List<SessionInstructor> getInstructorSessionInstructors(
		long instructorUserId, int[] statuses, int start, int end) {

		return getService().getInstructorSessionInstructors(
			instructorUserId, statuses, start, end);
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
	 * Returns the session instructor with the primary key.
	 *
	 * @param sessionInstructorId the primary key of the session instructor
	 * @return the session instructor
	 * @throws PortalException if a session instructor with the primary key could not be found
	 */
	public static SessionInstructor getSessionInstructor(
			long sessionInstructorId)
		throws PortalException {

		return getService().getSessionInstructor(sessionInstructorId);
	}

	/**
	 * Returns the session instructor matching the UUID and group.
	 *
	 * @param uuid the session instructor's UUID
	 * @param groupId the primary key of the group
	 * @return the matching session instructor
	 * @throws PortalException if a matching session instructor could not be found
	 */
	public static SessionInstructor getSessionInstructorByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getSessionInstructorByUuidAndGroupId(uuid, groupId);
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
	public static List<SessionInstructor> getSessionInstructors(
		int start, int end) {

		return getService().getSessionInstructors(start, end);
	}

	/**
	 * Returns all the session instructors matching the UUID and company.
	 *
	 * @param uuid the UUID of the session instructors
	 * @param companyId the primary key of the company
	 * @return the matching session instructors, or an empty list if no matches were found
	 */
	public static List<SessionInstructor>
		getSessionInstructorsByUuidAndCompanyId(String uuid, long companyId) {

		return getService().getSessionInstructorsByUuidAndCompanyId(
			uuid, companyId);
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
	public static List<SessionInstructor>
		getSessionInstructorsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			OrderByComparator<SessionInstructor> orderByComparator) {

		return getService().getSessionInstructorsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of session instructors.
	 *
	 * @return the number of session instructors
	 */
	public static int getSessionInstructorsCount() {
		return getService().getSessionInstructorsCount();
	}

	/**
	 * The sessions the instructor accepted to teach whose last date ended before the moment, newest first, each
	 * with its course's title, in one statement ({@link TaughtSessionsQuery} says which are listed): what they
	 * have taught, including sessions whose attendance is still being marked.
	 */
	public static List<se.livsviktig.training.staffing.TaughtSession>
		getTaughtSessions(
			long companyId, long instructorUserId, java.util.Date endedBefore,
			int start, int end) {

		return getService().getTaughtSessions(
			companyId, instructorUserId, endedBefore, start, end);
	}

	/**
	 * The instructors who cannot be asked to teach the session, from one statement
	 * ({@link UnavailableInstructorsQuery} says who): already asked for it, or invited to or teaching another
	 * session at an overlapping time.
	 *
	 * @param dates the start and end of every date of the session, in pairs
	 */
	public static List<Long> getUnavailableInstructorUserIds(
		long companyId, long courseSessionId, List<java.util.Date> dates) {

		return getService().getUnavailableInstructorUserIds(
			companyId, courseSessionId, dates);
	}

	public static SessionInstructor inviteInstructor(
			long userId, long courseSessionId, long instructorUserId,
			String message,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().inviteInstructor(
			userId, courseSessionId, instructorUserId, message, serviceContext);
	}

	public static boolean isAcceptedInstructor(
		long courseSessionId, long userId) {

		return getService().isAcceptedInstructor(courseSessionId, userId);
	}

	/**
	 * The instructor answers an invitation.
	 */
	public static SessionInstructor respondToInvitation(
			long sessionInstructorId, boolean accept)
		throws PortalException {

		return getService().respondToInvitation(sessionInstructorId, accept);
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
	public static SessionInstructor updateSessionInstructor(
		SessionInstructor sessionInstructor) {

		return getService().updateSessionInstructor(sessionInstructor);
	}

	public static SessionInstructor withdrawInstructor(long sessionInstructorId)
		throws PortalException {

		return getService().withdrawInstructor(sessionInstructorId);
	}

	public static SessionInstructorLocalService getService() {
		return _service;
	}

	public static void setService(SessionInstructorLocalService service) {
		_service = service;
	}

	private static volatile SessionInstructorLocalService _service;

}