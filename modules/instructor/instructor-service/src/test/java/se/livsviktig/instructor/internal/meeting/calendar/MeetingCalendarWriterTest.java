package se.livsviktig.instructor.internal.meeting.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import java.util.Date;

import org.junit.jupiter.api.Test;

/**
 * A meeting's calendar entry: one UID for all its versions, the SEQUENCE it is given, REQUEST while the meeting
 * is on and CANCEL with STATUS:CANCELLED once it is called off, times in UTC, lines of at most 75 octets.
 *
 * @author Livsviktig
 */
public class MeetingCalendarWriterTest {

	@Test
	public void aCancelledMeetingIsACancelWithStatusCancelledAtItsTimes() {
		String ics = _writer.write(_calendar(4, true));

		assertTrue(ics.contains("METHOD:CANCEL\r\n"), ics);
		assertTrue(ics.contains("STATUS:CANCELLED\r\n"), ics);
		assertTrue(ics.contains("SEQUENCE:4\r\n"), ics);
		assertTrue(ics.contains("DTSTART:20270330T110000Z\r\n"), ics);
		assertEquals("CANCEL", _writer.getMethod(_calendar(4, true)).getValue());
	}

	@Test
	public void anInvitationIsARequestWithTheMeetingsUidSequenceAndUtcTimes() {
		String ics = _writer.write(
			_calendar(
				2, false
			).setOrganizer(
				"Livsviktig", "livsviktig@kommun.example"
			).setAttendee(
				"Anna Berg", "anna.berg@kommun.example"
			).setLocation(
				"Stadshuset"
			));

		assertTrue(ics.contains("METHOD:REQUEST\r\n"), ics);
		assertTrue(ics.contains("STATUS:CONFIRMED\r\n"), ics);
		assertTrue(
			ics.contains("UID:livsviktig-network-meeting-8002@livsviktig.se\r\n"),
			ics);
		assertTrue(ics.contains("SEQUENCE:2\r\n"), ics);
		assertTrue(ics.contains("DTSTART:20270330T110000Z\r\n"), ics);
		assertTrue(ics.contains("DTEND:20270330T130000Z\r\n"), ics);
		assertTrue(ics.contains("LOCATION:Stadshuset\r\n"), ics);
		assertTrue(
			_unfolded(
				ics
			).contains(
				"ORGANIZER;CN=Livsviktig:mailto:livsviktig@kommun.example\r\n"
			),
			ics);
		assertTrue(
			_unfolded(
				ics
			).contains(
				"mailto:anna.berg@kommun.example\r\n"
			),
			ics);
		assertEquals(
			"REQUEST", _writer.getMethod(_calendar(2, false)).getValue());
	}

	@Test
	public void everyLineIsAtMost75OctetsAndNoCharacterIsSplit() {
		String title = "Samverkansträff för instruktörer i Första hjälpen " +
			"till psykisk hälsa – våren, Göteborg och Mölndal, ÅÄÖ åäö";

		String ics = _writer.write(
			new MeetingCalendar(
				8002, 0, false, title, _START, _END
			).setDescription(
				title + "\n\n" + title
			));

		for (String line : ics.split("\r\n")) {
			assertTrue(
				line.getBytes(
					StandardCharsets.UTF_8
				).length <= 75,
				line);
			assertFalse(line.contains("\uFFFD"), line);
		}

		// Unfolded, the title is whole again (commas escaped, as iCalendar text wants them)

		assertTrue(
			_unfolded(
				ics
			).contains(
				"SUMMARY:" + title.replace(",", "\\,") + "\r\n"
			),
			ics);
	}

	private static String _unfolded(String ics) {
		return ics.replace("\r\n ", "");
	}

	private MeetingCalendar _calendar(int sequence, boolean cancelled) {
		return new MeetingCalendar(
			8002, sequence, cancelled, "Samverkansträff", _START, _END);
	}

	private static final Date _END = new Date(1_806_411_600_000L);

	// 2027-03-30 11:00 UTC, 13:00 in Stockholm (summer time began on 28 March)

	private static final Date _START = new Date(1_806_404_400_000L);

	private final MeetingCalendarWriter _writer = new MeetingCalendarWriter();

}
