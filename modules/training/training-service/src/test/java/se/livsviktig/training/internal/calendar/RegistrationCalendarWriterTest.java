package se.livsviktig.training.internal.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The calendar entries of a registration, read back with an iCalendar parser: one event per session date with
 * its own UID, the same UIDs in every version, a SEQUENCE that tells calendars which version is newer, a
 * cancellation that removes every date, a removed date that is cancelled, lines of at most 75 octets.
 *
 * @author Livsviktig
 */
public class RegistrationCalendarWriterTest {

	@Test
	public void aCancelledRegistrationCancelsEveryDate() throws Exception {
		List<CalendarInvitation> booked = _writer.writeInvitations(
			_calendar(1, _TWO_DATES));
		List<CalendarInvitation> cancelled = _writer.writeInvitations(
			_calendar(
				2, _TWO_DATES
			).setCancelled(
				true
			));

		assertEquals(2, cancelled.size());

		for (int i = 0; i < 2; i++) {
			CalendarInvitation calendarInvitation = cancelled.get(i);

			assertEquals("CANCEL", calendarInvitation.getMethod());
			assertEquals(
				"text/calendar; method=CANCEL; charset=UTF-8",
				calendarInvitation.getContentType());

			ICalendar iCalendar = _read(calendarInvitation.getText());

			assertEquals("CANCEL", iCalendar.getMethod().getValue());

			VEvent vEvent = _event(iCalendar);

			assertEquals(
				_event(
					_read(booked.get(i).getText())
				).getUid(
				).getValue(),
				vEvent.getUid(
				).getValue());
			assertTrue(vEvent.getStatus().isCancelled());
			assertEquals(2, vEvent.getSequence().getValue());
		}
	}

	@Test
	public void aDateTheSessionNoLongerHasIsCancelled() throws Exception {
		List<Date[]> threeDates = new ArrayList<>(_TWO_DATES);

		threeDates.add(
			_period("2026-10-27T07:00:00Z", "2026-10-27T15:00:00Z"));

		List<CalendarInvitation> before = _writer.writeInvitations(
			_calendar(0, threeDates));

		List<CalendarInvitation> after = _writer.writeInvitations(
			_calendar(
				1, _TWO_DATES
			).setPreviousDates(
				threeDates
			));

		assertEquals(3, after.size());
		assertEquals("REQUEST", after.get(0).getMethod());
		assertEquals("REQUEST", after.get(1).getMethod());

		CalendarInvitation withdrawn = after.get(2);

		assertEquals("CANCEL", withdrawn.getMethod());
		assertEquals(3, withdrawn.getDateNumber());

		VEvent vEvent = _event(_read(withdrawn.getText()));

		assertEquals(
			_event(
				_read(before.get(2).getText())
			).getUid(
			).getValue(),
			vEvent.getUid(
			).getValue());
		assertTrue(vEvent.getStatus().isCancelled());
		assertEquals(1, vEvent.getSequence().getValue());
		assertEquals(
			threeDates.get(
				2
			)[0].getTime(),
			vEvent.getDateStart(
			).getValue(
			).getTime());
	}

	@Test
	public void aMovedDateKeepsItsUidAndCarriesTheNewSequence()
		throws Exception {

		List<CalendarInvitation> first = _writer.writeInvitations(
			_calendar(0, _TWO_DATES));

		List<Date[]> moved = Arrays.asList(
			_TWO_DATES.get(0),
			_period("2026-11-03T08:00:00Z", "2026-11-03T15:00:00Z"));

		List<CalendarInvitation> changed = _writer.writeInvitations(
			_calendar(3, moved));

		for (int i = 0; i < 2; i++) {
			VEvent before = _event(_read(first.get(i).getText()));
			VEvent after = _event(_read(changed.get(i).getText()));

			assertEquals(
				RegistrationCalendarWriter.getUid(42, i + 1),
				before.getUid(
				).getValue());
			assertEquals(
				before.getUid(
				).getValue(),
				after.getUid(
				).getValue());
			assertEquals(0, before.getSequence().getValue());
			assertEquals(3, after.getSequence().getValue());
			assertEquals(
				moved.get(
					i
				)[0].getTime(),
				after.getDateStart(
				).getValue(
				).getTime());
		}
	}

