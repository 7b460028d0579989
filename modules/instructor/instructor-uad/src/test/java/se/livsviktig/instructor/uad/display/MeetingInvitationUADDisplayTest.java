package se.livsviktig.instructor.uad.display;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.model.MeetingParticipantTable;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.uad.MeetingParticipantRow;
import se.livsviktig.platform.test.support.Fields;

/**
 * The personal data screen shows a meeting invitation in the reader's language: its type, the meeting by title and
 * day, the answer and the attendance in words; values reach the portal unescaped, and the screen sorts by real
 * columns only.
 *
 * @author Livsviktig
 */
public class MeetingInvitationUADDisplayTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_display, "_networkMeetingLocalService",
			_networkMeetingLocalService);

		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(
			networkMeeting.getTitle()
		).thenReturn(
			"Vårträff <Umeå> & Luleå"
		);
		when(
			networkMeeting.getStartDate()
		).thenReturn(
			new Date(1_710_000_000_000L)
		);
		when(
			_networkMeetingLocalService.fetchNetworkMeeting(
				MeetingParticipantRow.NETWORK_MEETING_ID)
		).thenReturn(
			networkMeeting
		);
	}

	@Test
	public void theTypeIsNamedInTheReadersLanguage() {
		assertAll(
			() -> assertEquals(
				"Inbjudan till nätverksträff",
				_display.getTypeName(DisplayLocales.SWEDISH)),
			() -> assertEquals(
				"Network Meeting Invitation", _display.getTypeName(Locale.US)));
	}

	@Test
	public void anInvitationIsShownInSwedish() {
		Map<String, Object> expected = new LinkedHashMap<>();

		expected.put("meeting", "Vårträff <Umeå> & Luleå");
		expected.put("meetingStart", "9 mars 2024");
		expected.put("answer", "Kommer");
		expected.put("attendance", "Närvarande");

		assertEquals(expected, _fieldValues(DisplayLocales.SWEDISH));
	}

	@Test
	public void anInvitationIsShownInEnglish() {
		_row.with("answer", MeetingParticipantConstants.ANSWER_NOT_COMING);
		_row.with("attendance", MeetingParticipantConstants.ATTENDANCE_ABSENT);

		Map<String, Object> fieldValues = _fieldValues(Locale.US);

		assertAll(
			() -> assertEquals("Mar 9, 2024", fieldValues.get("meetingStart")),
			() -> assertEquals("Not coming", fieldValues.get("answer")),
			() -> assertEquals("Absent", fieldValues.get("attendance")));
	}

	@Test
	public void everyAnswerAndAttendanceHasItsWordInBothLanguages() {
		for (int answer :
				new int[] {
					MeetingParticipantConstants.ANSWER_COMING,
					MeetingParticipantConstants.ANSWER_NONE,
					MeetingParticipantConstants.ANSWER_NOT_COMING
				}) {

			_row.with("answer", answer);

			for (Locale locale : DisplayLocales.BOTH) {
				DisplayLocales.assertWord(
					(String)_fieldValues(
						locale
					).get(
						"answer"
					),
					"meeting-answer-", answer + " in " + locale);
			}
		}

		for (int attendance :
				new int[] {
					MeetingParticipantConstants.ATTENDANCE_ABSENT,
					MeetingParticipantConstants.ATTENDANCE_PRESENT,
					MeetingParticipantConstants.ATTENDANCE_UNMARKED
				}) {

			_row.with("attendance", attendance);

			for (Locale locale : DisplayLocales.BOTH) {
				DisplayLocales.assertWord(
					(String)_fieldValues(
						locale
					).get(
						"attendance"
					),
					"meeting-attendance-", attendance + " in " + locale);
			}
		}
	}

	@Test
	public void anInvitationToAGoneMeetingNamesItsId() {
		_row.with("networkMeetingId", 46999L);

		Map<String, Object> fieldValues = _fieldValues(Locale.US);

		assertAll(
			() -> assertEquals("46999", fieldValues.get("meeting")),
			() -> assertEquals("", fieldValues.get("meetingStart")));
	}

	@Test
	public void everyFieldHasItsNameInBothLanguages() {
		DisplayLocales.assertFieldNames(_display.getDisplayFieldNames());
	}

	@Test
	public void theScreenSortsByRealColumnsOnly() {
		List<String> columns = DisplayLocales.columns(
			MeetingParticipantTable.class);

		for (String sortingFieldName : _display.getSortingFieldNames()) {
			assertTrue(columns.contains(sortingFieldName), sortingFieldName);
		}
	}

	private Map<String, Object> _fieldValues(Locale locale) {
		return _display.getFieldValues(
			_row.meetingParticipant(), _display.getDisplayFieldNames(), locale);
	}

	private final MeetingInvitationUADDisplay _display =
		new MeetingInvitationUADDisplay();
	private final NetworkMeetingLocalService _networkMeetingLocalService =
		mock(NetworkMeetingLocalService.class);
	private final MeetingParticipantRow _row = new MeetingParticipantRow();

}
