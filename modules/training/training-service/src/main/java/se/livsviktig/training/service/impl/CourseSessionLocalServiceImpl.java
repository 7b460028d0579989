package se.livsviktig.training.service.impl;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
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

import java.time.Clock;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.RequiredCourseSessionException;
import se.livsviktig.training.exception.SessionDatesException;
import se.livsviktig.training.exception.SessionSeatsException;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.internal.catalog.CatalogEntries;
import se.livsviktig.training.internal.catalog.CatalogQuery;
import se.livsviktig.training.internal.checkin.CheckInCodes;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.registration.WaitlistPromoter;
import se.livsviktig.training.internal.search.CourseSessionSearchQuery;
import se.livsviktig.training.internal.session.SessionAudienceRows;
import se.livsviktig.training.internal.session.SessionChange;
import se.livsviktig.training.internal.session.SessionChangeNotices;
import se.livsviktig.training.internal.session.SessionDateRows;
import se.livsviktig.training.internal.session.SessionLifecycle;
import se.livsviktig.training.internal.session.SessionQuotaRows;
import se.livsviktig.training.internal.session.SessionQuotaRules;
import se.livsviktig.training.internal.session.SessionReferences;
import se.livsviktig.training.retry.ConcurrentUpdateRetryAcceptor;
import se.livsviktig.training.internal.validator.CourseSessionValidator;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
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

		SessionReferences sessionReferences = _sessionReferences();

		sessionReferences.checkOrganizations(
			user.getCompanyId(), audienceOrganizationIds);
		sessionReferences.checkCoordinator(
			user.getCompanyId(), coordinatorUserId);

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

		_sessionDateRows().add(
			courseSession, startDates, endDates, userId, now);
		_sessionAudienceRows().add(
			courseSession, audienceOrganizationIds, now);

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

		SessionLifecycle.moveTo(
			courseSession, CourseSessionConstants.STATUS_ARCHIVED,
			userLocalService.getUser(userId), null, _now());

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

		SessionLifecycle.checkCancellationReason(reason);

		CourseSession courseSession = courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		SessionLifecycle.checkCanCancel(courseSession);

		SessionLifecycle.moveTo(
			courseSession, CourseSessionConstants.STATUS_CANCELLED,
			userLocalService.getUser(userId), reason, _now());

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

	/**
	 * The catalogue's page as {@link #getCatalogEntries} reads it and the number of sessions of every page with the
	 * same filter ({@link #getCatalogCourseSessionsCount}), in one statement: the search container needs both on
	 * every render. Only a page past the last one, which has no row to carry the total, asks for the count apart.
	 *
	 * @param permissionPredicate what the caller may view, from the remote service, or null for everything
	 */
	@Override
	public CatalogPage getCatalogPage(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate, int start,
		int end) {

		CatalogQuery catalogQuery = _catalogQuery(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats);

		List<Object[]> rows = courseSessionPersistence.dslQuery(
			catalogQuery.selectPage(permissionPredicate, start, end));

		if (!rows.isEmpty()) {
			return new CatalogPage(
				CatalogEntries.of(rows), CatalogEntries.totalOf(rows));
		}

		if (start <= 0) {
			return new CatalogPage(Collections.emptyList(), 0);
		}

		return new CatalogPage(
			Collections.emptyList(),
			courseSessionPersistence.dslQueryCount(
				catalogQuery.count(permissionPredicate)));
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

		return courseSessionPersistence.dslQuery(
			new CourseSessionSearchQuery(
				groupId, keywords, status, trainingMethodId, courseId
			).select(
				permissionPredicate, start, end, orderByComparator
			));
	}

	@Override
	public int searchCourseSessionsCount(
		long groupId, String keywords, int status, long trainingMethodId,
		long courseId, Predicate permissionPredicate) {

		return courseSessionPersistence.dslQueryCount(
			new CourseSessionSearchQuery(
				groupId, keywords, status, trainingMethodId, courseId
			).count(
				permissionPredicate
			));
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

		SessionLifecycle.checkCanPublish(courseSession);

		SessionLifecycle.moveTo(
			courseSession, CourseSessionConstants.STATUS_PUBLISHED,
			userLocalService.getUser(userId), null, _now());

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

		SessionReferences sessionReferences = _sessionReferences();

		sessionReferences.checkOrganizations(
			courseSession.getCompanyId(), audienceOrganizationIds);
		sessionReferences.checkCoordinator(
			courseSession.getCompanyId(), coordinatorUserId);

		Date now = _now();

		List<SessionDate> sessionDates =
			sessionDatePersistence.findByCourseSessionId(courseSessionId);

		boolean datesChanged = SessionChange.datesChanged(
			sessionDates, startDates, endDates);

		if (datesChanged &&
			(attendancePersistence.countByCourseSessionId(courseSessionId) >
				0)) {

			throw new SessionDatesException(
				"The dates of a session with attendance cannot change");
		}

		boolean placeChanged = SessionChange.placeChanged(
			courseSession, deliveryMode, venueName, venueAddress,
			onlineMeetingURL);

		boolean seatsRaised = seats > courseSession.getSeats();

		courseSession.setSeats(seats);
		courseSession.setModifiedDate(now);

		_setFields(
			courseSession, coordinatorUserId, deliveryMode, venueName,
			venueAddress, locality, onlineMeetingURL, registrationOpenDate,
			registrationCloseDate, cancellationDeadline, approvalRequired,
			waitlistMode, offerHours, dietaryNeedsRequested, note, startDates,
			endDates);

		List<Date[]> previousDates = SessionChange.periodsOf(sessionDates);

		if (datesChanged) {
			sessionDatePersistence.removeByCourseSessionId(courseSessionId);

			_sessionDateRows().add(
				courseSession, startDates, endDates, userId, now);
		}

		sessionAudiencePersistence.removeByCourseSessionId(courseSessionId);

		_sessionAudienceRows().add(
			courseSession, audienceOrganizationIds, now);

		if ((datesChanged || placeChanged) &&
			(courseSession.getStatus() ==
				CourseSessionConstants.STATUS_PUBLISHED)) {

			new SessionChangeNotices(
				registrationPersistence, _noticeDispatcher
			).tellRegistered(
				courseSessionId, previousDates, now
			);
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

		SessionQuotaRules.checkShape(organizationIds, seats, releaseDates);

		_sessionReferences().checkOrganizations(
			courseSession.getCompanyId(), organizationIds);

		SessionQuotaRules.checkSeats(
			courseSession, organizationIds, seats, releaseDates);

		Date now = _now();

		List<SessionQuota> sessionQuotas = new SessionQuotaRows(
			sessionQuotaPersistence, counterLocalService
		).replace(
			courseSession, organizationIds, seats, releaseDates, now
		);

		// Touch the session so concurrent registrations re-read the quotas

		courseSession.setModifiedDate(now);

		courseSessionPersistence.update(courseSession);

		return sessionQuotas;
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

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private SessionAudienceRows _sessionAudienceRows() {
		return new SessionAudienceRows(
			sessionAudiencePersistence, counterLocalService);
	}

	private SessionDateRows _sessionDateRows() {
		return new SessionDateRows(
			sessionDatePersistence, counterLocalService, _checkInCodes);
	}

	private SessionReferences _sessionReferences() {
		return new SessionReferences(
			userLocalService, _organizationLocalService);
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
