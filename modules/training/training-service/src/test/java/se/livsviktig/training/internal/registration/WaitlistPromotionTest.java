package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneOffset;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.service.impl.RegistrationFixture;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Seats that appear without anyone giving one up go to the waitlist under the session's row lock, and the session
 * is written only when someone got one.
 *
 * @author Livsviktig
 */
public class WaitlistPromotionTest {

	@Test
	public void theSessionIsLockedBeforeItsSeatsAreGivenAndWrittenAfter()
		throws Exception {

		List<Registration> promoted = Collections.singletonList(
			new RegistrationImpl());

		_promoterReturns(promoted);

		assertEquals(promoted, _promote());

		InOrder inOrder = inOrder(
			_seatLock, _waitlistPromoter, _courseSessionPersistence);

		inOrder.verify(_seatLock).lock(SESSION_ID);
		inOrder.verify(
			_waitlistPromoter
		).fillFreeSeats(
			_courseSession, new Date(RegistrationFixture.NOW.toEpochMilli()),
			ACTOR_USER_ID, "raised"
		);
		inOrder.verify(_courseSessionPersistence).update(_courseSession);
	}

	@Test
	public void nobodyToPromoteLeavesTheSessionUnwritten() throws Exception {
		_promoterReturns(Collections.emptyList());

		assertEquals(Collections.emptyList(), _promote());

		verify(
			_courseSessionPersistence, never()
		).update(
			any(CourseSession.class)
		);
	}

	private List<Registration> _promote() throws Exception {
		return new WaitlistPromotion(
			_seatLock, _waitlistPromoter, _courseSessionPersistence,
			Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC)
		).promote(
			SESSION_ID, ACTOR_USER_ID, "raised"
		);
	}

	private void _promoterReturns(List<Registration> promoted)
		throws Exception {

		when(
			_seatLock.lock(SESSION_ID)
		).thenReturn(
			_courseSession
		);
		when(
			_waitlistPromoter.fillFreeSeats(
				eq(_courseSession), any(Date.class), anyLong(), anyString())
		).thenReturn(
			promoted
		);
	}

	private static final long ACTOR_USER_ID = 30000;

	private static final long SESSION_ID = 60001;

	private final CourseSession _courseSession = new CourseSessionImpl();
	private final CourseSessionPersistence _courseSessionPersistence = mock(
		CourseSessionPersistence.class);
	private final SeatLock _seatLock = mock(SeatLock.class);
	private final WaitlistPromoter _waitlistPromoter = mock(
		WaitlistPromoter.class);

}
