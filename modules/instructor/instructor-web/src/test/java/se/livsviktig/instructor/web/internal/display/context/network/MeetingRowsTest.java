package se.livsviktig.instructor.web.internal.display.context.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * A network's meetings as one reader sees them: in their time zone and language, those still to come first to
 * last, those that have started last to first, a cancelled one never answerable, attendance only once started.
 *
 * @author Livsviktig
 */
public class MeetingRowsTest {

	@Test
	public void timesAreTheReadersClockTimesAcrossTheChangeToSummerTime() {
		MeetingRows swedish = new MeetingRows(
			new Locale("sv", "SE"), _STOCKHOLM, _NOW);

		assertEquals(
			"lördag 30 mars 2030, 18:00–20:00",
			swedish.time(
				_meeting(
					1, "2030-03-30T17:00:00Z", "2030-03-30T19:00:00Z",
					NetworkMeetingConstants.STATUS_SCHEDULED)));
		assertEquals(
			"söndag 31 mars 2030, 18:00–20:00",
			swedish.time(
				_meeting(
					2, "2030-03-31T16:00:00Z", "2030-03-31T18:00:00Z",
					NetworkMeetingConstants.STATUS_SCHEDULED)));

		MeetingRows english = new MeetingRows(Locale.US, _STOCKHOLM, _NOW);

		assertEquals(
			"Sunday, March 31, 2030, 18:00–20:00",
			english.time(
				_meeting(
					2, "2030-03-31T16:00:00Z", "2030-03-31T18:00:00Z",
					NetworkMeetingConstants.STATUS_SCHEDULED)));
	}

	@Test
	public void aMeetingOverTwoDaysNamesBothDays() {
		MeetingRows swedish = new MeetingRows(
			new Locale("sv", "SE"), _STOCKHOLM, _NOW);

		assertEquals(
			"lördag 30 mars 2030 18:00 – söndag 31 mars 2030 12:00",
			swedish.time(
				_meeting(
					1, "2030-03-30T17:00:00Z", "2030-03-31T10:00:00Z",
					NetworkMeetingConstants.STATUS_SCHEDULED)));
	}

	@Test
	public void upcomingAreEarliestFirstAndPastLatestFirstSplitAtTheStart() {
		NetworkMeeting later = _meeting(
			3, "2030-06-01T08:00:00Z", "2030-06-01T10:00:00Z",
			NetworkMeetingConstants.STATUS_SCHEDULED);
		NetworkMeeting sooner = _meeting(
			2, "2030-04-01T08:00:00Z", "2030-04-01T10:00:00Z",
			NetworkMeetingConstants.STATUS_SCHEDULED);
		NetworkMeeting startedNow = _meeting(
			4, _NOW.toString(), "2030-03-15T14:00:00Z",
			NetworkMeetingConstants.STATUS_SCHEDULED);
		NetworkMeeting earlier = _meeting(
			1, "2030-01-10T08:00:00Z", "2030-01-10T10:00:00Z",
			NetworkMeetingConstants.STATUS_SCHEDULED);

		List<NetworkMeeting> meetings = List.of(
			later, earlier, startedNow, sooner);

		MeetingRows meetingRows = new MeetingRows(
			Locale.US, _STOCKHOLM, _NOW);

		assertEquals(
			List.of(2L, 3L), _ids(meetingRows.upcoming(meetings, Map.of())));
		assertEquals(
			List.of(4L, 1L),
			_ids(meetingRows.past(meetings, Map.of(), Map.of())));
	}

	@Test
	public void onlyAnInvitedReaderMayAnswerAMeetingStillToComeAndNotCancelled() {
		NetworkMeeting scheduled = _meeting(
			1, "2030-04-01T08:00:00Z", "2030-04-01T10:00:00Z",
			NetworkMeetingConstants.STATUS_SCHEDULED);
		NetworkMeeting cancelled = _meeting(
			2, "2030-04-02T08:00:00Z", "2030-04-02T10:00:00Z",
			NetworkMeetingConstants.STATUS_CANCELLED);
		NetworkMeeting notInvited = _meeting(
			3, "2030-04-03T08:00:00Z", "2030-04-03T10:00:00Z",
			NetworkMeetingConstants.STATUS_SCHEDULED);

		List<MeetingRow> rows = new MeetingRows(
			Locale.US, _STOCKHOLM, _NOW
		).upcoming(
			List.of(scheduled, cancelled, notInvited),
			Map.of(
				1L, MeetingParticipantConstants.ANSWER_COMING, 2L,
				MeetingParticipantConstants.ANSWER_NONE)
		);

		assertTrue(rows.get(0).isAnswerable());
		assertEquals("answer-coming", rows.get(0).getMyAnswerKey());
		assertFalse(rows.get(1).isAnswerable());
		assertTrue(rows.get(1).isCancelled());
		assertFalse(rows.get(2).isAnswerable());
		assertEquals(MeetingRow.NOT_INVITED, rows.get(2).getMyAnswer());
	}

	@Test
	public void attendanceCanBeMarkedOnceStartedAndNeverForACancelledMeeting() {
		MeetingRows meetingRows = new MeetingRows(
			Locale.US, _STOCKHOLM, _NOW);

		assertTrue(
			meetingRows.toRow(
				_meeting(
					1, "2030-03-01T08:00:00Z", "2030-03-01T10:00:00Z",
					NetworkMeetingConstants.STATUS_SCHEDULED),
				MeetingRow.NOT_INVITED, List.of()
			).isMarkable());
		assertFalse(
			meetingRows.toRow(
				_meeting(
					2, "2030-03-01T08:00:00Z", "2030-03-01T10:00:00Z",
					NetworkMeetingConstants.STATUS_CANCELLED),
				MeetingRow.NOT_INVITED, List.of()
			).isMarkable());
		assertFalse(
			meetingRows.toRow(
				_meeting(
					3, "2030-04-01T08:00:00Z", "2030-04-01T10:00:00Z",
					NetworkMeetingConstants.STATUS_SCHEDULED),
				MeetingRow.NOT_INVITED, List.of()
			).isMarkable());
	}

	private static List<Long> _ids(List<MeetingRow> rows) {
		return rows.stream(
		).map(
			MeetingRow::getNetworkMeetingId
		).collect(
			Collectors.toList()
		);
	}

	private static NetworkMeeting _meeting(
		long networkMeetingId, String start, String end, int status) {

		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(
			networkMeeting.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			networkMeeting.getStartDate()
		).thenReturn(
			Date.from(Instant.parse(start))
		);
		when(
			networkMeeting.getEndDate()
		).thenReturn(
			Date.from(Instant.parse(end))
		);
		when(
			networkMeeting.getStatus()
		).thenReturn(
			status
		);
		when(
			networkMeeting.getTitle()
		).thenReturn(
			"Träff " + networkMeetingId
		);

		return networkMeeting;
	}

	private static final Instant _NOW = Instant.parse("2030-03-15T12:00:00Z");

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

}
