package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Collections;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.SessionAudienceImpl;

/**
 * A coordinator moving someone to another session of the course, through the local service that holds the move's
 * transaction. One test per rule. (Moving someone in the waitlist: WaitlistLineTest; e-mailing participants:
 * ParticipantMessagesTest.)
 *
 * @author Livsviktig
 */
public class RegistrationMovesTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Registration.class, "motivation", 2000
	).maxLength(
		Registration.class, "dietaryNeeds", 500
	).maxLength(
		Registration.class, "cancellationReason", 1000
	).maxLength(
		Registration.class, "reviewComment", 1000
	);

	@Test
	public void aMoveGivesUpTheOldSeatToTheWaitlistAndRegistersInTheNewSession()
		throws Exception {

		CourseSession source = _fixture.session(2, 2);
		CourseSession target = _target(10, 3);

		Registration moving = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		moving.setDietaryNeeds("Vegetarisk");

		Registration next = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 5);

		source.setWaitlistedCount(1);

		_fixture.waitlist(next);
		_fixture.user(101, RegistrationFixture.SOF);

		Registration moved = _fixture.service.moveRegistration(
			1, _TARGET_SESSION_ID, RegistrationFixture.COORDINATOR_USER_ID,
			"Krockar med APT");

		assertEquals(
			RegistrationConstants.STATUS_CANCELLED, moving.getStatus());
		assertEquals(-1, moving.getActiveKey());
		assertEquals("Krockar med APT", moving.getCancellationReason());
		assertEquals(
			RegistrationFixture.COORDINATOR_USER_ID,
			moving.getCancelledByUserId());

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, next.getStatus());
		assertEquals(2, source.getSeatsTaken());
		assertEquals(0, source.getWaitlistedCount());

		assertEquals(_TARGET_SESSION_ID, moved.getCourseSessionId());
		assertEquals(101, moved.getUserId());
		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, moved.getStatus());
		assertEquals("Vegetarisk", moved.getDietaryNeeds());
		assertEquals(4, target.getSeatsTaken());

		verify(
			_fixture.registrationEvents
		).add(
			moving, RegistrationEvents.TYPE_MOVED_TO,
			RegistrationConstants.STATUS_CONFIRMED,
			RegistrationFixture.COORDINATOR_USER_ID, "Krockar med APT",
			Date.from(RegistrationFixture.NOW)
		);
		verify(
			_fixture.registrationEvents
		).add(
			moved, RegistrationEvents.TYPE_MOVED_FROM, 0,
			RegistrationFixture.COORDINATOR_USER_ID, "Krockar med APT",
			Date.from(RegistrationFixture.NOW)
		);
		assertTrue(
			_fixture.noticeTypesSent(
			).contains(
				TrainingNoticeTypes.PROMOTED
			));
		assertTrue(
			_fixture.noticesSent(
			).stream(
			).anyMatch(
				notice ->
					(notice.getRegistrationId() == 1) &&
					notice.getType(
					).equals(
						TrainingNoticeTypes.REGISTRATION_CANCELLED
					)
			),
			"the old session's notice (and calendar cancellation) goes to the " +
				"person moved");
	}

	@Test
	public void aMoveToAFullSessionWaitlistsThePerson() throws Exception {
		_fixture.session(20, 5);

		CourseSession target = _target(10, 10);

		_fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);
		_fixture.user(101, RegistrationFixture.SOF);

		Registration moved = _fixture.service.moveRegistration(
			1, _TARGET_SESSION_ID, RegistrationFixture.COORDINATOR_USER_ID,
			null);

		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, moved.getStatus());
		assertEquals(10, target.getSeatsTaken());
		assertEquals(1, target.getWaitlistedCount());
	}

	@Test
	public void aMoveRefusedByTheNewSessionLeavesTheOldOneAlone()
		throws Exception {

		CourseSession source = _fixture.session(20, 5);
		CourseSession target = _target(10, 3);

		Registration moving = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		_fixture.user(101, RegistrationFixture.SOF);

		SessionAudience sessionAudience = new SessionAudienceImpl();

		sessionAudience.setOrganizationId(RegistrationFixture.VOF);

		when(
			_fixture.sessionAudiencePersistence.findByCourseSessionId(
				_TARGET_SESSION_ID)
		).thenReturn(
			Collections.singletonList(sessionAudience)
		);

		assertThrows(
			NotInSessionAudienceException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, "Byte"));

		when(
			_fixture.sessionAudiencePersistence.findByCourseSessionId(
				_TARGET_SESSION_ID)
		).thenReturn(
			Collections.emptyList()
		);
		when(
			_fixture.registrationPersistence.fetchByCS_AK(
				_TARGET_SESSION_ID, 101)
		).thenReturn(
			moving
		);

		assertThrows(
			DuplicateRegistrationException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, "Byte"));

		when(
			_fixture.registrationPersistence.fetchByCS_AK(
				_TARGET_SESSION_ID, 101)
		).thenReturn(
			null
		);

		target.setStatus(CourseSessionConstants.STATUS_DRAFT);

		assertThrows(
			SessionNotPublishedException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, "Byte"));

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, moving.getStatus());
		assertEquals(5, source.getSeatsTaken());
		assertEquals(3, target.getSeatsTaken());
		verify(
			_fixture.courseSessionPersistence, never()
		).update(
			any(CourseSession.class)
		);
		verify(
			_fixture.registrationPersistence, never()
		).update(
			any(Registration.class)
		);
	}

	@Test
	public void aMoveStaysWithinTheCourseAndTheUpcomingRegistrations()
		throws Exception {

		_fixture.session(20, 5);

		CourseSession target = _target(10, 3);

		target.setCourseId(70002);

		Registration moving = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		assertThrows(
			MoveRegistrationTargetException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, null));
		assertThrows(
			MoveRegistrationTargetException.class,
			() -> _fixture.service.moveRegistration(
				1, RegistrationFixture.SESSION_ID, 9, null));

		moving.setStatus(RegistrationConstants.STATUS_COMPLETED);

		target.setCourseId(70001);

		assertThrows(
			RegistrationStatusException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, null));

		verify(
			_fixture.registrationPersistence, never()
		).update(
			any(Registration.class)
		);
	}

	/**
	 * Another published session of the same course.
	 */
	private CourseSession _target(int seats, int seatsTaken)
		throws Exception {

		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(_TARGET_SESSION_ID);
		courseSession.setGroupId(RegistrationFixture.GROUP_ID);
		courseSession.setCompanyId(RegistrationFixture.COMPANY_ID);
		courseSession.setCourseId(70001);
		courseSession.setTrainingMethodId(80001);
		courseSession.setSeats(seats);
		courseSession.setSeatsTaken(seatsTaken);
		courseSession.setDietaryNeedsRequested(true);
		courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		courseSession.setRegistrationOpenDate(
			RegistrationFixture.daysFromNow(-7));
		courseSession.setRegistrationCloseDate(
			RegistrationFixture.daysFromNow(-1));
		courseSession.setStartDate(RegistrationFixture.daysFromNow(30));
		courseSession.setEndDate(RegistrationFixture.daysFromNow(31));

		when(
			_fixture.courseSessionPersistence.findByPrimaryKey(
				_TARGET_SESSION_ID)
		).thenReturn(
			courseSession
		);
		when(
			_fixture.courseSessionPersistence.fetchByPrimaryKey(
				_TARGET_SESSION_ID)
		).thenReturn(
			courseSession
		);

		return courseSession;
	}

	private static final long _TARGET_SESSION_ID = 60002;

	private final RegistrationFixture _fixture = new RegistrationFixture();

}
