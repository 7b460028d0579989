package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.impl.RegistrationFixture;

/**
 * A session's waitlist as a line: a person's place in it, and a coordinator moving someone in it. One test per
 * rule.
 *
 * @author Livsviktig
 */
public class WaitlistLineTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Registration.class, "cancellationReason", 1000);

	@Test
	public void movingInTheWaitlistKeepsTheOthersInOrderAndTheReason()
		throws Exception {

		CourseSession courseSession = _fixture.session(2, 2);

		Registration first = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_WAITLISTED, 3);
		Registration second = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 4);
		Registration third = _fixture.registration(
			3, 103, RegistrationConstants.STATUS_WAITLISTED, 7);

		_fixture.waitlist(first, second, third);

		_waitlistLine.move(
			3, 1, RegistrationFixture.COORDINATOR_USER_ID,
			"Behöver utbildningen före sommaren");

		assertEquals(3, third.getQueueNumber());
		assertEquals(4, first.getQueueNumber());
		assertEquals(7, second.getQueueNumber());

		verify(
			_fixture.registrationEvents
		).add(
			third, RegistrationEvents.TYPE_WAITLIST_MOVED,
			RegistrationConstants.STATUS_WAITLISTED,
			RegistrationFixture.COORDINATOR_USER_ID,
			"Behöver utbildningen före sommaren",
			Date.from(RegistrationFixture.NOW)
		);
		verify(
			_fixture.courseSessionPersistence
		).update(
			courseSession
		);

		// Past the end means last

		_fixture.waitlist(third, first, second);

		_waitlistLine.move(3, 99, 9, "Ångrade sig");

		assertEquals(3, first.getQueueNumber());
		assertEquals(4, second.getQueueNumber());
		assertEquals(7, third.getQueueNumber());
	}

	@Test
	public void movingInTheWaitlistNeedsAReasonAPositionAndAWaitlistedPerson()
		throws Exception {

		_fixture.session(2, 2);

		Registration confirmed = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);
		Registration waitlisted = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 2);

		_fixture.waitlist(waitlisted);

		assertThrows(
			WaitlistReorderReasonException.class,
			() -> _waitlistLine.move(2, 1, 9, " "));
		assertThrows(
			WaitlistPositionException.class,
			() -> _waitlistLine.move(2, 0, 9, "Skäl"));
		assertThrows(
			RegistrationStatusException.class,
			() -> _waitlistLine.move(1, 1, 9, "Skäl"));

		assertEquals(1, confirmed.getQueueNumber());
		assertEquals(2, waitlisted.getQueueNumber());
		verify(
			_fixture.registrationEvents, never()
		).add(
			any(Registration.class), anyString(), anyInt(), anyLong(), any(),
			any()
		);
	}

	@Test
	public void theWaitlistPositionCountsThoseAhead() throws Exception {
		_fixture.session(20, 20);
		_fixture.registration(
			7, 107, RegistrationConstants.STATUS_WAITLISTED, 12);

		when(
			_fixture.registrationPersistence.countByCS_S_LtQN(
				RegistrationFixture.SESSION_ID,
				RegistrationConstants.STATUS_WAITLISTED, 12)
		).thenReturn(
			2
		);

		assertEquals(3, _waitlistLine.position(7));

		_fixture.registration(8, 108, RegistrationConstants.STATUS_CONFIRMED, 13);

		assertEquals(0, _waitlistLine.position(8));
	}

	private final RegistrationFixture _fixture = new RegistrationFixture();
	private final WaitlistLine _waitlistLine = new WaitlistLine(
		_fixture.registrationPersistence,
		new RegistrationTransitions(
			_fixture.registrationPersistence,
			_fixture.courseSessionPersistence, _fixture.registrationEvents,
			_fixture.seatLock, _fixture.noticeDispatcher,
			_fixture.waitlistPromoter,
			Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC)),
		_fixture.registrationEvents);

}