	@Test
	public void everyDateIsARequestOfItsOwnWithoutRecurrence()
		throws Exception {

		List<CalendarInvitation> calendarInvitations =
			_writer.writeInvitations(_calendar(0, _TWO_DATES));

		assertEquals(2, calendarInvitations.size());

		for (int i = 0; i < 2; i++) {
			CalendarInvitation calendarInvitation = calendarInvitations.get(i);

			assertEquals(i + 1, calendarInvitation.getDateNumber());
			assertEquals(
				"invite-" + (i + 1) + ".ics",
				calendarInvitation.getFileName());
			assertEquals(
				"text/calendar; method=REQUEST; charset=UTF-8",
				calendarInvitation.getContentType());
			assertTrue(
				!calendarInvitation.getText(
				).contains(
					"RDATE"
				),
				calendarInvitation.getText());

			ICalendar iCalendar = _read(calendarInvitation.getText());

			assertEquals("REQUEST", iCalendar.getMethod().getValue());

			VEvent vEvent = _event(iCalendar);

			assertEquals(
				RegistrationCalendarWriter.getUid(42, i + 1),
				vEvent.getUid(
				).getValue());
			assertTrue(vEvent.getStatus().isConfirmed());
			assertEquals("MHFA Vuxen", vEvent.getSummary().getValue());
			assertEquals(
				_TWO_DATES.get(
					i
				)[0].getTime(),
				vEvent.getDateStart(
				).getValue(
				).getTime());
			assertEquals(
				_TWO_DATES.get(
					i
				)[1].getTime(),
				vEvent.getDateEnd(
				).getValue(
				).getTime());
			assertEquals(
				"samordnare@example.se",
				vEvent.getOrganizer(
				).getEmail());
			assertEquals(
				"kim@example.se",
				vEvent.getAttendees(
				).get(
					0
				).getEmail());
		}
	}

	@Test
	public void linesAreAtMost75OctetsAndSwedishLettersSurviveTheFolding()
		throws Exception {

		String description =
			"Två dagar om psykisk hälsa för medarbetare på äldreboenden i " +
				"Umeå, Östersund och Åre: första hjälpen vid psykisk " +
					"ohälsa, självmordstankar och ångest. Ta med läsglasögon.";

		RegistrationCalendar registrationCalendar = _calendar(
			0, _TWO_DATES
		).setDescription(
			description
		);

		List<String> texts = new ArrayList<>();

		for (CalendarInvitation calendarInvitation :
				_writer.writeInvitations(registrationCalendar)) {

			texts.add(calendarInvitation.getText());
		}

		texts.add(_writer.writeFile(registrationCalendar));

		for (String text : texts) {
			assertTrue(text.endsWith("\r\n"));

			int folded = 0;

			for (String line : text.split("\r\n")) {
				assertTrue(
					line.getBytes(
						StandardCharsets.UTF_8
					).length <= 75,
					line);

				if (line.startsWith(" ")) {
					folded++;
				}
			}

			assertTrue(folded > 0, text);

			for (VEvent vEvent : _read(text).getEvents()) {
				assertEquals(description, vEvent.getDescription().getValue());
			}
		}
	}

	@Test
	public void theDownloadedFileHoldsEveryDateForImport() throws Exception {
		ICalendar iCalendar = _read(
			_writer.writeFile(_calendar(5, _TWO_DATES)));

		assertEquals("PUBLISH", iCalendar.getMethod().getValue());
		assertEquals(2, iCalendar.getEvents().size());

		for (int i = 0; i < 2; i++) {
			VEvent vEvent = iCalendar.getEvents(
			).get(
				i
			);

			assertEquals(
				RegistrationCalendarWriter.getUid(42, i + 1),
				vEvent.getUid(
				).getValue());
			assertEquals(5, vEvent.getSequence().getValue());
			assertEquals(
				_TWO_DATES.get(
					i
				)[0].getTime(),
				vEvent.getDateStart(
				).getValue(
				).getTime());
		}
	}

	private static RegistrationCalendar _calendar(
		int sequence, List<Date[]> dates) {

		RegistrationCalendar registrationCalendar = new RegistrationCalendar(
			42, sequence);

		for (Date[] date : dates) {
			registrationCalendar.addDate(date[0], date[1]);
		}

		return registrationCalendar.setSummary(
			"MHFA Vuxen"
		).setDescription(
			"Två dagar om psykisk hälsa"
		).setLocation(
			"Stadshuset, Skolgatan 31A, Umeå"
		).setOrganizer(
			"Anna Samordnare", "samordnare@example.se"
		).setAttendee(
			"Kim Medarbetare", "kim@example.se"
		);
	}

	private static Date[] _period(String start, String end) {
		return new Date[] {
			Date.from(Instant.parse(start)), Date.from(Instant.parse(end))
		};
	}

	private VEvent _event(ICalendar iCalendar) {
		assertEquals(1, iCalendar.getEvents().size());

		return iCalendar.getEvents(
		).get(
			0
		);
	}

	private ICalendar _read(String ics) throws IOException {
		try (ICalReader iCalReader = new ICalReader(ics)) {
			ICalendar iCalendar = iCalReader.readNext();

			assertNotNull(iCalendar, ics);
			assertTrue(iCalReader.getWarnings().isEmpty(), ics);
			assertNull(iCalReader.readNext());

			return iCalendar;
		}
	}

	/**
	 * Saturday and Sunday 24–25 October 2026: summer time ends in Stockholm early on the Sunday, so 09:00 is
	 * 07:00Z on the Saturday and 08:00Z on the Sunday.
	 */
	private static final List<Date[]> _TWO_DATES = Arrays.asList(
		_period("2026-10-24T07:00:00Z", "2026-10-24T14:00:00Z"),
		_period("2026-10-25T08:00:00Z", "2026-10-25T15:00:00Z"));

	private final RegistrationCalendarWriter _writer =
		new RegistrationCalendarWriter();

}
