package se.livsviktig.training.attendance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.model.SessionDate;

/**
 * @author Livsviktig
 */
public class CheckInWindowTest {

	@Test
	public void checkInIsOpenFromItsOpeningThroughItsCloseBothIncluded() {
		SessionDate sessionDate = _sessionDate(_at(0), _at(60));

		assertFalse(CheckInWindow.isOpen(sessionDate, _at(-1)));
		assertTrue(CheckInWindow.isOpen(sessionDate, _at(0)));
		assertTrue(CheckInWindow.isOpen(sessionDate, _at(30)));
		assertTrue(CheckInWindow.isOpen(sessionDate, _at(60)));
		assertFalse(CheckInWindow.isOpen(sessionDate, _at(61)));
	}

	@Test
	public void aDateWithoutAWindowIsNeverOpen() {
		assertFalse(CheckInWindow.isOpen(_sessionDate(null, _at(60)), _at(30)));
		assertFalse(CheckInWindow.isOpen(_sessionDate(_at(0), null), _at(30)));
		assertFalse(CheckInWindow.hasOpened(_sessionDate(null, null), _at(30)));
	}

	@Test
	public void aWindowHasOpenedFromItsOpeningOnEvenAfterItCloses() {
		SessionDate sessionDate = _sessionDate(_at(0), _at(60));

		assertFalse(CheckInWindow.hasOpened(sessionDate, _at(-1)));
		assertTrue(CheckInWindow.hasOpened(sessionDate, _at(0)));
		assertTrue(CheckInWindow.hasOpened(sessionDate, _at(120)));
	}

	private static Date _at(int minutes) {
		return new Date(1796119200000L + minutes * 60000L);
	}

	private static SessionDate _sessionDate(Date openDate, Date closeDate) {
		SessionDate sessionDate = mock(SessionDate.class);

		when(sessionDate.getCheckInOpenDate()).thenReturn(openDate);
		when(sessionDate.getCheckInCloseDate()).thenReturn(closeDate);

		return sessionDate;
	}

}
