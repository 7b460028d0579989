package se.livsviktig.instructor.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.InstructorNotice;
import se.livsviktig.instructor.uad.InstructorNoticeRow;
import se.livsviktig.platform.test.support.uad.ExportedRows;

/**
 * A person's export says which notice went to them, about which certification, and when.
 *
 * @author Livsviktig
 */
public class InstructorNoticeUADExporterTest {

	@Test
	public void theRecipientsExportSaysWhichNoticeWentWhen() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();

		expected.put(
			"instructorNoticeId",
			String.valueOf(InstructorNoticeRow.INSTRUCTOR_NOTICE_ID));
		expected.put("noticeKind", "expiry-30");
		expected.put(
			"certificationId",
			String.valueOf(InstructorNoticeRow.CERTIFICATION_ID));
		expected.put("sentDate", "2023-11-14T22:13:20Z");

		assertEquals(
			expected,
			ExportedRows.columns(
				new InstructorNoticeUADExporter().toXmlString(
					new InstructorNoticeRow().instructorNotice()),
				InstructorNotice.class.getName()));
	}

}
