package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.internal.organization.OrganizationLineages;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.SessionQuotaImpl;

/**
 * @author Livsviktig
 */
public class SeatAvailabilityTest {

	@Test
	public void aFullSessionHasNoSeatForAnyone() {
		CourseSession courseSession = _session(20, 20);

		assertFalse(
			SeatAvailability.withoutQuotas(
				courseSession
			).hasSeatFor(
				_SOF
			));
	}

	@Test
	public void aReleasedQuotaIsOpenToEveryone() {
		SessionQuota sessionQuota = _quota(_SOF, 5, _YESTERDAY);

		SeatAvailability seatAvailability = new SeatAvailability(
			_session(10, 5), Collections.singletonList(sessionQuota),
			Collections.emptyMap(), _NOW);

		assertEquals(5, seatAvailability.getFreeSeats(_VOF));
	}

	@Test
	public void quotaSeatsAreKeptForTheirAdministrationUntilTheReleaseDate() {
		SeatAvailability seatAvailability = new SeatAvailability(
			_session(10, 5),
			Collections.singletonList(_quota(_SOF, 4, _TOMORROW)),
			Collections.emptyMap(), _NOW);

		assertEquals(1, seatAvailability.getFreeSeats(_VOF));
		assertEquals(5, seatAvailability.getFreeSeats(_SOF));
	}

	@Test
	public void seatsAnAdministrationHasTakenShrinkItsReservation() {
		Map<Long, Integer> held = new HashMap<>();

		held.put(_SOF, 3);

		SeatAvailability seatAvailability = new SeatAvailability(
			_session(10, 8),
			Collections.singletonList(_quota(_SOF, 4, _TOMORROW)), held, _NOW);

		assertEquals(1, seatAvailability.getFreeSeats(_VOF));

		seatAvailability.seatTakenBy(_SOF);

		assertEquals(2, seatAvailability.getFreeSeats(_VOF));
	}

	@Test
	public void aUnitWithoutAQuotaCountsAgainstTheAdministrationAboveIt() {
		SeatAvailability seatAvailability = new SeatAvailability(
			_session(10, 6),
			Collections.singletonList(_quota(_VOF, 4, _TOMORROW)),
			Collections.emptyMap(), _hemtjanstNorrUnderVof(), _NOW);

		assertEquals(_VOF, seatAvailability.getQuotaOrganizationId(_HEMTJANST_NORR));
		assertTrue(seatAvailability.hasSeatFor(_HEMTJANST_NORR));
		assertFalse(seatAvailability.hasSeatFor(_SOF));

		seatAvailability.seatTakenBy(_HEMTJANST_NORR);

		assertEquals(1, seatAvailability.getFreeSeats(_SOF));
	}

	@Test
	public void aUnitsOwnQuotaComesBeforeTheAdministrationsAboveIt() {
		SeatAvailability seatAvailability = new SeatAvailability(
			_session(10, 4),
			Arrays.asList(
				_quota(_VOF, 3, _TOMORROW),
				_quota(_HEMTJANST_NORR, 2, _TOMORROW)),
			Collections.emptyMap(), _hemtjanstNorrUnderVof(), _NOW);

		assertEquals(
			_HEMTJANST_NORR,
			seatAvailability.getQuotaOrganizationId(_HEMTJANST_NORR));

		// The unit's seats are its own, the förvaltning's are for its other staff

		assertEquals(3, seatAvailability.getFreeSeats(_HEMTJANST_NORR));
		assertEquals(4, seatAvailability.getFreeSeats(_VOF));

		seatAvailability.seatTakenBy(_HEMTJANST_NORR);

		assertEquals(5, seatAvailability.getFreeSeats(_VOF));
		assertEquals(3, seatAvailability.getFreeSeats(_HEMTJANST_NORR));
	}

	@Test
	public void theLastFreeSeatsCanAllBeReservedForOthers() {
		SeatAvailability seatAvailability = new SeatAvailability(
			_session(10, 7),
			Arrays.asList(
				_quota(_SOF, 2, _TOMORROW), _quota(_AMF, 1, _TOMORROW)),
			Collections.emptyMap(), _NOW);

		assertFalse(seatAvailability.hasSeatFor(_VOF));
		assertTrue(seatAvailability.hasSeatFor(_SOF));
		assertTrue(seatAvailability.hasSeatFor(_AMF));
	}

	private OrganizationLineages _hemtjanstNorrUnderVof() {
		return OrganizationLineages.of(
			Collections.singletonMap(
				_HEMTJANST_NORR, new long[] {_HEMTJANST_NORR, _VOF}));
	}

	private SessionQuota _quota(
		long organizationId, int seats, Date releaseDate) {

		SessionQuota sessionQuota = new SessionQuotaImpl();

		sessionQuota.setOrganizationId(organizationId);
		sessionQuota.setSeats(seats);
		sessionQuota.setReleaseDate(releaseDate);

		return sessionQuota;
	}

	private CourseSession _session(int seats, int seatsTaken) {
		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setSeats(seats);
		courseSession.setSeatsTaken(seatsTaken);

		return courseSession;
	}

	private static final long _AMF = 3;

	private static final long _HEMTJANST_NORR = 12;

	private static final Date _NOW = new Date(1_800_000_000_000L);

	private static final long _SOF = 1;

	private static final Date _TOMORROW = new Date(
		_NOW.getTime() + 86_400_000L);

	private static final long _VOF = 2;

	private static final Date _YESTERDAY = new Date(
		_NOW.getTime() - 86_400_000L);

}
