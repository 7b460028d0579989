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

import se.livsviktig.training.model.Registration;

/**
 * Provides the local service utility for Registration. This utility wraps
 * <code>se.livsviktig.training.service.impl.RegistrationLocalServiceImpl</code> and
 * is an access point for service operations in application layer code running
 * on the local server. Methods of this service will not have security checks
 * based on the propagated JAAS credentials because this service can only be
 * accessed from within the same VM.
 *
 * @author Livsviktig
 * @see RegistrationLocalService
 * @generated
 */
public class RegistrationLocalServiceUtil {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this class directly. Add custom service methods to <code>se.livsviktig.training.service.impl.RegistrationLocalServiceImpl</code> and rerun ServiceBuilder to regenerate this class.
	 */

	/**
	 * The person accepts the seat they were offered from the waitlist.
	 */
	public static Registration acceptOffer(long registrationId)
		throws PortalException {

		return getService().acceptOffer(registrationId);
	}

	/**
	 * Registers a person on a session. There is a seat (waiting for the manager's approval if the session
	 * asks for it) or a place on the waitlist; never a seat more than the session has.
	 *
	 * @param organizationId the administration the person registers from, or 0 to take the first of theirs
	 that the session is open to
	 * @param serviceContext the acting user is the one who registers, which may be someone else than the
	 participant (registration on behalf, checked by the remote service)
	 */
	public static Registration addRegistration(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addRegistration(
			userId, courseSessionId, organizationId, motivation, dietaryNeeds,
			serviceContext);
	}

	/**
	 * Adds the registration to the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RegistrationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param registration the registration
	 * @return the registration that was added
	 */
	public static Registration addRegistration(Registration registration) {
		return getService().addRegistration(registration);
	}

	/**
	 * Registers several people at once, all or none: one refused person (not in the audience, already
	 * registered...) and nobody is registered, so the coordinator can correct the list and try again. A
	 * coordinator registers people on a published session also outside its registration window.
	 */
	public static List<Registration> addRegistrations(
			long[] userIds, long courseSessionId,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().addRegistrations(
			userIds, courseSessionId, serviceContext);
	}

