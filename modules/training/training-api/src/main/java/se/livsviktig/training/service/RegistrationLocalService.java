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
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;

import java.io.Serializable;

import java.util.Date;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import se.livsviktig.training.model.Registration;
import se.livsviktig.training.registration.CompletedRegistration;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.retry.ConcurrentUpdateRetryAcceptor;

/**
 * Provides the local service interface for Registration. Methods of this
 * service will not have security checks based on the propagated JAAS
 * credentials because this service can only be accessed from within the same
 * VM.
 *
 * @author Livsviktig
 * @see RegistrationLocalServiceUtil
 * @generated
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface RegistrationLocalService
	extends BaseLocalService, PersistedModelLocalService {

	/*
	 * NOTE FOR DEVELOPERS:
	 *
	 * Never modify this interface directly. Add custom service methods to <code>se.livsviktig.training.service.impl.RegistrationLocalServiceImpl</code> and rerun ServiceBuilder to automatically copy the method declarations to this interface. Consume the registration local service via injection or a <code>org.osgi.util.tracker.ServiceTracker</code>. Use {@link RegistrationLocalServiceUtil} if injection and service tracking are not available.
	 */

	/**
	 * The person accepts the seat they were offered from the waitlist.
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration acceptOffer(long registrationId) throws PortalException;

	/**
	 * Registers a person on a session. There is a seat (waiting for the manager's approval if the session
	 * asks for it) or a place on the waitlist; never a seat more than the session has.
	 *
	 * @param organizationId the administration the person registers from, or 0 to take the first of theirs
	 that the session is open to
	 * @param serviceContext the acting user is the one who registers, which may be someone else than the
	 participant (registration on behalf, checked by the remote service)
	 */
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES, value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES_AND_UNIQUE_VIOLATIONS)
	)
	public Registration addRegistration(
			long userId, long courseSessionId, long organizationId,
			String motivation, String dietaryNeeds,
			ServiceContext serviceContext)
		throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public Registration addRegistration(Registration registration);

	/**
	 * Registers several people at once, all or none: one refused person (not in the audience, already
	 * registered...) and nobody is registered, so the coordinator can correct the list and try again. A
	 * coordinator registers people on a published session also outside its registration window.
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public List<Registration> addRegistrations(
			long[] userIds, long courseSessionId, ServiceContext serviceContext)
		throws PortalException;

	/**
	 * The manager approves: the seat the request held becomes the person's.
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration approveRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException;

	/**
	 * Books people from a course's interest list on its newly published session, in list order, before its
	 * registration window opens: that is what the coordinator asked for by choosing automatic booking. People
	 * who cannot be booked (not in the audience, already registered) are skipped, not refused, so the caller
	 * can tell them instead.
	 *
	 * @return the users booked, with a seat or on the waitlist
	 */
	public List<Long> bookInterestedUsers(long courseSessionId, long[] userIds)
		throws PortalException;

	/**
	 * Cancels every upcoming registration of a session that is itself cancelled, and tells each person.
	 * Called by the course session service inside its own transaction.
	 */
	public List<Registration> cancelCourseSessionRegistrations(
			long courseSessionId, long cancelledByUserId, String reason)
		throws PortalException;

	/**
	 * Cancels a registration (avbokning). Up to the session's cancellation deadline the participant may;
	 * after it only someone allowed to manage the session's participants, and then a reason is required and
	 * kept. A seat freed this way goes to the waitlist.
	 *
	 * @param afterDeadlineAllowed whether the caller may cancel after the deadline (checked by the remote
	 service)
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration cancelRegistration(
			long registrationId, long cancelledByUserId, String reason,
			boolean afterDeadlineAllowed)
		throws PortalException;

	/**
	 * @throws PortalException
	 */
	public PersistedModel createPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Creates a new registration with the primary key. Does not add the registration to the database.
	 *
	 * @param registrationId the primary key for the new registration
	 * @return the new registration
	 */
	@Transactional(enabled = false)
	public Registration createRegistration(long registrationId);

	/**
	 * The person turns down the seat they were offered; it is offered to the next in line.
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration declineOffer(long registrationId)
		throws PortalException;

	/**
	 * The manager declines: the request's seat goes to the waitlist.
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration declineRegistration(
			long registrationId, long reviewerUserId, String comment)
		throws PortalException;

	/**
	 * @throws PortalException
	 */
	@Override
	public PersistedModel deletePersistedModel(PersistedModel persistedModel)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	public Registration deleteRegistration(long registrationId)
		throws PortalException;

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
	@Indexable(type = IndexableType.DELETE)
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration deleteRegistration(Registration registration)
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.RegistrationModelImpl</code>.
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
	 * Useful when paginating results. Returns a maximum of <code>end - start</code> instances. <code>start</code> and <code>end</code> are not primary keys, they are indexes in the result set. Thus, <code>0</code> refers to the first result in the set. Setting both <code>start</code> and <code>end</code> to <code>com.liferay.portal.kernel.dao.orm.QueryUtil#ALL_POS</code> will return the full result set. If <code>orderByComparator</code> is specified, then the query will include the given ORDER BY logic. If <code>orderByComparator</code> is absent, then the query will include the default ORDER BY logic from <code>se.livsviktig.training.model.impl.RegistrationModelImpl</code>.
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

	/**
	 * Ends a hold that ran out: an approval nobody gave in time, or an offer nobody accepted. The seat goes
	 * to the waitlist. Does nothing if the registration has moved on, so running the job twice is harmless.
	 *
	 * @return <code>true</code> if the registration expired now
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public boolean expireRegistration(long registrationId)
		throws PortalException;

	/**
	 * The job's step: expires every hold that ran out, each in its own transaction so one failure does not
	 * undo the rest.
	 *
	 * @return how many registrations expired
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int expireRegistrations() throws PortalException;

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Registration fetchActiveRegistration(
		long userId, long courseSessionId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Registration fetchRegistration(long registrationId);

	/**
	 * Returns the registration matching the UUID and group.
	 *
	 * @param uuid the registration's UUID
	 * @param groupId the primary key of the group
	 * @return the matching registration, or <code>null</code> if a matching registration could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Registration fetchRegistrationByUuidAndGroupId(
		String uuid, long groupId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public ActionableDynamicQuery getActionableDynamicQuery();

	/**
	 * The completed registrations of the company's sessions of a training method whose session's last date ended
	 * in [from, to), ordered by registrationId, a page at a time from one statement ({@link
	 * CompletedRegistrationsQuery} says which): what the survey app invites from.
	 *
	 * @param afterRegistrationId the last registrationId of the previous page, 0 for the first
	 * @param size the most rows of the page
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CompletedRegistration> getCompletedRegistrations(
		long companyId, long trainingMethodId, Date from, Date to,
		long afterRegistrationId, int size);

	/**
	 * The completed registrations of the chosen sessions of the company, as {@link #getCompletedRegistrations(long,
	 * long, Date, Date, long, int)} gives those of a method; none for no sessions.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<CompletedRegistration> getCompletedRegistrations(
		long companyId, long[] courseSessionIds, Date from, Date to,
		long afterRegistrationId, int size);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getCourseSessionRegistrations(
		long courseSessionId, int[] statuses, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getCourseSessionRegistrationsCount(
		long courseSessionId, int[] statuses);

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
	 * Requests waiting for approval from people in the given administrations, oldest first.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getPendingApprovals(
		long[] organizationIds, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getPendingApprovalsCount(long[] organizationIds);

	/**
	 * @throws PortalException
	 */
	@Override
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public PersistedModel getPersistedModel(Serializable primaryKeyObj)
		throws PortalException;

	/**
	 * Returns the registration with the primary key.
	 *
	 * @param registrationId the primary key of the registration
	 * @return the registration
	 * @throws PortalException if a registration with the primary key could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Registration getRegistration(long registrationId)
		throws PortalException;

	/**
	 * Returns the registration matching the UUID and group.
	 *
	 * @param uuid the registration's UUID
	 * @param groupId the primary key of the group
	 * @return the matching registration
	 * @throws PortalException if a matching registration could not be found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Registration getRegistrationByUuidAndGroupId(
			String uuid, long groupId)
		throws PortalException;

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getRegistrations(int start, int end);

	/**
	 * Returns all the registrations matching the UUID and company.
	 *
	 * @param uuid the UUID of the registrations
	 * @param companyId the primary key of the company
	 * @return the matching registrations, or an empty list if no matches were found
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getRegistrationsByUuidAndCompanyId(
		String uuid, long companyId);

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
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getRegistrationsByUuidAndCompanyId(
		String uuid, long companyId, int start, int end,
		OrderByComparator<Registration> orderByComparator);

	/**
	 * Returns the number of registrations.
	 *
	 * @return the number of registrations
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getRegistrationsCount();

	/**
	 * The training of the members of the given organisations, one per member and method (one per member when a
	 * method is given), from one query: see UnitTrainingQuery. The caller passes the unit with every unit under
	 * it; the remote service decides who may ask.
	 *
	 * @param trainingMethodId the method to show, or 0 for every method
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<MemberTraining> getUnitTraining(
		long companyId, long[] organizationIds, long trainingMethodId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<Registration> getUserRegistrations(
		long userId, int[] statuses, int start, int end);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getUserRegistrationsCount(long userId, int[] statuses);

	/**
	 * @return the person's place in the waitlist, 1 for the next to get a seat, or 0 if not waitlisted
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int getWaitlistPosition(long registrationId) throws PortalException;

	/**
	 * Whether the user has, or had, any registration on the session, in whatever state.
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public boolean hasUserRegistration(long userId, long courseSessionId);

	/**
	 * Registers the people a coordinator lists (one e-mail address or screen name per line, comma or
	 * semicolon separated columns, the first column counts). Every line is checked first; only when all are
	 * valid, and this is not a dry run, are they all registered. Either way the report says, line by line,
	 * what would happen or did.
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public RegistrationImportReport importRegistrations(
			long courseSessionId, String csv, boolean dryRun,
			ServiceContext serviceContext)
		throws PortalException;

	/**
	 * A coordinator's e-mail to some of a session's participants: the subject and body as typed (the body is
	 * escaped into the HTML e-mail, never taken as markup), one e-mail each, in the recipient's language.
	 *
	 * @param registrationIds the recipients' registrations, each of this session
	 * @return how many e-mails were sent
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public int messageParticipants(
			long courseSessionId, long[] registrationIds, long senderUserId,
			String subject, String body)
		throws PortalException;

	/**
	 * Moves a person to another session of the same course: the seat or waitlist place in the old session is
	 * given up (and goes to the old session's waitlist, as a cancellation's would), and the person is
	 * registered in the new session, with a seat or on its waitlist as its seats allow. One transaction: when
	 * the new session refuses them, nothing changes in the old one.
	 *
	 * @return the new registration
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration moveRegistration(
			long registrationId, long targetCourseSessionId, long actorUserId,
			String reason)
		throws PortalException;

	/**
	 * Moves a waitlisted person to another place in the session's line, for a reason that is kept with the
	 * registration's history. The others keep their order; the line's queue numbers are dealt out again in
	 * the new order, so positions stay 1..n.
	 *
	 * @param newPosition 1 for the first in line; past the end means last
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public Registration moveWaitlistPosition(
			long registrationId, int newPosition, long actorUserId,
			String reason)
		throws PortalException;

	/**
	 * Gives free seats to the waitlist, e.g. after the seats were raised or a quota was released.
	 */
	@Retry(acceptor = ConcurrentUpdateRetryAcceptor.class, properties = {})
	public List<Registration> promoteWaitlist(
			long courseSessionId, long actorUserId, String occasion)
		throws PortalException;

	/**
	 * The job's step: deletes the free text people wrote about a participation (motivation, dietary needs,
	 * the manager's comment, the cancellation reason, the comments in its history, the message to each
	 * instructor) a configured number of days after the session ended (GDPR: kept no longer than needed). The
	 * registrations themselves stay for the year's figures.
	 *
	 * @return how many registrations and instructor invitations were cleaned
	 */
	public int purgeFreeText();

	/**
	 * The job's step: reminds the approvers of requests that have waited a day, once per approver.
	 *
	 * @return how many requests were brought up
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int remindApprovers() throws PortalException;

	/**
	 * The job's step: reminds confirmed participants the configured number of days before their session,
	 * once each.
	 *
	 * @return how many reminders went out now
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int sendReminders() throws PortalException;

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
	@Indexable(type = IndexableType.REINDEX)
	public Registration updateRegistration(Registration registration);

}