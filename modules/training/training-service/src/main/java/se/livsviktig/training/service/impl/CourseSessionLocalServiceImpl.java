package se.livsviktig.training.service.impl;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.SystemEventConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;
import com.liferay.portal.kernel.systemevent.SystemEvent;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.exception.SessionVenueException;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.internal.catalog.CatalogEntries;
import se.livsviktig.training.internal.catalog.CatalogQuery;
import se.livsviktig.training.internal.checkin.CheckInCodes;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.registration.WaitlistPromoter;
import se.livsviktig.training.internal.search.KeywordsPredicate;
import se.livsviktig.training.retry.ConcurrentUpdateRetryAcceptor;
import se.livsviktig.training.internal.validator.CourseSessionValidator;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.service.CourseInterestLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.base.CourseSessionLocalServiceBaseImpl;

/**
 * Course sessions (kurstillfällen): their dates, place, seats, audience and quotas, and their life from
 * draft to published, cancelled or archived. Changing when or where a published session happens tells
 * everyone registered; raising its seats lets the waitlist in.
 *
 * @author Livsviktig
 */
@Component(
	property = "model.class.name=se.livsviktig.training.model.CourseSession",
	service = AopService.class
)
public class CourseSessionLocalServiceImpl
	extends CourseSessionLocalServiceBaseImpl {

	@Override
	public CourseSession addCourseSession(
			long userId, long courseId, long coordinatorUserId,
			int deliveryMode, String venueName, String venueAddress,
			String locality, String onlineMeetingURL, int seats,
			Date registrationOpenDate, Date registrationCloseDate,
			Date cancellationDeadline, boolean approvalRequired,
			int waitlistMode, int offerHours, boolean dietaryNeedsRequested,
			String note, Date[] startDates, Date[] endDates,
			long[] audienceOrganizationIds, ServiceContext serviceContext)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		Course course = coursePersistence.fetchByPrimaryKey(courseId);

		if ((course == null) || (course.getCompanyId() != user.getCompanyId())) {
			throw new NoSuchCourseException("No course " + courseId);
		}

		CourseSessionValidator.validate(
			deliveryMode, venueName, venueAddress, locality, onlineMeetingURL,
			seats, registrationOpenDate, registrationCloseDate,
			cancellationDeadline, waitlistMode, offerHours, note, startDates,
			endDates);

		_validateOrganizations(user.getCompanyId(), audienceOrganizationIds);
		_validateCoordinator(user.getCompanyId(), coordinatorUserId);

		Date now = _now();

		CourseSession courseSession = courseSessionPersistence.create(
			counterLocalService.increment());

		courseSession.setUuid(serviceContext.getUuid());
		courseSession.setGroupId(course.getGroupId());
		courseSession.setCompanyId(course.getCompanyId());
		courseSession.setUserId(userId);
		courseSession.setUserName(user.getFullName());
		courseSession.setCreateDate(now);
		courseSession.setModifiedDate(now);
		courseSession.setCourseId(courseId);
		courseSession.setTrainingMethodId(course.getTrainingMethodId());
		courseSession.setSeats(seats);

		_setFields(
			courseSession, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, registrationOpenDate,
			registrationCloseDate, cancellationDeadline, approvalRequired,
			waitlistMode, offerHours, dietaryNeedsRequested, note, startDates,
			endDates);

		courseSession.setStatus(CourseSessionConstants.STATUS_DRAFT);
		courseSession.setStatusByUserId(userId);
		courseSession.setStatusByUserName(user.getFullName());
		courseSession.setStatusDate(now);

		courseSession = courseSessionPersistence.update(courseSession);

		_addSessionDates(courseSession, startDates, endDates, userId, now);
		_setAudience(courseSession, audienceOrganizationIds, now);

		resourceLocalService.addModelResources(courseSession, serviceContext);

		return courseSession;
	}

	/**
	 * Archives a session that is over or cancelled: it leaves the lists, its history stays.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public CourseSession archiveCourseSession(long userId, long courseSessionId)
		throws PortalException {

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		_setStatus(
			courseSession, userId, CourseSessionConstants.STATUS_ARCHIVED, null);

		return courseSessionPersistence.update(courseSession);
	}

	/**
	 * Cancels a session: every upcoming registration is cancelled and everyone is told, with the reason.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public CourseSession cancelCourseSession(
			long userId, long courseSessionId, String reason)
		throws PortalException {

		if (Validator.isNull(reason)) {
			throw new CancellationReasonException(
				"Cancelling a session needs a reason for the participants");
		}

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		if ((courseSession.getStatus() ==
				CourseSessionConstants.STATUS_CANCELLED) ||
			(courseSession.getStatus() ==
				CourseSessionConstants.STATUS_ARCHIVED)) {

			throw new RegistrationStatusException(
				"Session " + courseSessionId + " is already closed");
		}

		_setStatus(
			courseSession, userId, CourseSessionConstants.STATUS_CANCELLED,
			reason);

		courseSession = courseSessionPersistence.update(courseSession);

		_registrationLocalService.cancelCourseSessionRegistrations(
			courseSessionId, userId, reason);

		return courseSessionPersistence.fetchByPrimaryKey(courseSessionId);
	}

	/**
	 * Refuses to delete a session anyone registered for; cancel or archive it instead.
	 */
	@Override
	@SystemEvent(type = SystemEventConstants.TYPE_DELETE)
	public CourseSession deleteCourseSession(CourseSession courseSession)
		throws PortalException {

		long courseSessionId = courseSession.getCourseSessionId();

		int registrationCount = registrationPersistence.countByCourseSessionId(
			courseSessionId);

		if (registrationCount > 0) {
			throw new RequiredCourseSessionException(
				"Session " + courseSessionId + " has " + registrationCount +
					" registrations");
		}

		sessionDatePersistence.removeByCourseSessionId(courseSessionId);
		sessionAudiencePersistence.removeByCourseSessionId(courseSessionId);
		sessionQuotaPersistence.removeByCourseSessionId(courseSessionId);
		sessionInstructorPersistence.removeByCourseSessionId(courseSessionId);

		resourceLocalService.deleteResource(
			courseSession.getCompanyId(), CourseSession.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, courseSessionId);

		return courseSessionPersistence.remove(courseSession);
	}

	@Override
	public CourseSession deleteCourseSession(long courseSessionId)
		throws PortalException {

		return courseSessionLocalService.deleteCourseSession(
			courseSessionPersistence.findByPrimaryKey(courseSessionId));
	}

	@Override
	public long[] getAudienceOrganizationIds(long courseSessionId) {
		List<SessionAudience> sessionAudiences =
			sessionAudiencePersistence.findByCourseSessionId(courseSessionId);

		long[] organizationIds = new long[sessionAudiences.size()];

		for (int i = 0; i < organizationIds.length; i++) {
			organizationIds[i] = sessionAudiences.get(
				i
			).getOrganizationId();
		}

		return organizationIds;
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
	public List<CourseSession> getCatalogCourseSessions(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate, int start,
		int end) {

		return courseSessionPersistence.dslQuery(
			_catalogQuery(
				groupId, trainingMethodId, startDateFrom, startDateTo,
				locality, deliveryMode, onlyWithFreeSeats
			).select(
				permissionPredicate, start, end
			));
	}

	/**
	 * The catalogue's page as it shows it: each upcoming published session of the site with its course's title,
	 * in one statement, with the same filters and order as {@link #getCatalogCourseSessions}.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	@Override
	public List<CatalogEntry> getCatalogEntries(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate, int start,
		int end) {

		List<Object[]> rows = courseSessionPersistence.dslQuery(
			_catalogQuery(
				groupId, trainingMethodId, startDateFrom, startDateTo,
				locality, deliveryMode, onlyWithFreeSeats
			).selectEntries(
				permissionPredicate, start, end
			));

		return CatalogEntries.of(rows);
	}

	@Override
	public int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate) {

		return courseSessionPersistence.dslQueryCount(
			_catalogQuery(
				groupId, trainingMethodId, startDateFrom, startDateTo,
				locality, deliveryMode, onlyWithFreeSeats
			).count(
				permissionPredicate
			));
	}

	@Override
	public List<CourseSession> getCourseCourseSessions(
		long courseId, int[] statuses) {

		return courseSessionPersistence.findByC_S(courseId, statuses);
	}

	@Override
	public List<CourseSession> getCourseSessions(
		long groupId, int status, int start, int end) {

		return courseSessionPersistence.findByG_S(groupId, status, start, end);
	}

	@Override
	public int getCourseSessionsCount(long groupId, int status) {
		return courseSessionPersistence.countByG_S(groupId, status);
	}

	@Override
	public List<SessionDate> getSessionDates(long courseSessionId) {
		return sessionDatePersistence.findByCourseSessionId(courseSessionId);
	}

	@Override
	public List<SessionQuota> getSessionQuotas(long courseSessionId) {
		return sessionQuotaPersistence.findByCourseSessionId(courseSessionId);
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
	public List<CourseSession> searchCourseSessions(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, Predicate permissionPredicate, int start, int end,
		OrderByComparator<CourseSession> orderByComparator) {

		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		return courseSessionPersistence.dslQuery(
			DSLQueryFactoryUtil.select(
				courseSessionTable
			).from(
				courseSessionTable
			).innerJoinON(
				CourseTable.INSTANCE,
				CourseTable.INSTANCE.courseId.eq(courseSessionTable.courseId)
			).where(
				_searchPredicate(
					groupId, keywords, status, trainingMethodId, courseId,
					permissionPredicate)
			).orderBy(
				orderByStep -> {
					if (orderByComparator == null) {
						return orderByStep.orderBy(
							courseSessionTable.startDate.ascending(),
							courseSessionTable.courseSessionId.ascending());
					}

					return orderByStep.orderBy(
						courseSessionTable, orderByComparator);
				}
			).limit(
				start, end
			));
	}

	@Override
	public int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, Predicate permissionPredicate) {

		DSLQuery dslQuery = DSLQueryFactoryUtil.count(
		).from(
			CourseSessionTable.INSTANCE
		).innerJoinON(
			CourseTable.INSTANCE,
			CourseTable.INSTANCE.courseId.eq(
				CourseSessionTable.INSTANCE.courseId)
		).where(
			_searchPredicate(
				groupId, keywords, status, trainingMethodId, courseId,
				permissionPredicate)
		);

		return courseSessionPersistence.dslQueryCount(dslQuery);
	}

	/**
	 * Publishes a draft session: it appears in the catalogue, and people on the course's interest list are
	 * told (or booked, if the course says so).
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public CourseSession publishCourseSession(long userId, long courseSessionId)
		throws PortalException {

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		if (courseSession.getStatus() != CourseSessionConstants.STATUS_DRAFT) {
			throw new RegistrationStatusException(
				"Only a draft session can be published");
		}

		_setStatus(
			courseSession, userId, CourseSessionConstants.STATUS_PUBLISHED,
			null);

		courseSession = courseSessionPersistence.update(courseSession);

		_courseInterestLocalService.notifyInterested(courseSession);

		return courseSession;
	}

	/**
	 * The job's step: releases quotas whose date has passed and gives the freed seats to the waitlist. A
	 * quota released once is not released again, so running the job twice changes nothing.
	 *
	 * @return how many quotas were released
	 */
	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public int releaseSessionQuotas() throws PortalException {
		List<SessionQuota> sessionQuotas = sessionQuotaPersistence.findByR_LtRD(
			false, _now());

		for (SessionQuota sessionQuota : sessionQuotas) {
			courseSessionLocalService.releaseSessionQuota(
				sessionQuota.getSessionQuotaId());
		}

		return sessionQuotas.size();
	}

	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public SessionQuota releaseSessionQuota(long sessionQuotaId)
		throws PortalException {

		SessionQuota sessionQuota = sessionQuotaPersistence.findByPrimaryKey(
			sessionQuotaId);

		if (sessionQuota.isReleased()) {
			return sessionQuota;
		}

		sessionQuota.setReleased(true);
		sessionQuota.setModifiedDate(_now());

		sessionQuota = sessionQuotaPersistence.update(sessionQuota);

		_registrationLocalService.promoteWaitlist(
			sessionQuota.getCourseSessionId(), 0,
			"quota-released/" + sessionQuotaId);

		return sessionQuota;
	}

	protected void setClock(Clock clock) {
		_clock = clock;
	}

	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
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
		throws PortalException {

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		CourseSessionValidator.validate(
			deliveryMode, venueName, venueAddress, locality, onlineMeetingURL,
			seats, registrationOpenDate, registrationCloseDate,
			cancellationDeadline, waitlistMode, offerHours, note, startDates,
			endDates);

		if (seats < courseSession.getSeatsTaken()) {
			throw new SessionSeatsException.MustNotBeBelowSeatsTaken(
				courseSession.getSeatsTaken() + " seats are taken; the session " +
					"cannot have fewer");
		}

		_validateOrganizations(
			courseSession.getCompanyId(), audienceOrganizationIds);
		_validateCoordinator(courseSession.getCompanyId(), coordinatorUserId);

		Date now = _now();

		boolean datesChanged = _datesChanged(
			courseSessionId, startDates, endDates);

		if (datesChanged &&
			(attendancePersistence.countByCourseSessionId(courseSessionId) >
				0)) {

			throw new SessionDatesException(
				"The dates of a session with attendance cannot change");
		}

		boolean placeChanged =
			(courseSession.getDeliveryMode() != deliveryMode) ||
			!Objects.equals(courseSession.getVenueName(), venueName) ||
			!Objects.equals(courseSession.getVenueAddress(), venueAddress) ||
			!Objects.equals(
				courseSession.getOnlineMeetingURL(), onlineMeetingURL);

		boolean seatsRaised = seats > courseSession.getSeats();

		courseSession.setSeats(seats);
		courseSession.setModifiedDate(now);

		_setFields(
			courseSession, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, registrationOpenDate,
			registrationCloseDate, cancellationDeadline, approvalRequired,
			waitlistMode, offerHours, dietaryNeedsRequested, note, startDates,
			endDates);

		List<Date[]> previousDates = new ArrayList<>();

		for (SessionDate sessionDate :
				sessionDatePersistence.findByCourseSessionId(courseSessionId)) {

			previousDates.add(
				new Date[] {sessionDate.getStartDate(), sessionDate.getEndDate()});
		}

		if (datesChanged) {
			sessionDatePersistence.removeByCourseSessionId(courseSessionId);

			_addSessionDates(courseSession, startDates, endDates, userId, now);
		}

		sessionAudiencePersistence.removeByCourseSessionId(courseSessionId);

		_setAudience(courseSession, audienceOrganizationIds, now);

		if ((datesChanged || placeChanged) &&
			(courseSession.getStatus() ==
				CourseSessionConstants.STATUS_PUBLISHED)) {

			_tellRegisteredAboutChange(courseSessionId, previousDates, now);
		}

		if (seatsRaised) {
			_waitlistPromoter.fillFreeSeats(
				courseSession, now, userId,
				"seats-raised/" + courseSession.getModifiedDate(
				).getTime());
		}

		return courseSessionPersistence.update(courseSession);
	}

	/**
	 * Reserves seats for administrations until given dates, after which the seats are open to everyone.
	 * Replaces the session's quotas.
	 */
	@Override
	@Retry(
		acceptor = ConcurrentUpdateRetryAcceptor.class,
		properties = @Property(
			name = ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
			value = ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES
		)
	)
	public List<SessionQuota> updateSessionQuotas(
			long courseSessionId, long[] organizationIds, int[] seats,
			Date[] releaseDates)
		throws PortalException {

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		if ((organizationIds.length != seats.length) ||
			(organizationIds.length != releaseDates.length)) {

			throw new SessionQuotaException(
				"Each quota needs an organization, seats and a release date");
		}

		_validateOrganizations(courseSession.getCompanyId(), organizationIds);

		int reservedSeats = 0;

		for (int i = 0; i < organizationIds.length; i++) {
			if ((seats[i] < 1) || (releaseDates[i] == null) ||
				((courseSession.getStartDate() != null) &&
				 releaseDates[i].after(courseSession.getStartDate()))) {

				throw new SessionQuotaException(
					"A quota reserves at least one seat until a date before " +
						"the start");
			}

			reservedSeats += seats[i];
		}

		if (reservedSeats > courseSession.getSeats()) {
			throw new SessionQuotaException(
				reservedSeats + " reserved seats are more than the session's " +
					courseSession.getSeats());
		}

		if (Arrays.stream(
				organizationIds
			).distinct(
			).count() != organizationIds.length) {

			throw new SessionQuotaException(
				"An organization has one quota per session");
		}

		sessionQuotaPersistence.removeByCourseSessionId(courseSessionId);

		Date now = _now();

		List<SessionQuota> sessionQuotas = new ArrayList<>();

		for (int i = 0; i < organizationIds.length; i++) {
			SessionQuota sessionQuota = sessionQuotaPersistence.create(
				counterLocalService.increment());

			sessionQuota.setGroupId(courseSession.getGroupId());
			sessionQuota.setCompanyId(courseSession.getCompanyId());
			sessionQuota.setCreateDate(now);
			sessionQuota.setModifiedDate(now);
			sessionQuota.setCourseSessionId(courseSessionId);
			sessionQuota.setOrganizationId(organizationIds[i]);
			sessionQuota.setSeats(seats[i]);
			sessionQuota.setReleaseDate(releaseDates[i]);
			sessionQuota.setReleased(!now.before(releaseDates[i]));

			sessionQuotas.add(sessionQuotaPersistence.update(sessionQuota));
		}

		// Touch the session so concurrent registrations re-read the quotas

		courseSession.setModifiedDate(now);

		courseSessionPersistence.update(courseSession);

		return sessionQuotas;
	}

	private void _addSessionDates(
		CourseSession courseSession, Date[] startDates, Date[] endDates,
		long userId, Date now) {

		for (int i = 0; i < startDates.length; i++) {
			SessionDate sessionDate = sessionDatePersistence.create(
				counterLocalService.increment());

			sessionDate.setGroupId(courseSession.getGroupId());
			sessionDate.setCompanyId(courseSession.getCompanyId());
			sessionDate.setUserId(userId);
			sessionDate.setCreateDate(now);
			sessionDate.setModifiedDate(now);
			sessionDate.setCourseSessionId(courseSession.getCourseSessionId());
			sessionDate.setStartDate(startDates[i]);
			sessionDate.setEndDate(endDates[i]);
			sessionDate.setCheckInCode(_checkInCodes.newCode());
			sessionDate.setCheckInOpenDate(
				CheckInCodes.getOpenDate(startDates[i]));
			sessionDate.setCheckInCloseDate(
				CheckInCodes.getCloseDate(endDates[i]));

			sessionDatePersistence.update(sessionDate);
		}
	}

	private CatalogQuery _catalogQuery(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats) {

		return new CatalogQuery(
			groupId, _now()
		).setTrainingMethodId(
			trainingMethodId
		).setStartPeriod(
			startDateFrom, startDateTo
		).setLocality(
			locality
		).setDeliveryMode(
			deliveryMode
		).setOnlyWithFreeSeats(
			onlyWithFreeSeats
		);
	}

	private Predicate _searchPredicate(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, Predicate permissionPredicate) {

		CourseSessionTable courseSessionTable = CourseSessionTable.INSTANCE;

		Predicate predicate = courseSessionTable.groupId.eq(groupId);

		if (status != WorkflowConstants.STATUS_ANY) {
			predicate = predicate.and(courseSessionTable.status.eq(status));
		}

		if (trainingMethodId > 0) {
			predicate = predicate.and(
				courseSessionTable.trainingMethodId.eq(trainingMethodId));
		}

		if (courseId > 0) {
			predicate = predicate.and(courseSessionTable.courseId.eq(courseId));
		}

		return predicate.and(
			KeywordsPredicate.of(
				keywords, CourseTable.INSTANCE.title,
				courseSessionTable.venueName, courseSessionTable.locality)
		).and(
			permissionPredicate
		);
	}

	private boolean _datesChanged(
		long courseSessionId, Date[] startDates, Date[] endDates) {

		List<SessionDate> sessionDates =
			sessionDatePersistence.findByCourseSessionId(courseSessionId);

		if (sessionDates.size() != startDates.length) {
			return true;
		}

		for (int i = 0; i < startDates.length; i++) {
			SessionDate sessionDate = sessionDates.get(i);

			if ((sessionDate.getStartDate(
				).getTime() != startDates[i].getTime()) ||
				(sessionDate.getEndDate(
				).getTime() != endDates[i].getTime())) {

				return true;
			}
		}

		return false;
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private void _setAudience(
		CourseSession courseSession, long[] organizationIds, Date now) {

		if (organizationIds == null) {
			return;
		}

		for (long organizationId : organizationIds) {
			if (sessionAudiencePersistence.fetchByCS_O(
					courseSession.getCourseSessionId(), organizationId) !=
						null) {

				continue;
			}

			SessionAudience sessionAudience = sessionAudiencePersistence.create(
				counterLocalService.increment());

			sessionAudience.setGroupId(courseSession.getGroupId());
			sessionAudience.setCompanyId(courseSession.getCompanyId());
			sessionAudience.setCreateDate(now);
			sessionAudience.setCourseSessionId(
				courseSession.getCourseSessionId());
			sessionAudience.setOrganizationId(organizationId);

			sessionAudiencePersistence.update(sessionAudience);
		}
	}

	private void _setFields(
		CourseSession courseSession, long coordinatorUserId, int deliveryMode,
		String venueName, String venueAddress, String locality,
		String onlineMeetingURL, Date registrationOpenDate,
		Date registrationCloseDate, Date cancellationDeadline,
		boolean approvalRequired, int waitlistMode, int offerHours,
		boolean dietaryNeedsRequested, String note, Date[] startDates,
		Date[] endDates) {

		courseSession.setCoordinatorUserId(coordinatorUserId);
		courseSession.setDeliveryMode(deliveryMode);
		courseSession.setVenueName(venueName);
		courseSession.setVenueAddress(venueAddress);
		courseSession.setLocality(locality);
		courseSession.setOnlineMeetingURL(onlineMeetingURL);
		courseSession.setRegistrationOpenDate(registrationOpenDate);
		courseSession.setRegistrationCloseDate(registrationCloseDate);
		courseSession.setCancellationDeadline(cancellationDeadline);
		courseSession.setApprovalRequired(approvalRequired);
		courseSession.setWaitlistMode(waitlistMode);
		courseSession.setOfferHours(offerHours);
		courseSession.setDietaryNeedsRequested(dietaryNeedsRequested);
		courseSession.setNote(note);
		courseSession.setStartDate(startDates[0]);
		courseSession.setEndDate(endDates[endDates.length - 1]);
	}

	private void _setStatus(
			CourseSession courseSession, long userId, int status, String reason)
		throws PortalException {

		User user = userLocalService.getUser(userId);

		courseSession.setStatus(status);
		courseSession.setStatusByUserId(userId);
		courseSession.setStatusByUserName(user.getFullName());
		courseSession.setStatusDate(_now());
		courseSession.setStatusReason(reason);
	}

	private void _tellRegisteredAboutChange(
		long courseSessionId, List<Date[]> previousDates, Date now) {
		for (Registration registration :
				registrationPersistence.findByCS_S(
					courseSessionId, RegistrationConstants.UPCOMING_STATUSES)) {

			registration.setCalendarSequence(
				registration.getCalendarSequence() + 1);
			registration.setModifiedDate(now);

			registration = registrationPersistence.update(registration);

			_noticeDispatcher.dispatchAfterCommit(
				Notice.forRegistration(
					TrainingNoticeTypes.SESSION_CHANGED, registration
				).withPreviousDates(
					previousDates
				));
		}
	}

	private void _validateCoordinator(long companyId, long coordinatorUserId)
		throws PortalException {

		if (coordinatorUserId == 0) {
			return;
		}

		User coordinator = userLocalService.fetchUser(coordinatorUserId);

		if ((coordinator == null) || (coordinator.getCompanyId() != companyId)) {
			throw new SessionVenueException.MustHaveCoordinator(
				"No user " + coordinatorUserId + " to coordinate the session");
		}
	}

	private void _validateOrganizations(long companyId, long[] organizationIds)
		throws PortalException {

		if (organizationIds == null) {
			return;
		}

		for (long organizationId : organizationIds) {
			Organization organization =
				_organizationLocalService.fetchOrganization(organizationId);

			if ((organization == null) ||
				(organization.getCompanyId() != companyId)) {

				throw new SessionQuotaException.MustBeOrganization(
					"No organization " + organizationId);
			}
		}
	}

	private final CheckInCodes _checkInCodes = new CheckInCodes();
	private Clock _clock = Clock.systemUTC();

	@Reference
	private CourseInterestLocalService _courseInterestLocalService;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private WaitlistPromoter _waitlistPromoter;

}
