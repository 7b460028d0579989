package se.livsviktig.training.service.impl;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.dao.db.DBManagerUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.SystemEventConstants;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;
import com.liferay.portal.kernel.systemevent.SystemEvent;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;
import com.liferay.portal.kernel.util.OrderByComparator;
import com.liferay.portal.kernel.util.Portal;

import java.time.Clock;
import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.internal.catalog.CatalogPageRows;
import se.livsviktig.training.internal.catalog.CatalogReader;
import se.livsviktig.training.internal.checkin.CheckInCodes;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.registration.WaitlistPromoter;
import se.livsviktig.training.internal.search.CourseSessionSearchQuery;
import se.livsviktig.training.internal.session.SessionAudienceRows;
import se.livsviktig.training.internal.session.SessionCreation;
import se.livsviktig.training.internal.session.SessionDateRows;
import se.livsviktig.training.internal.session.SessionFields;
import se.livsviktig.training.internal.session.SessionQuotaRelease;
import se.livsviktig.training.internal.session.SessionQuotaReservation;
import se.livsviktig.training.internal.session.SessionReferences;
import se.livsviktig.training.internal.session.SessionRemoval;
import se.livsviktig.training.internal.session.SessionRevision;
import se.livsviktig.training.internal.session.SessionStatusSteps;
import se.livsviktig.training.retry.ConcurrentUpdateRetryAcceptor;
import se.livsviktig.training.model.CourseSession;
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

		CourseSession courseSession = _sessionCreation().create(
			userId, courseId,
			new SessionFields(
				coordinatorUserId, deliveryMode, venueName, venueAddress,
				locality, onlineMeetingURL, seats, registrationOpenDate,
				registrationCloseDate, cancellationDeadline, approvalRequired,
				waitlistMode, offerHours, dietaryNeedsRequested, note,
				startDates, endDates, audienceOrganizationIds),
			serviceContext.getUuid(), _now());

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

		return _sessionStatusSteps().archive(userId, courseSessionId, _now());
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

		return _sessionStatusSteps().cancel(
			userId, courseSessionId, reason, _now());
	}

	/**
	 * Refuses to delete a session anyone registered for; cancel or archive it instead.
	 */
	@Override
	@SystemEvent(type = SystemEventConstants.TYPE_DELETE)
	public CourseSession deleteCourseSession(CourseSession courseSession)
		throws PortalException {

		new SessionRemoval(
			registrationPersistence, sessionDatePersistence,
			sessionAudiencePersistence, sessionQuotaPersistence,
			sessionInstructorPersistence
		).removeOwnedRows(
			courseSession
		);

		resourceLocalService.deleteResource(
			courseSession.getCompanyId(), CourseSession.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL,
			courseSession.getCourseSessionId());

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
		return _sessionAudienceRows().getOrganizationIds(courseSessionId);
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

		return _catalogReader(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats
		).sessions(
			permissionPredicate, start, end
		);
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

		return _catalogReader(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats
		).entries(
			permissionPredicate, start, end
		);
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

		return _catalogReader(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats
		).page(
			permissionPredicate, start, end
		);
	}

	@Override
	public int getCatalogCourseSessionsCount(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats, Predicate permissionPredicate) {

		return _catalogReader(
			groupId, trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats
		).count(
			permissionPredicate
		);
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

		return _sessionStatusSteps().publish(userId, courseSessionId, _now());
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

		return new SessionQuotaRelease(
			sessionQuotaPersistence, _registrationLocalService
		).release(
			sessionQuotaId, _now()
		);
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

		return new SessionRevision(
			courseSessionPersistence, sessionDatePersistence,
			sessionAudiencePersistence, attendancePersistence,
			registrationPersistence, _sessionReferences(), _sessionDateRows(),
			_sessionAudienceRows(), _noticeDispatcher, _waitlistPromoter
		).revise(
			userId, courseSessionId,
			new SessionFields(
				coordinatorUserId, deliveryMode, venueName, venueAddress,
				locality, onlineMeetingURL, seats, registrationOpenDate,
				registrationCloseDate, cancellationDeadline, approvalRequired,
				waitlistMode, offerHours, dietaryNeedsRequested, note,
				startDates, endDates, audienceOrganizationIds),
			_now()
		);
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

		return new SessionQuotaReservation(
			courseSessionPersistence, sessionQuotaPersistence,
			counterLocalService, _sessionReferences()
		).reserve(
			courseSessionId, organizationIds, seats, releaseDates, _now()
		);
	}

	private CatalogReader _catalogReader(
		long groupId, long trainingMethodId, Date startDateFrom,
		Date startDateTo, String locality, int deliveryMode,
		boolean onlyWithFreeSeats) {

		return new CatalogReader(
			courseSessionPersistence, _getCatalogPageRows(), groupId, _now(),
			trainingMethodId, startDateFrom, startDateTo, locality,
			deliveryMode, onlyWithFreeSeats);
	}

	/**
	 * Chosen once: the portal's database does not change while the bundle runs.
	 */
	private CatalogPageRows _getCatalogPageRows() {
		if (_catalogPageRows == null) {
			_catalogPageRows = CatalogPageRows.forDatabase(
				courseSessionPersistence, DBManagerUtil.getDB(),
				_portal::transformSQL);
		}

		return _catalogPageRows;
	}

	private Date _now() {
		return Date.from(_clock.instant());
	}

	private SessionAudienceRows _sessionAudienceRows() {
		return new SessionAudienceRows(
			sessionAudiencePersistence, counterLocalService);
	}

	private SessionCreation _sessionCreation() {
		return new SessionCreation(
			userLocalService, coursePersistence, courseSessionPersistence,
			counterLocalService, _sessionReferences(), _sessionDateRows(),
			_sessionAudienceRows());
	}

	private SessionDateRows _sessionDateRows() {
		return new SessionDateRows(
			sessionDatePersistence, counterLocalService, _checkInCodes);
	}

	private SessionReferences _sessionReferences() {
		return new SessionReferences(
			userLocalService, _organizationLocalService);
	}

	private SessionStatusSteps _sessionStatusSteps() {
		return new SessionStatusSteps(
			courseSessionPersistence, userLocalService,
			_registrationLocalService, _courseInterestLocalService);
	}

	private CatalogPageRows _catalogPageRows;
	private final CheckInCodes _checkInCodes = new CheckInCodes();
	private Clock _clock = Clock.systemUTC();

	@Reference
	private CourseInterestLocalService _courseInterestLocalService;

	@Reference
	private NoticeDispatcher _noticeDispatcher;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private Portal _portal;

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private WaitlistPromoter _waitlistPromoter;

}
