package se.livsviktig.training.service.impl;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.dao.orm.LockMode;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeDispatcher;
import se.livsviktig.training.internal.organization.OrganizationTree;
import se.livsviktig.training.internal.registration.ApplicantCheck;
import se.livsviktig.training.internal.registration.ApprovalRequests;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.internal.registration.RegistrationIdReservation;
import se.livsviktig.training.internal.registration.RegistrationSteps;
import se.livsviktig.training.internal.registration.SeatAllocation;
import se.livsviktig.training.internal.registration.SeatLedger;
import se.livsviktig.training.internal.registration.SeatLock;
import se.livsviktig.training.internal.registration.WaitlistPromoter;
import se.livsviktig.training.internal.sex.RegistrationSexResolver;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.SessionQuotaImpl;
import se.livsviktig.training.service.persistence.AttendancePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;
import se.livsviktig.training.service.persistence.SessionAudiencePersistence;
import se.livsviktig.training.service.persistence.SessionQuotaPersistence;

/**
 * A registration service wired as the portal would wire it, with the real waitlist promoter and seat ledger
 * and doubles for persistence, users, settings and notices. Models are the real generated ones, so counters
 * and states behave as in production.
 *
 * @author Livsviktig
 */
public class RegistrationFixture {

	public static final long COMPANY_ID = 20097;

	public static final long COORDINATOR_USER_ID = 30000;

	public static final long GROUP_ID = 20121;

	public static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	public static final long SESSION_ID = 60001;

	public static final long SOF = 40001;

	public static final long VOF = 40002;

