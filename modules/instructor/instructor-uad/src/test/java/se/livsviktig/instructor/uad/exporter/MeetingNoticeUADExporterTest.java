package se.livsviktig.instructor.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.uad.MeetingNoticeRow;
import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * A person's export says which meeting notice went to them, about which meeting and which change of it, and when.
 *
 * @author Livsviktig
 */
public class MeetingNoticeUADExporterTest {

	@Test
	public void theRecipientsExportSaysWhichMeetingNoticeWentWhen()
		throws Exception {

		Map<String, String> expected = new LinkedHashMap<>();

		expected.put(
			"meetingNoticeId",
			String.valueOf(MeetingNoticeRow.MEETING_NOTICE_ID));
		expected.put("noticeKind", "meeting-change");
		expected.put(
			"networkMeetingId",
			String.valueOf(MeetingNoticeRow.NETWORK_MEETING_ID));
		expected.put("sequence", String.valueOf(MeetingNoticeRow.SEQUENCE));
		expected.put("sentDate", "2023-11-14T22:13:20Z");

		assertEquals(
			expected,
			ExportedRows.columns(
				new MeetingNoticeUADExporter().toXmlString(
					new MeetingNoticeRow().meetingNotice()),
				MeetingNotice.class.getName()));
	}

}
