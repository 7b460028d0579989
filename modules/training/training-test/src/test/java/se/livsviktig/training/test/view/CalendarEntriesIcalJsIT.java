package se.livsviktig.training.test.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.view.harness.ICalJs;
import se.livsviktig.training.internal.calendar.CalendarInvitation;
import se.livsviktig.training.internal.calendar.RegistrationCalendar;
import se.livsviktig.training.internal.calendar.RegistrationCalendarWriter;

/**
 * The registration's calendar entries as Mozilla's ical.js reads them (the parser that threw on the RDATE
 * periods this writer used to write): a two-day MHFA session over the weekend summer time ends in Sweden
 * (Saturday 24 and Sunday 25 October 2026, clocks back at 03:00 on the Sunday), both days 09:00–16:00 in
 * Stockholm; a changed date moves; a cancelled registration cancels every date; no line over 75 octets.
 *
 * @author Livsviktig
 */
public class CalendarEntriesIcalJsIT {

	@Test
	public void aCancelledRegistrationCancelsEveryDate() {
		List<String[]> lines = _read(
			"cancelled",
			_calendar(
				2, _SATURDAY, _SUNDAY
			).setCancelled(
				true
			));

		List<String[]> files = ICalJs.linesOf("FILE", lines);

		assertEquals(2, files.size());

		for (String[] file : files) {
			assertEquals("CANCEL", file[1]);
		}

		List<String[]> events = ICalJs.linesOf("EVENT", lines);

		assertEquals(2, events.size());

		for (int i = 0; i < 2; i++) {
			assertEquals(
				RegistrationCalendarWriter.getUid(_REGISTRATION_ID, i + 1),
				events.get(i)[0]);
			assertEquals("2", events.get(i)[1]);
			assertEquals("CANCELLED", events.get(i)[2]);
		}
	}

	@Test
	public void aChangedDateMovesAndKeepsItsUid() {
		List<String[]> before = ICalJs.linesOf(
			"EVENT", _read("before", _calendar(0, _SATURDAY, _SUNDAY)));

		// The Sunday moves to Monday 2 November, 13:00–16:00 in winter time (12:00Z)

		List<String[]> after = ICalJs.linesOf(
			"EVENT",
			_read(
				"after",
				_calendar(
					1, _SATURDAY,
					_period("2026-11-02T12:00:00Z", "2026-11-02T15:00:00Z"))));

		assertEquals(2, after.size());
		assertEquals(before.get(1)[0], after.get(1)[0]);
		assertEquals("1", after.get(1)[1]);
		assertEquals("CONFIRMED", after.get(1)[2]);
		assertEquals("2026-11-02 13:00", after.get(1)[4]);
		assertEquals("2026-11-02 16:00", after.get(1)[5]);

		assertEquals(before.get(0)[0], after.get(0)[0]);
		assertEquals(before.get(0)[4], after.get(0)[4]);
	}

	@Test
	public void aDateTheSessionNoLongerHasIsCancelled() {
		List<String[]> lines = _read(
			"withdrawn",
			_calendar(
				1, _SATURDAY
			).setPreviousDates(
				Arrays.asList(_SATURDAY, _SUNDAY)
			));

		List<String[]> files = ICalJs.linesOf("FILE", lines);

		assertEquals("REQUEST", files.get(0)[1]);
		assertEquals("CANCEL", files.get(1)[1]);

		String[] withdrawn = ICalJs.linesOf(
			"EVENT", lines
		).get(
			1
		);

		assertEquals(
			RegistrationCalendarWriter.getUid(_REGISTRATION_ID, 2),
			withdrawn[0]);
		assertEquals("CANCELLED", withdrawn[2]);
		assertEquals("2026-10-25 09:00", withdrawn[4]);
	}

