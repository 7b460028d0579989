package se.livsviktig.instructor.test.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.internal.meeting.calendar.MeetingCalendar;
import se.livsviktig.instructor.internal.meeting.calendar.MeetingCalendarWriter;
import se.livsviktig.platform.view.harness.ICalJs;

/**
 * A network meeting's calendar entries as Mozilla's ical.js reads them: the invitation to a meeting on Tuesday
 * 24 March 2026 (winter time), its move a week on to Tuesday 31 March (summer time since the Sunday between),
 * and its cancellation. Each at 13:00–15:00 in Stockholm, one UID for all three, SEQUENCE rising, REQUEST,
 * REQUEST, CANCEL, and no line over 75 octets.
 *
 * @author Livsviktig
 */
public class MeetingCalendarIcalJsIT {

	@Test
	public void invitationChangeAndCancellationAreOneEntryAtItsStockholmTimesAcrossSummerTime() {
		MeetingCalendarWriter writer = new MeetingCalendarWriter();

		List<String> calendars = List.of(
			writer.write(_calendar(0, false, "2026-03-24T12:00:00Z", "2026-03-24T14:00:00Z")),
			writer.write(_calendar(1, false, "2026-03-31T11:00:00Z", "2026-03-31T13:00:00Z")),
			writer.write(_calendar(2, true, "2026-03-31T11:00:00Z", "2026-03-31T13:00:00Z")));

		List<String[]> lines = ICalJs.read(
			Paths.get("target/view-harness/ical-js", "network-meeting").toAbsolutePath(), calendars);

		List<String[]> files = ICalJs.linesOf("FILE", lines);

		assertEquals(3, files.size());
		assertEquals(List.of("REQUEST", "REQUEST", "CANCEL"), List.of(files.get(0)[1], files.get(1)[1], files.get(2)[1]));

		for (String[] file : files) {
			assertTrue(Integer.parseInt(file[2]) <= 75, "a line of " + file[2] + " octets in " + file[0]);
		}

		List<String[]> events = ICalJs.linesOf("EVENT", lines);

		assertEquals(3, events.size());

		for (String[] event : events) {
			assertEquals(MeetingCalendarWriter.getUid(_NETWORK_MEETING_ID), event[0]);
			assertEquals("1", event[3], "occurrences ical.js lists");
		}

		assertEquals(List.of("0", "1", "2"), List.of(events.get(0)[1], events.get(1)[1], events.get(2)[1]));
		assertEquals(
			List.of("CONFIRMED", "CONFIRMED", "CANCELLED"), List.of(events.get(0)[2], events.get(1)[2], events.get(2)[2]));

		assertEquals("2026-03-24 13:00", events.get(0)[4]);
		assertEquals("2026-03-24 15:00", events.get(0)[5]);
		assertEquals("2026-03-31 13:00", events.get(1)[4]);
		assertEquals("2026-03-31 15:00", events.get(1)[5]);
		assertEquals("2026-03-31 13:00", events.get(2)[4]);
	}

	private static MeetingCalendar _calendar(int sequence, boolean cancelled, String start, String end) {
		return new MeetingCalendar(
			_NETWORK_MEETING_ID, sequence, cancelled, "Vårträff för instruktörer i Första hjälpen till psykisk hälsa",
			Date.from(Instant.parse(start)), Date.from(Instant.parse(end))
		).setDescription(
			"Du är inbjuden till träffen Vårträff i nätverket MHFA-nätverket Väst. Lägg in den i din kalender " +
				"med den bifogade kalenderfilen och svara om du kommer under Mina instruktörsuppdrag.\n\n" +
					"https://meet.example.se/varträff"
		).setLocation(
			"Stadshuset, Skolgatan 31A, Umeå"
		).setOrganizer(
			"Livsviktig", "livsviktig@kommun.example"
		).setAttendee(
			"Åsa Öberg", "asa.oberg@kommun.example"
		);
	}

	private static final long _NETWORK_MEETING_ID = 8002;

}
