package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * A date range reads as the reader says it, in their time zone: one day once, a range over days with both days.
 *
 * @author Livsviktig
 */
public class DateTimeRangeFormatTest {

	@Test
	public void aRangeOverDaysNamesBothDays() {
		assertEquals(
			"9 dec. 2026 09:00 – 10 dec. 2026 16:00",
			_format.format(
				_date("2026-12-09T09:00"), _date("2026-12-10T16:00")));
	}

	@Test
	public void aRangeWithinOneDayNamesTheDayOnce() {
		assertEquals(
			"9 dec. 2026 09:00–16:00",
			_format.format(
				_date("2026-12-09T09:00"), _date("2026-12-09T16:00")));
	}

	@Test
	public void theDayIsTheReadersNotUtc() {

		// 23:30 in Stockholm on 9 December is 22:30 UTC on the 9th, 00:30 on the 10th is 23:30 UTC on the 9th:
		// the range crosses midnight only in the reader's zone.

		assertEquals(
			"9 dec. 2026 23:30 – 10 dec. 2026 00:30",
			_format.format(
				_date("2026-12-09T23:30"), _date("2026-12-10T00:30")));
	}

	private Date _date(String localDateTime) {
		return Date.from(
			ZonedDateTime.of(
				LocalDateTime.parse(localDateTime), _STOCKHOLM
			).toInstant());
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final DateTimeRangeFormat _format = new DateTimeRangeFormat(
		new Locale("sv", "SE"), _STOCKHOLM);

}