	@Test
	public void everyDateShowsAtItsStockholmTimesAcrossTheEndOfSummerTime() {
		RegistrationCalendar registrationCalendar = _calendar(
			0, _SATURDAY, _SUNDAY);

		List<String> calendars = _texts(registrationCalendar);

		calendars.add(_writer.writeFile(registrationCalendar));

		List<String[]> lines = ICalJs.read(_dir("confirmed"), calendars);

		List<String[]> files = ICalJs.linesOf("FILE", lines);

		assertEquals(
			Arrays.asList("REQUEST", "REQUEST", "PUBLISH"),
			Arrays.asList(files.get(0)[1], files.get(1)[1], files.get(2)[1]));

		for (String[] file : files) {
			assertTrue(
				Integer.parseInt(file[2]) <= 75,
				"a line of " + file[2] + " octets in " + file[0]);
		}

		List<String[]> events = ICalJs.linesOf("EVENT", lines);

		// Two invitations of one date each, then the downloadable file with both

		assertEquals(4, events.size());

		for (int i = 0; i < 4; i++) {
			String[] event = events.get(i);
			int dateNumber = (i % 2) + 1;

			assertEquals(
				RegistrationCalendarWriter.getUid(_REGISTRATION_ID, dateNumber),
				event[0]);
			assertEquals("0", event[1]);
			assertEquals("CONFIRMED", event[2]);
			assertEquals("1", event[3], "occurrences ical.js lists");

			if (dateNumber == 1) {
				assertEquals("2026-10-24 09:00", event[4]);
				assertEquals("2026-10-24 16:00", event[5]);
			}
			else {
				assertEquals("2026-10-25 09:00", event[4]);
				assertEquals("2026-10-25 16:00", event[5]);
			}
		}
	}

	private static Date[] _period(String start, String end) {
		return new Date[] {
			Date.from(Instant.parse(start)), Date.from(Instant.parse(end))
		};
	}

	private RegistrationCalendar _calendar(int sequence, Date[]... dates) {
		RegistrationCalendar registrationCalendar = new RegistrationCalendar(
			_REGISTRATION_ID, sequence);

		for (Date[] date : dates) {
			registrationCalendar.addDate(date[0], date[1]);
		}

		return registrationCalendar.setSummary(
			"MHFA Vuxen – första hjälpen till psykisk hälsa"
		).setDescription(
			"Två dagar på Östra Ågatan 3 i Umeå. Ta med läsglasögon, " +
				"matsäck och frågor om självmordstankar, ångest och " +
					"ätstörningar."
		).setLocation(
			"Stadshuset, Skolgatan 31A, Umeå"
		).setOrganizer(
			"Livsviktig", "utbildning@kommun.example"
		).setAttendee(
			"Åsa Öberg", "asa.oberg@kommun.example"
		);
	}

	private Path _dir(String name) {
		return Paths.get(
			"target/view-harness/ical-js", name
		).toAbsolutePath();
	}

	private List<String[]> _read(
		String name, RegistrationCalendar registrationCalendar) {

		return ICalJs.read(_dir(name), _texts(registrationCalendar));
	}

	private List<String> _texts(RegistrationCalendar registrationCalendar) {
		List<String> texts = new ArrayList<>();

		for (CalendarInvitation calendarInvitation :
				_writer.writeInvitations(registrationCalendar)) {

			texts.add(calendarInvitation.getText());
		}

		return texts;
	}

	private static final long _REGISTRATION_ID = 50001;

	/**
	 * 09:00–16:00 Stockholm summer time (UTC+2)
	 */
	private static final Date[] _SATURDAY = _period(
		"2026-10-24T07:00:00Z", "2026-10-24T14:00:00Z");

	/**
	 * 09:00–16:00 Stockholm winter time (UTC+1), the day the clocks go back
	 */
	private static final Date[] _SUNDAY = _period(
		"2026-10-25T08:00:00Z", "2026-10-25T15:00:00Z");

	private final RegistrationCalendarWriter _writer =
		new RegistrationCalendarWriter();

}
