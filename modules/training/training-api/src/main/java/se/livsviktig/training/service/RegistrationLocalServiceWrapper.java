/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.training.service;

import com.liferay.portal.kernel.service.ServiceWrapper;
import com.liferay.portal.kernel.service.persistence.BasePersistence;

/**
 * Provides a wrapper for {@link RegistrationLocalService}.
 *
 * @author Livsviktig
 * @see RegistrationLocalService
 * @generated
 */
public class RegistrationLocalServiceWrapper
	implements RegistrationLocalService,
			   ServiceWrapper<RegistrationLocalService> {

	public RegistrationLocalServiceWrapper() {
		this(null);
	}

	public RegistrationLocalServiceWrapper(
		RegistrationLocalService registrationLocalService) {

		_registrationLocalService = registrationLocalService;
	}

	/**
	 * The person accepts the seat they were offered from the waitlist.
	 */
	@Override
	public se.livsviktig.training.model.Registration acceptOffer(
			long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.acceptOffer(registrationId);
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
	@Override
	public se.livsviktig.training.model.Registration addRegistration(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.addRegistration(
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
	@Override
	public se.livsviktig.training.model.Registration addRegistration(
		se.livsviktig.training.model.Registration registration) {

		return _registrationLocalService.addRegistration(registration);
	}

	/**
	 * Registers several people at once, all or none: one refused person (not in the audience, already
	 * registered...) and nobody is registered, so the coordinator can correct the list and try again. A
	 * coordinator registers people on a published session also outside its registration window.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			addRegistrations(
				long[] userIds, long courseSessionId,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.addRegistrations(
			userIds, courseSessionId, serviceContext);
	}

	/**
	 * The manager approves: the seat the request held becomes the person's.
	 */
	@Override
	public se.livsviktig.training.model.Registration approveRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.approveRegistration(
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
	@Override
	public java.util.List<Long> bookInterestedUsers(
			long courseSessionId, long[] userIds)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.bookInterestedUsers(
			courseSessionId, userIds);
	}

	/**
	 * Cancels every upcoming registration of a session that is itself cancelled, and tells each person.
	 * Called by the course session service inside its own transaction.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			cancelCourseSessionRegistrations(
				long courseSessionId, long cancelledByUserId, String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.cancelCourseSessionRegistrations(
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
	@Override
	public se.livsviktig.training.model.Registration cancelRegistration(
			long registrationId, long cancelledByUserId, String reason,
			boolean afterDeadlineAllowed)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.cancelRegistration(
			registrationId, cancelledByUserId, reason, afterDeadlineAllowed);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel createPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.createPersistedModel(primaryKeyObj);
	}

	/**
	 * Creates a new registration with the primary key. Does not add the registration to the database.
	 *
	 * @param registrationId the primary key for the new registration
	 * @return the new registration
	 */
	@Override
	public se.livsviktig.training.model.Registration createRegistration(
		long registrationId) {

		return _registrationLocalService.createRegistration(registrationId);
	}

	/**
	 * The person turns down the seat they were offered; it is offered to the next in line.
	 */
	@Override
	public se.livsviktig.training.model.Registration declineOffer(
			long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.declineOffer(registrationId);
	}

	/**
	 * The manager declines: the request's seat goes to the waitlist.
	 */
	@Override
	public se.livsviktig.training.model.Registration declineRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.declineRegistration(
			registrationId, reviewerUserId, comment);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel deletePersistedModel(
			com.liferay.portal.kernel.model.PersistedModel persistedModel)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.deletePersistedModel(persistedModel);
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
	@Override
	public se.livsviktig.training.model.Registration deleteRegistration(
			long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.deleteRegistration(registrationId);
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
	@Override
	public se.livsviktig.training.model.Registration deleteRegistration(
			se.livsviktig.training.model.Registration registration)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.deleteRegistration(registration);
	}

	@Override
	public <T> T dslQuery(com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {
		return _registrationLocalService.dslQuery(dslQuery);
	}

	@Override
	public int dslQueryCount(
		com.liferay.petra.sql.dsl.query.DSLQuery dslQuery) {

		return _registrationLocalService.dslQueryCount(dslQuery);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery() {
		return _registrationLocalService.dynamicQuery();
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

		return _registrationLocalService.dynamicQuery(dynamicQuery);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end) {

		return _registrationLocalService.dynamicQuery(dynamicQuery, start, end);
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
	@Override
	public <T> java.util.List<T> dynamicQuery(
		com.liferay.portal.kernel.dao.orm.DynamicQuery dynamicQuery, int start,
		int end,
		com.liferay.portal.kernel.util.OrderByComparator<T> orderByComparator) {

		return _registrationLocalService.dynamicQuery(
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

		return _registrationLocalService.dynamicQueryCount(dynamicQuery);
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

		return _registrationLocalService.dynamicQueryCount(
			dynamicQuery, projection);
	}

	/**
	 * Ends a hold that ran out: an approval nobody gave in time, or an offer nobody accepted. The seat goes
	 * to the waitlist. Does nothing if the registration has moved on, so running the job twice is harmless.
	 *
	 * @return <code>true</code> if the registration expired now
	 */
	@Override
	public boolean expireRegistration(long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.expireRegistration(registrationId);
	}

	/**
	 * The job's step: expires every hold that ran out, each in its own transaction so one failure does not
	 * undo the rest.
	 *
	 * @return how many registrations expired
	 */
	@Override
	public int expireRegistrations()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.expireRegistrations();
	}

	@Override
	public se.livsviktig.training.model.Registration fetchActiveRegistration(
		long userId, long courseSessionId) {

		return _registrationLocalService.fetchActiveRegistration(
			userId, courseSessionId);
	}

	@Override
	public se.livsviktig.training.model.Registration fetchRegistration(
		long registrationId) {

		return _registrationLocalService.fetchRegistration(registrationId);
	}

	/**
	 * Returns the registration matching the UUID and group.
	 *
	 * @param uuid the registration's UUID
	 * @param groupId the primary key of the group
	 * @return the matching registration, or <code>null</code> if a matching registration could not be found
	 */
	@Override
	public se.livsviktig.training.model.Registration
		fetchRegistrationByUuidAndGroupId(String uuid, long groupId) {

		return _registrationLocalService.fetchRegistrationByUuidAndGroupId(
			uuid, groupId);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery
		getActionableDynamicQuery() {

		return _registrationLocalService.getActionableDynamicQuery();
	}

	/**
	 * The completed registrations of the company's sessions of a training method whose session's last date ended
	 * in [from, to), ordered by registrationId, a page at a time from one statement ({@link
	 * CompletedRegistrationsQuery} says which): what the survey app invites from.
	 *
	 * @param afterRegistrationId the last registrationId of the previous page, 0 for the first
	 * @param size the most rows of the page
	 */
	@Override
	public java.util.List
		<se.livsviktig.training.registration.CompletedRegistration>
			getCompletedRegistrations(
				long companyId, long trainingMethodId, java.util.Date from,
				java.util.Date to, long afterRegistrationId, int size) {

		return _registrationLocalService.getCompletedRegistrations(
			companyId, trainingMethodId, from, to, afterRegistrationId, size);
	}

	/**
	 * The completed registrations of the chosen sessions of the company, as {@link #getCompletedRegistrations(long,
	 * long, Date, Date, long, int)} gives those of a method; none for no sessions.
	 */
	@Override
	public java.util.List
		<se.livsviktig.training.registration.CompletedRegistration>
			getCompletedRegistrations(
				long companyId, long[] courseSessionIds, java.util.Date from,
				java.util.Date to, long afterRegistrationId, int size) {

		return _registrationLocalService.getCompletedRegistrations(
			companyId, courseSessionIds, from, to, afterRegistrationId, size);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
		getCourseSessionRegistrations(
			long courseSessionId, int[] statuses, int start, int end) {

		return _registrationLocalService.getCourseSessionRegistrations(
			courseSessionId, statuses, start, end);
	}

	@Override
	public int getCourseSessionRegistrationsCount(
		long courseSessionId, int[] statuses) {

		return _registrationLocalService.getCourseSessionRegistrationsCount(
			courseSessionId, statuses);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.ExportActionableDynamicQuery
		getExportActionableDynamicQuery(
			com.liferay.exportimport.kernel.lar.PortletDataContext
				portletDataContext) {

		return _registrationLocalService.getExportActionableDynamicQuery(
			portletDataContext);
	}

	@Override
	public com.liferay.portal.kernel.dao.orm.IndexableActionableDynamicQuery
		getIndexableActionableDynamicQuery() {

		return _registrationLocalService.getIndexableActionableDynamicQuery();
	}

	/**
	 * Returns the OSGi service identifier.
	 *
	 * @return the OSGi service identifier
	 */
	@Override
	public String getOSGiServiceIdentifier() {
		return _registrationLocalService.getOSGiServiceIdentifier();
	}

	/**
	 * Requests waiting for approval from people in the given administrations, oldest first.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
		getPendingApprovals(long[] organizationIds, int start, int end) {

		return _registrationLocalService.getPendingApprovals(
			organizationIds, start, end);
	}

	@Override
	public int getPendingApprovalsCount(long[] organizationIds) {
		return _registrationLocalService.getPendingApprovalsCount(
			organizationIds);
	}

	/**
	 * @throws PortalException
	 */
	@Override
	public com.liferay.portal.kernel.model.PersistedModel getPersistedModel(
			java.io.Serializable primaryKeyObj)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.getPersistedModel(primaryKeyObj);
	}

	/**
	 * Returns the registration with the primary key.
	 *
	 * @param registrationId the primary key of the registration
	 * @return the registration
	 * @throws PortalException if a registration with the primary key could not be found
	 */
	@Override
	public se.livsviktig.training.model.Registration getRegistration(
			long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.getRegistration(registrationId);
	}

	/**
	 * Returns the registration matching the UUID and group.
	 *
	 * @param uuid the registration's UUID
	 * @param groupId the primary key of the group
	 * @return the matching registration
	 * @throws PortalException if a matching registration could not be found
	 */
	@Override
	public se.livsviktig.training.model.Registration
			getRegistrationByUuidAndGroupId(String uuid, long groupId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.getRegistrationByUuidAndGroupId(
			uuid, groupId);
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
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
		getRegistrations(int start, int end) {

		return _registrationLocalService.getRegistrations(start, end);
	}

	/**
	 * Returns all the registrations matching the UUID and company.
	 *
	 * @param uuid the UUID of the registrations
	 * @param companyId the primary key of the company
	 * @return the matching registrations, or an empty list if no matches were found
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
		getRegistrationsByUuidAndCompanyId(String uuid, long companyId) {

		return _registrationLocalService.getRegistrationsByUuidAndCompanyId(
			uuid, companyId);
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
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
		getRegistrationsByUuidAndCompanyId(
			String uuid, long companyId, int start, int end,
			com.liferay.portal.kernel.util.OrderByComparator
				<se.livsviktig.training.model.Registration> orderByComparator) {

		return _registrationLocalService.getRegistrationsByUuidAndCompanyId(
			uuid, companyId, start, end, orderByComparator);
	}

	/**
	 * Returns the number of registrations.
	 *
	 * @return the number of registrations
	 */
	@Override
	public int getRegistrationsCount() {
		return _registrationLocalService.getRegistrationsCount();
	}

	/**
	 * The training of the members of the given organisations, one per member and method (one per member when a
	 * method is given), from one query: see UnitTrainingQuery. The caller passes the unit with every unit under
	 * it; the remote service decides who may ask.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	@Override
	public java.util.List<se.livsviktig.training.registration.MemberTraining>
		getUnitTraining(
			long companyId, long[] organizationIds, long trainingMethodId) {

		return _registrationLocalService.getUnitTraining(
			companyId, organizationIds, trainingMethodId);
	}

	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
		getUserRegistrations(long userId, int[] statuses, int start, int end) {

		return _registrationLocalService.getUserRegistrations(
			userId, statuses, start, end);
	}

	@Override
	public int getUserRegistrationsCount(long userId, int[] statuses) {
		return _registrationLocalService.getUserRegistrationsCount(
			userId, statuses);
	}

	/**
	 * @return the person's place in the waitlist, 1 for the next to get a seat, or 0 if not waitlisted
	 */
	@Override
	public int getWaitlistPosition(long registrationId)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.getWaitlistPosition(registrationId);
	}

	/**
	 * Whether the user has, or had, any registration on the session, in whatever state.
	 */
	@Override
	public boolean hasUserRegistration(long userId, long courseSessionId) {
		return _registrationLocalService.hasUserRegistration(
			userId, courseSessionId);
	}

	/**
	 * Registers the people a coordinator lists (one e-mail address or screen name per line, comma or
	 * semicolon separated columns, the first column counts). Every line is checked first; only when all are
	 * valid, and this is not a dry run, are they all registered. Either way the report says, line by line,
	 * what would happen or did.
	 */
	@Override
	public se.livsviktig.training.registration.RegistrationImportReport
			importRegistrations(
				long courseSessionId, String csv, boolean dryRun,
				com.liferay.portal.kernel.service.ServiceContext serviceContext)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.importRegistrations(
			courseSessionId, csv, dryRun, serviceContext);
	}

	/**
	 * A coordinator's e-mail to some of a session's participants: the subject and body as typed (the body is
	 * escaped into the HTML e-mail, never taken as markup), one e-mail each, in the recipient's language.
	 *
	 * @param registrationIds the recipients' registrations, each of this session
	 * @return how many e-mails were sent
	 */
	@Override
	public int messageParticipants(
			long courseSessionId, long[] registrationIds, long senderUserId,
			String subject, String body)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.messageParticipants(
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
	@Override
	public se.livsviktig.training.model.Registration moveRegistration(
			long registrationId, long targetCourseSessionId, long actorUserId,
			String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.moveRegistration(
			registrationId, targetCourseSessionId, actorUserId, reason);
	}

	/**
	 * Moves a waitlisted person to another place in the session's line, for a reason that is kept with the
	 * registration's history. The others keep their order; the line's queue numbers are dealt out again in
	 * the new order, so positions stay 1..n.
	 *
	 * @param newPosition 1 for the first in line; past the end means last
	 */
	@Override
	public se.livsviktig.training.model.Registration moveWaitlistPosition(
			long registrationId, int newPosition, long actorUserId,
			String reason)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.moveWaitlistPosition(
			registrationId, newPosition, actorUserId, reason);
	}

	/**
	 * Gives free seats to the waitlist, e.g. after the seats were raised or a quota was released.
	 */
	@Override
	public java.util.List<se.livsviktig.training.model.Registration>
			promoteWaitlist(
				long courseSessionId, long actorUserId, String occasion)
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.promoteWaitlist(
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
	@Override
	public int purgeFreeText() {
		return _registrationLocalService.purgeFreeText();
	}

	/**
	 * The job's step: reminds the approvers of requests that have waited a day, once per approver.
	 *
	 * @return how many requests were brought up
	 */
	@Override
	public int remindApprovers()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.remindApprovers();
	}

	/**
	 * The job's step: reminds confirmed participants the configured number of days before their session,
	 * once each.
	 *
	 * @return how many reminders went out now
	 */
	@Override
	public int sendReminders()
		throws com.liferay.portal.kernel.exception.PortalException {

		return _registrationLocalService.sendReminders();
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
	@Override
	public se.livsviktig.training.model.Registration updateRegistration(
		se.livsviktig.training.model.Registration registration) {

		return _registrationLocalService.updateRegistration(registration);
	}

	@Override
	public BasePersistence<?> getBasePersistence() {
		return _registrationLocalService.getBasePersistence();
	}

	@Override
	public RegistrationLocalService getWrappedService() {
		return _registrationLocalService;
	}

	@Override
	public void setWrappedService(
		RegistrationLocalService registrationLocalService) {

		_registrationLocalService = registrationLocalService;
	}

	private RegistrationLocalService _registrationLocalService;

}