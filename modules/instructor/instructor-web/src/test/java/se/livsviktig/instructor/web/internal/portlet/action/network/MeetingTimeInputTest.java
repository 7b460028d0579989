package se.livsviktig.instructor.web.internal.portlet.action.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;

import org.junit.jupiter.api.Test;

/**
 * A meeting's day and time are the clock time where the coordinator is: 18:00 in Stockholm is 17:00 UTC in winter
 * and 16:00 UTC in summer, and the change happens on the night between.
 *
 * @author Livsviktig
 */
public class MeetingTimeInputTest {

	@Test
	public void theSameClockTimeIsAnHourEarlierInUTCAfterTheChangeToSummerTime() {
		assertEquals(
			Date.from(Instant.parse("2030-03-30T17:00:00Z")),
			MeetingTimeInput.parse("2030-03-30", "18:00", _STOCKHOLM));
		assertEquals(
			Date.from(Instant.parse("2030-03-31T16:00:00Z")),
			MeetingTimeInput.parse("2030-03-31", "18:00", _STOCKHOLM));
	}

	@Test
	public void theSameClockTimeIsAnHourLaterInUTCAfterTheChangeToWinterTime() {
		assertEquals(
			Date.from(Instant.parse("2030-10-26T07:30:00Z")),
			MeetingTimeInput.parse("2030-10-26", "09:30", _STOCKHOLM));
		assertEquals(
			Date.from(Instant.parse("2030-10-27T08:30:00Z")),
			MeetingTimeInput.parse(" 2030-10-27 ", " 09:30 ", _STOCKHOLM));
	}

	@Test
	public void aMissingOrUnreadableDayOrTimeIsNoTime() {
		assertNull(MeetingTimeInput.parse("", "18:00", _STOCKHOLM));
		assertNull(MeetingTimeInput.parse("2030-03-30", "", _STOCKHOLM));
		assertNull(MeetingTimeInput.parse(null, null, _STOCKHOLM));
		assertNull(MeetingTimeInput.parse("30/3/2030", "18:00", _STOCKHOLM));
		assertNull(MeetingTimeInput.parse("2030-03-30", "6 pm", _STOCKHOLM));
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

}
