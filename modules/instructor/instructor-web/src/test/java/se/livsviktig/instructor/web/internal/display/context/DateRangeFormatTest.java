package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Session days and meeting times in the reader's time zone: a period within one day names the day once, and
 * the day is the reader's, not the server's (UTC).
 *
 * @author Livsviktig
 */
public class DateRangeFormatTest {

	@Test
	public void aMeetingIsShownInTheReadersTimeZone() {
		assertEquals(
			"Mar 12, 2031 1:00 PM–3:00 PM",
			_stockholm.times(
				_date("2031-03-12T12:00:00Z"), _date("2031-03-12T14:00:00Z")));
		assertEquals(
			"Mar 12, 2031 12:00 PM–2:00 PM",
			new DateRangeFormat(
				Locale.US, ZoneId.of("UTC")
			).times(
				_date("2031-03-12T12:00:00Z"), _date("2031-03-12T14:00:00Z")
			));
	}

	@Test
	public void aMeetingOverMidnightNamesBothDays() {
		assertEquals(
			"Mar 12, 2031 10:00 PM – Mar 13, 2031 1:00 AM",
			_stockholm.times(
				_date("2031-03-12T21:00:00Z"), _date("2031-03-13T00:00:00Z")));
	}

	@Test
	public void aSessionOfOneDayNamesItOnceAndOfTwoDaysBoth() {
		assertEquals(
			"Mar 12, 2031",
			_stockholm.days(
				_date("2031-03-12T07:00:00Z"), _date("2031-03-12T15:00:00Z")));
		assertEquals(
			"Mar 12, 2031 – Mar 13, 2031",
			_stockholm.days(
				_date("2031-03-12T07:00:00Z"), _date("2031-03-13T15:00:00Z")));
	}

	@Test
	public void theDayIsTheReaders() {
		assertEquals(
			"Mar 13, 2031",
			_stockholm.days(
				_date("2031-03-12T23:30:00Z"), _date("2031-03-13T08:00:00Z")),
			"00:30 in Stockholm is already the 13th");
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private final DateRangeFormat _stockholm = new DateRangeFormat(
		Locale.US, ZoneId.of("Europe/Stockholm"));

}
