package se.livsviktig.training.internal.session;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.exception.SessionQuotaException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;

/**
 * A session's quotas: one entry per quota, at least one seat each until a date before the start, one per
 * organisation, no more seats than the session has.
 *
 * @author Livsviktig
 */
public class SessionQuotaRulesTest {

	@Test
	public void eachQuotaHasAnOrganizationSeatsAndADate() throws Exception {
		SessionQuotaRules.checkShape(
			new long[] {1, 2}, new int[] {3, 4}, new Date[] {_before, _before});

		assertThrows(
			SessionQuotaException.class,
			() -> SessionQuotaRules.checkShape(
				new long[] {1, 2}, new int[] {3}, new Date[] {_before, _before}));
		assertThrows(
			SessionQuotaException.class,
			() -> SessionQuotaRules.checkShape(
				new long[] {1}, new int[] {3}, new Date[0]));
	}

	@Test
	public void quotasWithinTheSessionsSeatsUntilBeforeTheStartAreValid()
		throws Exception {

		SessionQuotaRules.checkSeats(
			_session, new long[] {1, 2}, new int[] {6, 4},
			new Date[] {_before, _start});
	}

	@Test
	public void aQuotaReservesAtLeastOneSeatUntilADateBeforeTheStart() {
		assertThrows(
			SessionQuotaException.class,
			() -> SessionQuotaRules.checkSeats(
				_session, new long[] {1}, new int[] {0}, new Date[] {_before}));
		assertThrows(
			SessionQuotaException.class,
			() -> SessionQuotaRules.checkSeats(
				_session, new long[] {1}, new int[] {2}, new Date[] {null}));
		assertThrows(
			SessionQuotaException.class,
			() -> SessionQuotaRules.checkSeats(
				_session, new long[] {1}, new int[] {2},
				new Date[] {new Date(_start.getTime() + 1)}));
	}

	@Test
	public void quotasTogetherReserveNoMoreThanTheSessionsSeats() {
		assertThrows(
			SessionQuotaException.class,
			() -> SessionQuotaRules.checkSeats(
				_session, new long[] {1, 2}, new int[] {6, 5},
				new Date[] {_before, _before}));
	}

	@Test
	public void anOrganizationHasOneQuota() {
		assertThrows(
			SessionQuotaException.class,
			() -> SessionQuotaRules.checkSeats(
				_session, new long[] {1, 1}, new int[] {2, 2},
				new Date[] {_before, _before}));
	}

	private final Date _start = new Date(1_900_000_000_000L);

	private final Date _before = new Date(_start.getTime() - 86_400_000L);

	private final CourseSession _session = new CourseSessionImpl() {
		{
			setSeats(10);
			setStartDate(_start);
		}
	};

}
