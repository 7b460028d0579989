package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.approval.ApproverFinder;
import se.livsviktig.training.internal.notification.InMemoryNotices;
import se.livsviktig.training.internal.registration.ApprovalRequests;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.model.impl.SessionInstructorImpl;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;

/**
 * The scheduler may run a job twice, on one node after a retry or on two nodes at once: every notice a job
 * sends still reaches each person once. The notice record is an in-memory stand-in for the database's
 * unique key.
 *
 * @author Livsviktig
 */
public class TrainingJobsSendEachNoticeOnceTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Registration.class, "reviewComment", 1000);

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_fixture.steps, "_noticeDispatcher", _notices.noticeDispatcher());
		Fields.set(
			_fixture.waitlistPromoter, "_noticeDispatcher",
			_notices.noticeDispatcher());

		ApprovalRequests approvalRequests = new ApprovalRequests();

		Fields.set(approvalRequests, "_approverFinder", _approverFinder);
		Fields.set(
			approvalRequests, "_noticeDispatcher", _notices.noticeDispatcher());

		Fields.set(_fixture.steps, "_approvalRequests", approvalRequests);
		Fields.set(
			_fixture.waitlistPromoter, "_approvalRequests", approvalRequests);

		_courseSession = _fixture.session(20, 20);
	}

	@Test
	public void expireRegistrationsRunTwiceTellsEachPersonOnce()
		throws Exception {

		_courseSession.setWaitlistedCount(2);

		Registration pending = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_PENDING_APPROVAL, 1);

		pending.setHoldExpirationDate(RegistrationFixture.hoursFromNow(-2));

		Registration offered = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_OFFERED, 2);

		offered.setHoldExpirationDate(RegistrationFixture.hoursFromNow(-1));

		Registration firstInLine = _fixture.registration(
			3, 103, RegistrationConstants.STATUS_WAITLISTED, 3);
		Registration secondInLine = _fixture.registration(
			4, 104, RegistrationConstants.STATUS_WAITLISTED, 4);

		_findByStatus(pending, offered, firstInLine, secondInLine);

		assertEquals(2, _fixture.service.expireRegistrations());
		assertEquals(0, _fixture.service.expireRegistrations());

		assertEquals(
			Arrays.asList(
				TrainingNoticeTypes.APPROVAL_EXPIRED + " to 101",
				TrainingNoticeTypes.PROMOTED + " to 103",
				TrainingNoticeTypes.OFFER_EXPIRED + " to 102",
				TrainingNoticeTypes.PROMOTED + " to 104"),
			_notices.deliveredTypesAndRecipients());
		assertEquals(20, _courseSession.getSeatsTaken());
		assertEquals(0, _courseSession.getWaitlistedCount());
	}

	@Test
	public void remindApproversRunTwiceRemindsEachApproverOnce()
		throws Exception {

		Registration waitedTwoDays = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_PENDING_APPROVAL, 1);

		waitedTwoDays.setStatusDate(RegistrationFixture.daysFromNow(-2));

		Registration waitedAnHour = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_PENDING_APPROVAL, 2);

		waitedAnHour.setStatusDate(RegistrationFixture.hoursFromNow(-1));

		when(
			_fixture.registrationPersistence.findByS_LtHED(
				eq(RegistrationConstants.STATUS_PENDING_APPROVAL),
				any(Date.class))
		).thenReturn(
			Arrays.asList(waitedTwoDays, waitedAnHour)
		);

		List<User> approvers = Arrays.asList(
			_fixture.user(501), _fixture.user(502));

		when(
			_approverFinder.getApprovers(
				eq(RegistrationFixture.COMPANY_ID), eq(RegistrationFixture.SOF),
				anyLong())
		).thenReturn(
			approvers
		);

		_fixture.service.remindApprovers();
		_fixture.service.remindApprovers();

		assertEquals(
			Arrays.asList(
				TrainingNoticeTypes.APPROVAL_REMINDER + " to 501",
				TrainingNoticeTypes.APPROVAL_REMINDER + " to 502"),
			_notices.deliveredTypesAndRecipients());
	}

	@Test
	public void sendAttendanceRemindersRunTwiceRemindsEachInstructorOnce()
		throws Exception {

		AttendanceLocalServiceImpl attendanceLocalService =
			new AttendanceLocalServiceImpl();

		SessionInstructorPersistence sessionInstructorPersistence = mock(
			SessionInstructorPersistence.class);

		Fields.set(
			attendanceLocalService, "courseSessionPersistence",
			_fixture.courseSessionPersistence);
		Fields.set(
			attendanceLocalService, "registrationPersistence",
			_fixture.registrationPersistence);
		Fields.set(
			attendanceLocalService, "sessionInstructorPersistence",
			sessionInstructorPersistence);
		Fields.set(
			attendanceLocalService, "_noticeDispatcher",
			_notices.noticeDispatcher());

		attendanceLocalService.setClock(
			Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC));

		_courseSession.setStartDate(RegistrationFixture.daysFromNow(-2));
		_courseSession.setEndDate(RegistrationFixture.daysFromNow(-1));

		when(
			_fixture.courseSessionPersistence.findByS_LtED(
				eq(CourseSessionConstants.STATUS_PUBLISHED), any(Date.class))
		).thenReturn(
			Collections.singletonList(_courseSession)
		);
		when(
			_fixture.registrationPersistence.countByCS_S(
				RegistrationFixture.SESSION_ID,
				new int[] {RegistrationConstants.STATUS_CONFIRMED})
		).thenReturn(
			12
		);
		when(
			sessionInstructorPersistence.findByCS_S(
				RegistrationFixture.SESSION_ID,
				new int[] {SessionInstructorConstants.STATUS_ACCEPTED})
		).thenReturn(
			Arrays.asList(_instructor(601), _instructor(602))
		);

		assertEquals(2, attendanceLocalService.sendAttendanceReminders());
		assertEquals(0, attendanceLocalService.sendAttendanceReminders());

		assertEquals(
			Arrays.asList(
				TrainingNoticeTypes.ATTENDANCE_REMINDER + " to 601",
				TrainingNoticeTypes.ATTENDANCE_REMINDER + " to 602"),
			_notices.deliveredTypesAndRecipients());
	}

	@Test
	public void sendRemindersRunTwiceRemindsEachParticipantOnce()
		throws Exception {

		_courseSession.setStartDate(RegistrationFixture.daysFromNow(2));

		when(
			_fixture.courseSessionPersistence.findByS_GtSD(
				eq(CourseSessionConstants.STATUS_PUBLISHED), any(Date.class))
		).thenReturn(
			Collections.singletonList(_courseSession)
		);

		Registration first = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);
		Registration second = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_CONFIRMED, 2);

		when(
			_fixture.registrationPersistence.findByCS_S(
				RegistrationFixture.SESSION_ID,
				new int[] {RegistrationConstants.STATUS_CONFIRMED})
		).thenReturn(
			Arrays.asList(first, second)
		);

		assertEquals(2, _fixture.service.sendReminders());

		// A change of place in between raises the calendar sequence; the reminder is still sent only once

		second.setCalendarSequence(second.getCalendarSequence() + 1);

		assertEquals(0, _fixture.service.sendReminders());

		assertEquals(
			Arrays.asList(
				TrainingNoticeTypes.REMINDER + " to 101",
				TrainingNoticeTypes.REMINDER + " to 102"),
			_notices.deliveredTypesAndRecipients());
		assertTrue(
			_notices.delivered(
			).stream(
			).allMatch(
				notice -> notice.getRegistrationId() > 0
			));
	}

	/**
	 * The finders by status read the registrations' current state, as the database would on a second run.
	 */
	private void _findByStatus(Registration... registrations) {
		List<Registration> all = new ArrayList<>(Arrays.asList(registrations));

		when(
			_fixture.registrationPersistence.findByS_LtHED(
				anyInt(), any(Date.class))
		).thenAnswer(
			invocation -> all.stream(
			).filter(
				registration ->
					(registration.getStatus() ==
						(int)invocation.getArgument(0)) &&
					(registration.getHoldExpirationDate() != null) &&
					registration.getHoldExpirationDate(
					).before(
						invocation.getArgument(1)
					)
			).collect(
				Collectors.toList()
			)
		);
		when(
			_fixture.registrationPersistence.findByCS_S(
				RegistrationFixture.SESSION_ID,
				new int[] {RegistrationConstants.STATUS_WAITLISTED})
		).thenAnswer(
			invocation -> all.stream(
			).filter(
				registration ->
					registration.getStatus() ==
						RegistrationConstants.STATUS_WAITLISTED
			).collect(
				Collectors.toList()
			)
		);
	}

	private SessionInstructor _instructor(long instructorUserId) {
		SessionInstructor sessionInstructor = new SessionInstructorImpl();

		sessionInstructor.setCourseSessionId(RegistrationFixture.SESSION_ID);
		sessionInstructor.setInstructorUserId(instructorUserId);
		sessionInstructor.setStatus(SessionInstructorConstants.STATUS_ACCEPTED);

		return sessionInstructor;
	}

	private final ApproverFinder _approverFinder = mock(ApproverFinder.class);
	private CourseSession _courseSession;
	private final RegistrationFixture _fixture = new RegistrationFixture();
	private final InMemoryNotices _notices = new InMemoryNotices();

}
