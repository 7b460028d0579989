package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.impl.RegistrationFixture;

/**
 * What every step does to a registration and its session, whichever step it is: the rules the steps share. One
 * test per rule.
 *
 * @author Livsviktig
 */
public class RegistrationTransitionsTest {

	@Test
	public void aRegistrationThatStopsBeingActiveGivesUpItsActiveKey()
		throws Exception {

		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		registration.setCalendarSequence(2);

		_registrationTransitions.changeStatus(
			registration, RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_CANCELLED, 9, "Sjuk", _NOW);

		assertEquals(
			RegistrationConstants.STATUS_CANCELLED, registration.getStatus());
		assertEquals(
			-1, registration.getActiveKey(), "the person may register again");
		assertEquals(
			3, registration.getCalendarSequence(),
			"calendars replace the entry");
		assertEquals(_NOW, registration.getStatusDate());
		verify(
			_fixture.registrationEvents
		).add(
			registration, RegistrationEvents.TYPE_CANCELLED,
			RegistrationConstants.STATUS_CONFIRMED, 9, "Sjuk", _NOW
		);
	}

	@Test
	public void anActiveRegistrationKeepsItsActiveKey() throws Exception {
		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_WAITLISTED, 1);

		_registrationTransitions.changeStatus(
			registration, RegistrationConstants.STATUS_CONFIRMED,
			RegistrationEvents.TYPE_PROMOTED, 0, null, _NOW);

		assertEquals(101, registration.getActiveKey());
	}

	@Test
	public void releasingGivesBackTheSeatOrTheWaitlistPlaceItHeld()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 5);

		courseSession.setWaitlistedCount(3);

		Registration confirmed = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		confirmed.setHoldExpirationDate(_NOW);

		_registrationTransitions.release(
			courseSession, confirmed, RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_CANCELLED, 9, null, _NOW);

		assertEquals(4, courseSession.getSeatsTaken());
		assertEquals(3, courseSession.getWaitlistedCount());
		assertNull(confirmed.getHoldExpirationDate());
		verify(
			_fixture.registrationPersistence
		).update(
			confirmed
		);

		Registration waitlisted = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 2);

		_registrationTransitions.release(
			courseSession, waitlisted, RegistrationConstants.STATUS_CANCELLED,
			RegistrationEvents.TYPE_CANCELLED, 9, null, _NOW);

		assertEquals(4, courseSession.getSeatsTaken());
		assertEquals(2, courseSession.getWaitlistedCount());
	}

	@Test
	public void aStepStartsOnlyFromTheStatesItNames() throws Exception {
		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CANCELLED, 1);

		assertThrows(
			RegistrationStatusException.class,
			() -> RegistrationTransitions.checkStatus(
				registration, RegistrationConstants.UPCOMING_STATUSES));

		RegistrationTransitions.checkStatus(
			registration, RegistrationConstants.STATUS_CONFIRMED,
			RegistrationConstants.STATUS_CANCELLED);
	}

	private static final Date _NOW = Date.from(RegistrationFixture.NOW);

	private final RegistrationFixture _fixture = new RegistrationFixture();
	private final RegistrationTransitions _registrationTransitions =
		new RegistrationTransitions(
			_fixture.registrationPersistence,
			_fixture.courseSessionPersistence, _fixture.registrationEvents,
			_fixture.seatLock, _fixture.noticeDispatcher,
			_fixture.waitlistPromoter,
			Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC));

}