	public RegistrationFixture() {
		when(
			registrationPersistence.create(anyLong())
		).thenAnswer(
			invocation -> {
				Registration registration = new RegistrationImpl();

				registration.setRegistrationId(invocation.getArgument(0));
				registration.setNew(true);

				return registration;
			}
		);
		when(
			registrationPersistence.update(any(Registration.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
		when(
			courseSessionPersistence.update(any(CourseSession.class))
		).thenAnswer(
			invocation -> invocation.getArgument(0)
		);
		when(
			counterLocalService.increment()
		).thenAnswer(
			invocation -> _counter.incrementAndGet()
		);
		when(
			counterLocalService.increment(anyString(), anyInt())
		).thenAnswer(
			invocation -> _counter.addAndGet(invocation.getArgument(1, Integer.class))
		);

		when(
			trainingCompanyConfiguration.approvalHoldDays()
		).thenReturn(
			5
		);
		when(
			trainingCompanyConfiguration.offerHours()
		).thenReturn(
			48
		);
		when(
			trainingCompanyConfiguration.promotionLeadTimeHours()
		).thenReturn(
			24
		);
		when(
			trainingCompanyConfiguration.reminderDaysBefore()
		).thenReturn(
			3
		);
		when(
			trainingCompanySettings.get(COMPANY_ID)
		).thenReturn(
			trainingCompanyConfiguration
		);

		// The row lock reads the session as the persistence would find it.

		when(
			courseSessionPersistence.getCurrentSession()
		).thenReturn(
			hibernateSession
		);
		when(
			hibernateSession.get(
				eq(CourseSessionImpl.class), any(Long.class),
				eq(LockMode.PESSIMISTIC_WRITE))
		).thenAnswer(
			invocation -> courseSessionPersistence.fetchByPrimaryKey(
				invocation.getArgument(1, Long.class).longValue())
		);

		Fields.set(seatLock, "_courseSessionPersistence", courseSessionPersistence);

		Fields.set(
			organizationTree, "_organizationLocalService",
			organizationLocalService);

		Fields.set(seatLedger, "_organizationTree", organizationTree);
		Fields.set(seatLedger, "_registrationPersistence", registrationPersistence);
		Fields.set(seatLedger, "_sessionQuotaPersistence", sessionQuotaPersistence);

		Fields.set(waitlistPromoter, "_approvalRequests", approvalRequests);
		Fields.set(waitlistPromoter, "_noticeDispatcher", noticeDispatcher);
		Fields.set(waitlistPromoter, "_registrationEvents", registrationEvents);
		Fields.set(
			waitlistPromoter, "_registrationPersistence", registrationPersistence);
		Fields.set(waitlistPromoter, "_seatLedger", seatLedger);
		Fields.set(
			waitlistPromoter, "_trainingCompanySettings", trainingCompanySettings);

		Fields.set(
			registrationIdReservation, "_counterLocalService",
			counterLocalService);

		Fields.set(applicantCheck, "_organizationTree", organizationTree);
		Fields.set(
			applicantCheck, "_registrationPersistence", registrationPersistence);
		Fields.set(
			applicantCheck, "_sessionAudiencePersistence",
			sessionAudiencePersistence);
		Fields.set(applicantCheck, "_userLocalService", userLocalService);
		Fields.set(
			applicantCheck, "_registrationSexResolver", registrationSexResolver);
		Fields.set(
			registrationSexResolver, "_trainingCompanySettings",
			trainingCompanySettings);

		Fields.set(seatAllocation, "_approvalRequests", approvalRequests);
		Fields.set(
			seatAllocation, "_courseSessionPersistence", courseSessionPersistence);
		Fields.set(seatAllocation, "_noticeDispatcher", noticeDispatcher);
		Fields.set(seatAllocation, "_registrationEvents", registrationEvents);
		Fields.set(
			seatAllocation, "_registrationPersistence", registrationPersistence);
		Fields.set(seatAllocation, "_seatLedger", seatLedger);
		Fields.set(seatAllocation, "_seatLock", seatLock);
		Fields.set(
			seatAllocation, "_trainingCompanySettings", trainingCompanySettings);

		Fields.set(service, "courseSessionPersistence", courseSessionPersistence);
		Fields.set(service, "registrationLocalService", service);
		Fields.set(service, "registrationPersistence", registrationPersistence);
		Fields.set(service, "_steps", steps);

		Fields.set(steps, "_applicantCheck", applicantCheck);
		Fields.set(steps, "_approvalRequests", approvalRequests);
		Fields.set(steps, "_attendancePersistence", attendancePersistence);
		Fields.set(steps, "_clock", Clock.fixed(NOW, ZoneOffset.UTC));
		Fields.set(
			steps, "_courseSessionPersistence", courseSessionPersistence);
		Fields.set(steps, "_noticeDispatcher", noticeDispatcher);
		Fields.set(steps, "_organizationTree", organizationTree);
		Fields.set(
			steps, "_registrationEventPersistence",
			mock(RegistrationEventPersistence.class));
		Fields.set(steps, "_registrationEvents", registrationEvents);
		Fields.set(
			steps, "_registrationIdReservation", registrationIdReservation);
		Fields.set(steps, "_registrationPersistence", registrationPersistence);
		Fields.set(steps, "_seatAllocation", seatAllocation);
		Fields.set(steps, "_seatLedger", seatLedger);
		Fields.set(steps, "_seatLock", seatLock);
		Fields.set(steps, "_trainingCompanySettings", trainingCompanySettings);
		Fields.set(steps, "_userLocalService", userLocalService);
		Fields.set(steps, "_waitlistPromoter", waitlistPromoter);
	}

	public static Date daysFromNow(int days) {
		return new Date(NOW.toEpochMilli() + TimeUnit.DAYS.toMillis(days));
	}

	public static Date hoursFromNow(int hours) {
		return new Date(NOW.toEpochMilli() + TimeUnit.HOURS.toMillis(hours));
	}

	/**
	 * A published session open for registration now, starting in two weeks.
	 */
	public CourseSession session(int seats, int seatsTaken) throws Exception {
		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(SESSION_ID);
		courseSession.setGroupId(GROUP_ID);
		courseSession.setCompanyId(COMPANY_ID);
		courseSession.setCourseId(70001);
		courseSession.setTrainingMethodId(80001);
		courseSession.setCoordinatorUserId(COORDINATOR_USER_ID);
		courseSession.setSeats(seats);
		courseSession.setSeatsTaken(seatsTaken);
		courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		courseSession.setRegistrationOpenDate(daysFromNow(-7));
		courseSession.setRegistrationCloseDate(daysFromNow(7));
		courseSession.setCancellationDeadline(daysFromNow(10));
		courseSession.setStartDate(daysFromNow(14));
		courseSession.setEndDate(daysFromNow(15));

		when(
			courseSessionPersistence.findByPrimaryKey(SESSION_ID)
		).thenReturn(
			courseSession
		);
		when(
			courseSessionPersistence.fetchByPrimaryKey(SESSION_ID)
		).thenReturn(
			courseSession
		);

		return courseSession;
	}

	public List<Notice> noticesSent() {
		ArgumentCaptor<Notice> argumentCaptor = ArgumentCaptor.forClass(
			Notice.class);

		org.mockito.Mockito.verify(
			noticeDispatcher, org.mockito.Mockito.atLeast(0)
		).dispatchAfterCommit(
			argumentCaptor.capture()
		);

		// A new registration's notice is claimed in its own transaction (SeatAllocation)

		org.mockito.Mockito.verify(
			noticeDispatcher, org.mockito.Mockito.atLeast(0)
		).claimNowDeliverAfterCommit(
			argumentCaptor.capture(), org.mockito.ArgumentMatchers.anyLong()
		);

		return argumentCaptor.getAllValues();
	}

	public List<String> noticeTypesSent() {
		return noticesSent(
		).stream(
		).map(
			Notice::getType
		).collect(
			Collectors.toList()
		);
	}

	public Registration registration(
			long registrationId, long userId, int status, long queueNumber)
		throws Exception {

		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(registrationId);
		registration.setGroupId(GROUP_ID);
		registration.setCompanyId(COMPANY_ID);
		registration.setUserId(userId);
		registration.setCourseSessionId(SESSION_ID);
		registration.setOrganizationId(SOF);
		registration.setStatus(status);
		registration.setActiveKey(userId);
		registration.setQueueNumber(queueNumber);
		registration.setStatusDate(daysFromNow(-1));

		when(
			registrationPersistence.findByPrimaryKey(registrationId)
		).thenReturn(
			registration
		);
		when(
			registrationPersistence.fetchByPrimaryKey(registrationId)
		).thenReturn(
			registration
		);

		return registration;
	}

	/**
	 * The session's one quota, reserved until three days from now, and the organisations of the people who hold
	 * a seat, as the CS_S finder returns them.
	 */
	public void quota(
		long organizationId, int seats, long... seatHolderOrganizationIds) {

		SessionQuota sessionQuota = new SessionQuotaImpl();

		sessionQuota.setCourseSessionId(SESSION_ID);
		sessionQuota.setOrganizationId(organizationId);
		sessionQuota.setSeats(seats);
		sessionQuota.setReleaseDate(daysFromNow(3));

		when(
			sessionQuotaPersistence.findByCourseSessionId(SESSION_ID)
		).thenReturn(
			Collections.singletonList(sessionQuota)
		);

		List<Registration> seatHolders = new ArrayList<>();

		for (long seatHolderOrganizationId : seatHolderOrganizationIds) {
			Registration registration = new RegistrationImpl();

			registration.setOrganizationId(seatHolderOrganizationId);

			seatHolders.add(registration);
		}

		when(
			registrationPersistence.findByCS_S(
				SESSION_ID,
				se.livsviktig.training.constants.RegistrationConstants.
					SEAT_HOLDING_STATUSES)
		).thenReturn(
			seatHolders
		);
	}

	/**
	 * The people on the waitlist, first in line first, as the CS_S finder returns them.
	 */
	public void waitlist(Registration... registrations) {
		List<Registration> waitlisted = new ArrayList<>(List.of(registrations));

		when(
			registrationPersistence.findByCS_S(
				eq(SESSION_ID),
				eq(new int[] {
					se.livsviktig.training.constants.RegistrationConstants.
						STATUS_WAITLISTED
				}))
		).thenReturn(
			waitlisted
		);
	}

	public User user(long userId, long... organizationIds) throws Exception {
		User user = mock(User.class);

		when(
			user.getUserId()
		).thenReturn(
			userId
		);
		when(
			user.getCompanyId()
		).thenReturn(
			COMPANY_ID
		);
		when(
			user.getFullName()
		).thenReturn(
			"Medarbetare " + userId
		);
		when(
			user.isActive()
		).thenReturn(
			true
		);
		when(
			userLocalService.getUser(userId)
		).thenReturn(
			user
		);
		when(
			userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);
		when(
			organizationLocalService.getUserOrganizationIds(
				eq(userId), anyBoolean())
		).thenReturn(
			organizationIds
		);

		return user;
	}

	public final ApprovalRequests approvalRequests = mock(
		ApprovalRequests.class);
	public final AttendancePersistence attendancePersistence = mock(
		AttendancePersistence.class);
	public final CounterLocalService counterLocalService = mock(
		CounterLocalService.class);
	public final CourseSessionPersistence courseSessionPersistence = mock(
		CourseSessionPersistence.class);
	/**
	 * The ORM session the row lock reads the session through.
	 */
	public final Session hibernateSession = mock(Session.class);

	public final NoticeDispatcher noticeDispatcher = mock(
		NoticeDispatcher.class);
	public final OrganizationLocalService organizationLocalService = mock(
		OrganizationLocalService.class);
	public final RegistrationEvents registrationEvents = mock(
		RegistrationEvents.class);
	public final RegistrationPersistence registrationPersistence = mock(
		RegistrationPersistence.class);
	public final ApplicantCheck applicantCheck = new ApplicantCheck();
	public final OrganizationTree organizationTree = new OrganizationTree();
	public final RegistrationIdReservation registrationIdReservation =
		new RegistrationIdReservation();
	public final SeatAllocation seatAllocation = new SeatAllocation();
	public final RegistrationSexResolver registrationSexResolver =
		new RegistrationSexResolver();
	public final SeatLedger seatLedger = new SeatLedger();
	public final SeatLock seatLock = new SeatLock();
	public final RegistrationLocalServiceImpl service =
		new RegistrationLocalServiceImpl();
	public final RegistrationSteps steps = new RegistrationSteps();
	public final SessionAudiencePersistence sessionAudiencePersistence = mock(
		SessionAudiencePersistence.class);
	public final SessionQuotaPersistence sessionQuotaPersistence = mock(
		SessionQuotaPersistence.class);
	public final TrainingCompanyConfiguration trainingCompanyConfiguration =
		mock(TrainingCompanyConfiguration.class);
	public final TrainingCompanySettings trainingCompanySettings = mock(
		TrainingCompanySettings.class);
	public final UserLocalService userLocalService = mock(
		UserLocalService.class);
	public final WaitlistPromoter waitlistPromoter = new WaitlistPromoter();

	private final AtomicLong _counter = new AtomicLong(90000);

}