	/**
	 * The manager approves: the seat the request held becomes the person's.
	 */
	public static Registration approveRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		return getService().approveRegistration(
			registrationId, reviewerUserId, comment);
	}

	/**
	 * Books people from a course's interest list on its newly published session, in list order, before its
	 * registration window opens: that is what the coordinator asked for by choosing automatic booking. People
	 * who cannot be booked (not in the audience, already registered) are skipped, not refused, so the caller
	 * can tell them instead.
	 *
	 * @return the users booked, with a seat or on the waitlist
	 */
	public static List<Long> bookInterestedUsers(
			long courseSessionId, long[] userIds)
		throws PortalException {

		return getService().bookInterestedUsers(courseSessionId, userIds);
	}

	/**
	 * Cancels every upcoming registration of a session that is itself cancelled, and tells each person.
	 * Called by the course session service inside its own transaction.
	 */
	public static List<Registration> cancelCourseSessionRegistrations(
			long courseSessionId, long cancelledByUserId, String reason)
		throws PortalException {

		return getService().cancelCourseSessionRegistrations(
			courseSessionId, cancelledByUserId, reason);
	}

	/**
	 * Cancels a registration (avbokning). Up to the session's cancellation deadline the participant may;
	 * after it only someone allowed to manage the session's participants, and then a reason is required and
	 * kept. A seat freed this way goes to the waitlist.
	 *
	 * @param afterDeadlineAllowed whether the caller may cancel after the deadline (checked by the remote
	 service)
	 */
	public static Registration cancelRegistration(
			long registrationId, long cancelledByUserId, String reason,
			boolean afterDeadlineAllowed)
		throws PortalException {

		return getService().cancelRegistration(
			registrationId, cancelledByUserId, reason, afterDeadlineAllowed);
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
	 * Creates a new registration with the primary key. Does not add the registration to the database.
	 *
	 * @param registrationId the primary key for the new registration
	 * @return the new registration
	 */
	public static Registration createRegistration(long registrationId) {
		return getService().createRegistration(registrationId);
	}

	/**
	 * The person turns down the seat they were offered; it is offered to the next in line.
	 */
	public static Registration declineOffer(long registrationId)
		throws PortalException {

		return getService().declineOffer(registrationId);
	}

	/**
	 * The manager declines: the request's seat goes to the waitlist.
	 */
	public static Registration declineRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException {

		return getService().declineRegistration(
			registrationId, reviewerUserId, comment);
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
	 * Deletes the registration with the primary key from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RegistrationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param registrationId the primary key of the registration
	 * @return the registration that was removed
	 * @throws PortalException if a registration with the primary key could not be found
	 */
	public static Registration deleteRegistration(long registrationId)
		throws PortalException {

		return getService().deleteRegistration(registrationId);
	}

	/**
	 * Deletes the registration from the database. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RegistrationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param registration the registration
	 * @return the registration that was removed
	 * @throws PortalException
	 */
	public static Registration deleteRegistration(Registration registration)
		throws PortalException {

		return getService().deleteRegistration(registration);
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.RegistrationModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.RegistrationModelImpl</code>.
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

	/**
	 * Ends a hold that ran out: an approval nobody gave in time, or an offer nobody accepted. The seat goes
	 * to the waitlist. Does nothing if the registration has moved on, so running the job twice is harmless.
	 *
	 * @return <code>true</code> if the registration expired now
	 */
	public static boolean expireRegistration(long registrationId)
		throws PortalException {

		return getService().expireRegistration(registrationId);
	}

	/**
	 * The job's step: expires every hold that ran out, each in its own transaction so one failure does not
	 * undo the rest.
	 *
	 * @return how many registrations expired
	 */
	public static int expireRegistrations() throws PortalException {
		return getService().expireRegistrations();
	}

	public static Registration fetchActiveRegistration(
		long userId, long courseSessionId) {

		return getService().fetchActiveRegistration(userId, courseSessionId);
	}

	public static Registration fetchRegistration(long registrationId) {
		return getService().fetchRegistration(registrationId);
	}

	/**
	 * Returns the registration matching the UUID and group.
	 *
	 * @param uuid the registration's UUID
	 * @param groupId the primary key of the group
	 * @return the matching registration, or <code>null</code> if a matching registration could not be found
	 */
	public static Registration fetchRegistrationByUuidAndGroupId(
		String uuid, long groupId) {

		return getService().fetchRegistrationByUuidAndGroupId(uuid, groupId);
	}

	public static com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return getService().getActionableDynamicQuery();
	}

	/**
	 * The completed registrations of the company's sessions of a training method whose session's last date ended
	 * in [from, to), ordered by registrationId, a page at a time from one statement ({@link
	 * CompletedRegistrationsQuery} says which): what the survey app invites from.
	 *
	 * @param afterRegistrationId the last registrationId of the previous page, 0 for the first
	 * @param size the most rows of the page
	 */
	public static List
		<se.livsviktig.training.registration.CompletedRegistration>
			getCompletedRegistrations(
				long companyId, long trainingMethodId, java.util.Date from,
				java.util.Date to, long afterRegistrationId, int size) {

		return getService().getCompletedRegistrations(
			companyId, trainingMethodId, from, to, afterRegistrationId, size);
	}

	/**
	 * The completed registrations of the chosen sessions of the company, as {@link #getCompletedRegistrations(long,
	 * long, Date, Date, long, int)} gives those of a method; none for no sessions.
	 */
	public static List
		<se.livsviktig.training.registration.CompletedRegistration>
			getCompletedRegistrations(
				long companyId, long[] courseSessionIds, java.util.Date from,
				java.util.Date to, long afterRegistrationId, int size) {

		return getService().getCompletedRegistrations(
			companyId, courseSessionIds, from, to, afterRegistrationId, size);
	}

	public static List<Registration> getCourseSessionRegistrations(
		long courseSessionId, int[] statuses, int start, int end) {

		return getService().getCourseSessionRegistrations(
			courseSessionId, statuses, start, end);
	}

	public static int getCourseSessionRegistrationsCount(
		long courseSessionId, int[] statuses) {

		return getService().getCourseSessionRegistrationsCount(
			courseSessionId, statuses);
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
	 * Requests waiting for approval from people in the given administrations, oldest first.
	 */
	public static List<Registration> getPendingApprovals(
		long[] organizationIds, int start, int end) {

		return getService().getPendingApprovals(organizationIds, start, end);
	}

	public static int getPendingApprovalsCount(long[] organizationIds) {
		return getService().getPendingApprovalsCount(organizationIds);
	}

	/**
	 * @throws PortalException
	 */
	public static PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException {

		return getService().getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the registration with the primary key.
	 *
	 * @param registrationId the primary key of the registration
	 * @return the registration
	 * @throws PortalException if a registration with the primary key could not be found
	 */
	public static Registration getRegistration(long registrationId)
		throws PortalException {

		return getService().getRegistration(registrationId);
	}

	/**
	 * Returns the registration matching the UUID and group.
	 *
	 * @param uuid the registration's UUID
	 * @param groupId the primary key of the group
	 * @return the matching registration
	 * @throws PortalException if a matching registration could not be found
	 */
	public static Registration getRegistrationByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException {

		return getService().getRegistrationByUuidAndGroupId(uuid, groupId);
	}

	/**
	 * Returns a range of all the registrations.
	 *
	 * <p>
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.RegistrationModelImpl</code>.
	 * </p>
	 *
	 * @param start the lower bound of the range of registrations
	 * @param end the upper bound of the range of registrations (not inclusive)
	 * @return the range of registrations
	 */
	public static List<Registration> getRegistrations(int start, int end) {
		return getService().getRegistrations(start, end);
	}

	/**
	 * Returns all the registrations matching the UUID and company.
	 *
	 * @param uuid the UUID of the registrations
	 * @param companyId the primary key of the company
	 * @return the matching registrations, or an empty list if no matches were found
	 */
	public static List<Registration> getRegistrationsByUuidAndCompanyId(
		String uuid, long companyId) {

		return getService().getRegistrationsByUuidAndCompanyId(uuid, companyId);
	}

	/**
	 * Returns a range of registrations matching the UUID and company.
	 *
	 * @param uuid the UUID of the registrations
	 * @param companyId the primary key of the company
	 * @param start the lower bound of the range of registrations
	 * @param end the upper bound of the range of registrations (not inclusive)
	 * @param orderByComparator the comparator to order the results by (optionally <code>null</code>)
	 * @return the range of matching registrations, or an empty list if no matches were found
	 */
	public static List<Registration> getRegistrationsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Registration> orderByComparator) {

		return getService().getRegistrationsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of registrations.
	 *
	 * @return the number of registrations
	 */
	public static int getRegistrationsCount() {
		return getService().getRegistrationsCount();
	}

	/**
	 * The training of the members of the given organisations, one per member and method (one per member when a
	 * method is given), from one query: see UnitTrainingQuery. The caller passes the unit with every unit under
	 * it; the remote service decides who may ask.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	public static List<se.livsviktig.training.registration.MemberTraining>
		getUnitTraining(
			long companyId, long[] organizationIds, long trainingMethodId) {

		return getService().getUnitTraining(
			companyId, organizationIds, trainingMethodId);
	}

	public static List<Registration> getUserRegistrations(
		long userId, int[] statuses, int start, int end) {

		return getService().getUserRegistrations(userId, statuses, start, end);
	}

	public static int getUserRegistrationsCount(long userId, int[] statuses) {
		return getService().getUserRegistrationsCount(userId, statuses);
	}

	/**
	 * @return the person's place in the waitlist, 1 for the next to get a seat, or 0 if not waitlisted
	 */
	public static int getWaitlistPosition(long registrationId)
		throws PortalException {

		return getService().getWaitlistPosition(registrationId);
	}

	/**
	 * Whether the user has, or had, any registration on the session, in whatever state.
	 */
	public static boolean hasUserRegistration(
		long userId, long courseSessionId) {

		return getService().hasUserRegistration(userId, courseSessionId);
	}

	/**
	 * Registers the people a coordinator lists (one e-mail address or screen name per line, comma or
	 * semicolon separated columns, the first column counts). Every line is checked first; only when all are
	 * valid, and this is not a dry run, are they all registered. Either way the report says, line by line,
	 * what would happen or did.
	 */
	public static se.livsviktig.training.registration.RegistrationImportReport
			importRegistrations(
				long courseSessionId, String csv, boolean dryRun,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws PortalException {

		return getService().importRegistrations(
			courseSessionId, csv, dryRun, serviceContext);
	}

	/**
	 * A coordinator's e-mail to some of a session's participants: the subject and body as typed (the body is
	 * escaped into the HTML e-mail, never taken as markup), one e-mail each, in the recipient's language.
	 *
	 * @param registrationIds the recipients' registrations, each of this session
	 * @return how many e-mails were sent
	 */
	public static int messageParticipants(
			long courseSessionId, long[] registrationIds, long senderUserId,
			String subject, String body)
		throws PortalException {

		return getService().messageParticipants(
			courseSessionId, registrationIds, senderUserId, subject, body);
	}

	/**
	 * Moves a person to another session of the same course: the seat or waitlist place in the old session is
	 * given up (and goes to the old session's waitlist, as a cancellation's would), and the person is
	 * registered in the new session, with a seat or on its waitlist as its seats allow. One transaction: when
	 * the new session refuses them, nothing changes in the old one.
	 *
	 * @return the new registration
	 */
	public static Registration moveRegistration(
			long registrationId, long targetCourseSessionId, long actorUserId,
			String reason)
		throws PortalException {

		return getService().moveRegistration(
			registrationId, targetCourseSessionId, actorUserId, reason);
	}

	/**
	 * Moves a waitlisted person to another place in the session's line, for a reason that is kept with the
	 * registration's history. The others keep their order; the line's queue numbers are dealt out again in
	 * the new order, so positions stay 1..n.
	 *
	 * @param newPosition 1 for the first in line; past the end means last
	 */
	public static Registration moveWaitlistPosition(
			long registrationId, int newPosition, long actorUserId,
			String reason)
		throws PortalException {

		return getService().moveWaitlistPosition(
			registrationId, newPosition, actorUserId, reason);
	}

	/**
	 * Gives free seats to the waitlist, e.g. after the seats were raised or a quota was released.
	 */
	public static List<Registration> promoteWaitlist(
			long courseSessionId, long actorUserId, String occasion)
		throws PortalException {

		return getService().promoteWaitlist(
			courseSessionId, actorUserId, occasion);
	}

	/**
	 * The job's step: deletes the free text people wrote about a participation (motivation, dietary needs,
	 * the manager's comment, the cancellation reason, the comments in its history, the message to each
	 * instructor) a configured number of days after the session ended (GDPR: kept no longer than needed). The
	 * registrations themselves stay for the year's figures.
	 *
	 * @return how many registrations and instructor invitations were cleaned
	 */
	public static int purgeFreeText() {
		return getService().purgeFreeText();
	}

	/**
	 * The job's step: reminds the approvers of requests that have waited a day, once per approver.
	 *
	 * @return how many requests were brought up
	 */
	public static int remindApprovers() throws PortalException {
		return getService().remindApprovers();
	}

	/**
	 * The job's step: reminds confirmed participants the configured number of days before their session,
	 * once each.
	 *
	 * @return how many reminders went out now
	 */
	public static int sendReminders() throws PortalException {
		return getService().sendReminders();
	}

	/**
	 * Updates the registration in the database or adds it if it does not yet exist. Also notifies the appropriate model listeners.
	 *
	 * <p>
	 * <strong>Important:</strong> Inspect RegistrationLocalServiceImpl for overloaded versions of the method. If provided, use these entry points to the API, as the implementation logic may require the additional parameters defined there.
	 * </p>
	 *
	 * @param registration the registration
	 * @return the registration that was updated
	 */
	public static Registration updateRegistration(Registration registration) {
		return getService().updateRegistration(registration);
	}

	public static RegistrationLocalService getService() {
		return _service;
	}

	public static void setService(RegistrationLocalService service) {
		_service = service;
	}

	private static volatile RegistrationLocalService _service;

}