package se.livsviktig.instructor.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.orm.ActionableDynamicQuery;
import com.liferay.portal.kernel.zip.ZipWriter;
import com.liferay.portal.kernel.zip.ZipWriterFactory;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.uad.MeetingParticipantRow;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * An invited person's export carries the meeting, their answer and their attendance. A coordinator who invited
 * them or marked their attendance gets which meeting and when they did it, never the other person's answer or
 * attendance; and the bulk export writes each row for the person who asked.
 *
 * @author Livsviktig
 */
public class MeetingParticipantUADExporterTest {

	@BeforeEach
	public void setUp() {
		_wire(_exporter);

		NetworkMeeting networkMeeting = mock(NetworkMeeting.class);

		when(
			networkMeeting.getTitle()
		).thenReturn(
			"Vårträff ]]> i Umeå"
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
	public void theInvitedPersonsExportCarriesTheirAnswerAndAttendance()
		throws Exception {

		Map<String, String> expected = new LinkedHashMap<>();

		expected.put(
			"meetingParticipantId",
			String.valueOf(MeetingParticipantRow.MEETING_PARTICIPANT_ID));
		expected.put("meeting", "Vårträff ]]> i Umeå");
		expected.put("meetingStart", "2024-03-09T16:00:00Z");
		expected.put("answer", "coming");
		expected.put("answerDate", "2023-11-26T12:00:00Z");
		expected.put("attendance", "present");

		assertEquals(
			expected,
			_columns(
				_exporter.toXmlString(
					_row.meetingParticipant(),
					MeetingParticipantRow.PARTICIPANT_USER_ID)));
	}

	@Test
	public void theCoordinatorWhoInvitedGetsOnlyWhichMeetingAndWhen()
		throws Exception {

		assertEquals(
			List.of(
				"meetingParticipantId", "meeting", "meetingStart",
				"invitedDate"),
			List.copyOf(
				_columns(
					_exporter.toXmlString(
						_row.meetingParticipant(),
						MeetingParticipantRow.INVITED_BY_USER_ID)
				).keySet()));
	}

	@Test
	public void theCoordinatorWhoMarkedAttendanceGetsWhenButNotTheMark()
		throws Exception {

		Map<String, String> columns = _columns(
			_exporter.toXmlString(
				_row.meetingParticipant(),
				MeetingParticipantRow.MARKED_BY_USER_ID));

		assertEquals(
			List.of(
				"meetingParticipantId", "meeting", "meetingStart",
				"attendanceMarkedDate"),
			List.copyOf(columns.keySet()));
		assertEquals(
			"2023-12-08T01:46:40Z", columns.get("attendanceMarkedDate"));
	}

	@Test
	public void anUnansweredInvitationSaysSo() throws Exception {
		_row.with("answer", 0);
		_row.with("answerDate", null);
		_row.with("attendance", 0);

		Map<String, String> columns = _columns(
			_exporter.toXmlString(_row.meetingParticipant()));

		assertEquals(
			List.of("none", "", "unmarked"),
			List.of(
				columns.get("answer"), columns.get("answerDate"),
				columns.get("attendance")));
	}

	@Test
	public void anInvitationToAGoneMeetingNamesItsId() throws Exception {
		_row.with("networkMeetingId", 46999L);

		assertEquals(
			"46999",
			_columns(
				_exporter.toXmlString(_row.meetingParticipant())
			).get(
				"meeting"
			));
	}

	@Test
	public void theBulkExportWritesEachRowForThePersonWhoAsked()
		throws Exception {

		ActionableDynamicQuery actionableDynamicQuery = ExportedRows.queryOf(
			_row.meetingParticipant());

		when(
			_meetingParticipantLocalService.getActionableDynamicQuery()
		).thenReturn(
			actionableDynamicQuery
		);

		ZipWriter zipWriter = mock(ZipWriter.class);

		MeetingParticipantUADExporter exporter =
			new MeetingParticipantUADExporter() {

				@Override
				protected String formatXML(String xml) {
					return xml;
				}

				@Override
				protected ZipWriter getZipWriter(
					long userId, String modelClassName,
					ZipWriterFactory zipWriterFactory) {

					return zipWriter;
				}

			};

		_wire(exporter);

		exporter.exportAll(
			MeetingParticipantRow.MARKED_BY_USER_ID,
			mock(ZipWriterFactory.class));

		assertEquals(
			Map.of(
				MeetingParticipantRow.MEETING_PARTICIPANT_ID + ".xml",
				List.of(
					"meetingParticipantId", "meeting", "meetingStart",
					"attendanceMarkedDate")),
			ExportedRows.entries(
				zipWriter, MeetingParticipant.class.getName()));
	}

	private static Map<String, String> _columns(String xml) throws Exception {
		return ExportedRows.columns(xml, MeetingParticipant.class.getName());
	}

	private void _wire(MeetingParticipantUADExporter exporter) {
		Fields.set(
			exporter, "meetingParticipantLocalService",
			_meetingParticipantLocalService);
		Fields.set(
			exporter, "_networkMeetingLocalService",
			_networkMeetingLocalService);
	}

	private final MeetingParticipantUADExporter _exporter =
		new MeetingParticipantUADExporter();
	private final MeetingParticipantLocalService
		_meetingParticipantLocalService = mock(
			MeetingParticipantLocalService.class);
	private final NetworkMeetingLocalService _networkMeetingLocalService =
		mock(NetworkMeetingLocalService.class);
	private final MeetingParticipantRow _row = new MeetingParticipantRow();

}
