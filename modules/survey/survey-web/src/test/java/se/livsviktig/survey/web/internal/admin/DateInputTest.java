package se.livsviktig.survey.web.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;

import org.junit.jupiter.api.Test;

/**
 * A dispatch's dates are typed as days: a day is the start of that day in the coordinator's time zone, and what is
 * not a day (nothing, blanks, a typo) is no date, so the service says the date is missing instead of a wrong one
 * being saved.
 *
 * @author Livsviktig
 */
public class DateInputTest {

	@Test
	public void aDayIsTheStartOfThatDayInTheCoordinatorsZone() {
		assertEquals(
			Date.from(Instant.parse("2030-03-16T23:00:00Z")),
			DateInput.parse("2030-03-17", _STOCKHOLM));
		assertEquals(
			Date.from(Instant.parse("2030-03-16T23:00:00Z")),
			DateInput.parse(" 2030-03-17 ", _STOCKHOLM));
	}

	@Test
	public void aDayIsShownAsTheDayInTheCoordinatorsZone() {
		assertEquals(
			"2030-03-17",
			DateInput.format(
				Date.from(Instant.parse("2030-03-16T23:00:00Z")), _STOCKHOLM));
		assertEquals("", DateInput.format(null, _STOCKHOLM));
	}

	@Test
	public void whatIsNotADayIsNoDate() {
		for (String value :
				new String[] {
					null, "", "   ", "2030-02-30", "17/03/2030", "i morgon"
				}) {

			assertNull(DateInput.parse(value, _STOCKHOLM), String.valueOf(value));
		}
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

}
