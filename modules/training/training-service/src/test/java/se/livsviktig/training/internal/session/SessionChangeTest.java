package se.livsviktig.training.internal.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.SessionDateImpl;

/**
 * Which edits of a session people registered hear about: new dates, or a new place to go.
 *
 * @author Livsviktig
 */
public class SessionChangeTest {

	@Test
	public void theSameDatesAreNoChange() {
		assertFalse(
			SessionChange.datesChanged(
				_dates, new Date[] {_date(0), _date(24)},
				new Date[] {_date(8), _date(32)}));
	}

	@Test
	public void aMovedDayAMovedEndOrAnotherNumberOfDaysIsAChange() {
		assertTrue(
			SessionChange.datesChanged(
				_dates, new Date[] {_date(0), _date(48)},
				new Date[] {_date(8), _date(56)}));
		assertTrue(
			SessionChange.datesChanged(
				_dates, new Date[] {_date(0), _date(24)},
				new Date[] {_date(8), _date(33)}));
		assertTrue(
			SessionChange.datesChanged(
				_dates, new Date[] {_date(0)}, new Date[] {_date(8)}));
	}

	@Test
	public void thePeriodsAreTheDatesAsTheyWere() {
		List<Date[]> periods = SessionChange.periodsOf(_dates);

		assertEquals(2, periods.size());
		assertArrayEquals(new Date[] {_date(24), _date(32)}, periods.get(1));
	}

	@Test
	public void anotherVenueAddressLinkOrDeliveryModeIsAChangeOfPlace() {
		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setDeliveryMode(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE);
		courseSession.setVenueName("Folkets hus");
		courseSession.setVenueAddress("Storgatan 1");
		courseSession.setOnlineMeetingURL("");
		courseSession.setLocality("Sundsvall");

		int onSite = CourseSessionConstants.DELIVERY_MODE_ON_SITE;

		assertFalse(
			SessionChange.placeChanged(
				courseSession, onSite, "Folkets hus", "Storgatan 1", ""));
		assertTrue(
			SessionChange.placeChanged(
				courseSession, onSite, "Stadshuset", "Storgatan 1", ""));
		assertTrue(
			SessionChange.placeChanged(
				courseSession, onSite, "Folkets hus", "Storgatan 2", ""));
		assertTrue(
			SessionChange.placeChanged(
				courseSession, CourseSessionConstants.DELIVERY_MODE_ONLINE,
				"Folkets hus", "Storgatan 1", ""));
		assertTrue(
			SessionChange.placeChanged(
				courseSession, onSite, "Folkets hus", "Storgatan 1",
				"https://meet.example/x"));
	}

	private static Date _date(int hours) {
		return new Date(1_900_000_000_000L + (hours * 3_600_000L));
	}

	private static SessionDate _sessionDate(int startHours, int endHours) {
		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setStartDate(_date(startHours));
		sessionDate.setEndDate(_date(endHours));

		return sessionDate;
	}

	private final List<SessionDate> _dates = List.of(
		_sessionDate(0, 8), _sessionDate(24, 32));

}
