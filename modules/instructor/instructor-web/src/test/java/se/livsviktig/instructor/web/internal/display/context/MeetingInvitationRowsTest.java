package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.NetworkMember;

/**
 * Meeting invitations on Mina instruktörsuppdrag: unanswered ones offer both answers, answered ones say the answer
 * and offer the other; a meeting the person is not invited to is left out; times are the reader's.
 *
 * @author Livsviktig
 */
public class MeetingInvitationRowsTest {

	@Test
	public void anAnsweredInvitationSaysTheAnswerAndOffersTheOther() {
		List<MeetingInvitationRow> rows = _rows(
			List.of(_meeting(1), _meeting(2)),
			List.of(
				_invitation(1, MeetingParticipantConstants.ANSWER_COMING),
				_invitation(2, MeetingParticipantConstants.ANSWER_NOT_COMING)));

		assertEquals("meeting-answer-coming", rows.get(0).getAnswerLabelKey());
		assertEquals(
			List.of("i-am-not-coming"), _labelKeys(rows.get(0)));
		assertEquals(
			List.of(
				String.valueOf(MeetingParticipantConstants.ANSWER_NOT_COMING)),
			_values(rows.get(0)));
		assertEquals(
			"meeting-answer-not-coming", rows.get(1).getAnswerLabelKey());
		assertEquals(List.of("i-am-coming"), _labelKeys(rows.get(1)));
	}

	@Test
	public void anUnansweredInvitationOffersBothAnswers() {
		List<MeetingInvitationRow> rows = _rows(
			List.of(_meeting(1)),
			List.of(_invitation(1, MeetingParticipantConstants.ANSWER_NONE)));

		assertEquals(1, rows.size());

		MeetingInvitationRow row = rows.get(0);

		assertEquals(1, row.getNetworkMeetingId());
		assertEquals("Samverkansträff 1", row.getTitle());
		assertEquals("MHFA-nätverket", row.getNetworkName());
		assertEquals("Mar 12, 2031 1:00 PM–3:00 PM", row.getTimes());
		assertEquals("Folkets hus", row.getPlace());
		assertEquals("", row.getOnlineLink());
		assertEquals("meeting-answer-none", row.getAnswerLabelKey());
		assertEquals(
			List.of("i-am-coming", "i-am-not-coming"), _labelKeys(row));
		assertEquals(
			List.of(
				String.valueOf(MeetingParticipantConstants.ANSWER_COMING),
				String.valueOf(MeetingParticipantConstants.ANSWER_NOT_COMING)),
			_values(row));
	}

	@Test
	public void aMeetingIAmNotInvitedToIsLeftOut() {
		List<MeetingInvitationRow> rows = _rows(
			List.of(_meeting(1), _meeting(2)),
			List.of(_invitation(2, MeetingParticipantConstants.ANSWER_NONE)));

		assertEquals(1, rows.size());
		assertEquals(2, rows.get(0).getNetworkMeetingId());
	}

	@Test
	public void noMeetingsNoRows() {
		assertEquals(
			List.of(),
			_rows(
				List.of(),
				List.of(
					_invitation(1, MeetingParticipantConstants.ANSWER_NONE))));
	}

	private static MeetingParticipant _invitation(
		long networkMeetingId, int answer) {

		MeetingParticipant meetingParticipant = mock(MeetingParticipant.class);

		when(
			meetingParticipant.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			meetingParticipant.getAnswer()
		).thenReturn(
			answer
		);

		return meetingParticipant;
	}

	private static List<String> _labelKeys(MeetingInvitationRow row) {
		List<String> labelKeys = new ArrayList<>();

		for (Option option : row.getAnswerChoices()) {
			labelKeys.add(option.getLabelKey());
		}

		return labelKeys;
	}

	private static NetworkMeeting _meeting(long networkMeetingId) {
		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(
			networkMeeting.getNetworkMeetingId()
		).thenReturn(
			networkMeetingId
		);
		when(
			networkMeeting.getInstructorNetworkId()
		).thenReturn(
			_NETWORK_ID
		);
		when(
			networkMeeting.getTitle()
		).thenReturn(
			"Samverkansträff " + networkMeetingId
		);
		when(
			networkMeeting.getStartDate()
		).thenReturn(
			Date.from(Instant.parse("2031-03-12T12:00:00Z"))
		);
		when(
			networkMeeting.getEndDate()
		).thenReturn(
			Date.from(Instant.parse("2031-03-12T14:00:00Z"))
		);
		when(
			networkMeeting.getPlace()
		).thenReturn(
			"Folkets hus"
		);

		return networkMeeting;
	}

	private static List<MeetingInvitationRow> _rows(
		List<NetworkMeeting> networkMeetings,
		List<MeetingParticipant> meetingParticipants) {

		NetworkMember networkMember = mock(NetworkMember.class);

		when(
			networkMember.getInstructorNetworkId()
		).thenReturn(
			_NETWORK_ID
		);
		when(
			networkMember.getRole()
		).thenReturn(
			NetworkConstants.ROLE_MEMBER
		);

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(
			instructorNetwork.getInstructorNetworkId()
		).thenReturn(
			_NETWORK_ID
		);
		when(
			instructorNetwork.getName()
		).thenReturn(
			"MHFA-nätverket"
		);

		return new MeetingInvitationRows(
			new MyNetworks(List.of(networkMember), List.of(instructorNetwork)),
			new DateRangeFormat(Locale.US, ZoneId.of("Europe/Stockholm"))
		).toRows(
			networkMeetings, meetingParticipants
		);
	}

	private static List<String> _values(MeetingInvitationRow row) {
		List<String> values = new ArrayList<>();

		for (Option option : row.getAnswerChoices()) {
			values.add(option.getValue());
		}

		return values;
	}

	private static final long _NETWORK_ID = 7;

}
