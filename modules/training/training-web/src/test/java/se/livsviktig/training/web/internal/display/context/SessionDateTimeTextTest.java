package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDateTime;
import java.time.ZoneId;

import java.util.Date;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.model.SessionDate;

/**
 * The times on a session's page are the reader's: in their time zone, the month by name, a date's end by its time.
 *
 * @author Livsviktig
 */
public class SessionDateTimeTextTest {

	@Test
	public void aMomentIsInTheReadersZoneWithTheMonthByName() {
		assertEquals(
			"9 december 2026 23:30", _text.format(_date("2026-12-09T23:30")));
		assertEquals("", _text.format((Date)null));
	}

	@Test
	public void aSessionDateIsItsStartAndTheTimeItEnds() {
		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getStartDate()
		).thenReturn(
			_date("2026-12-09T09:00")
		);
		when(
			sessionDate.getEndDate()
		).thenReturn(
			_date("2026-12-09T16:00")
		);

		assertEquals("9 december 2026 09:00–16:00", _text.format(sessionDate));

		when(
			sessionDate.getEndDate()
		).thenReturn(
			null
		);

		assertEquals("9 december 2026 09:00", _text.format(sessionDate));
	}

	private Date _date(String localDateTime) {
		return Date.from(
			LocalDateTime.parse(
				localDateTime
			).atZone(
				_STOCKHOLM
			).toInstant());
	}

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final SessionDateTimeText _text = new SessionDateTimeText(
		new Locale("sv", "SE"), _STOCKHOLM);

}
