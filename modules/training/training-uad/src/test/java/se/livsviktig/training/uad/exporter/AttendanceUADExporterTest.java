package se.livsviktig.training.uad.exporter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.uad.ExportedRows;
import se.livsviktig.training.constants.AttendanceConstants;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.SessionDateLocalService;

/**
 * A participant's export says, for each session date, whether they were there, how it was recorded and when;
 * which rows belong to the participant is proven on the persistence tier (PersonalDataIT).
 *
 * @author Livsviktig
 */
public class AttendanceUADExporterTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_exporter, "_sessionDateLocalService", _sessionDateLocalService);

		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getStartDate()
		).thenReturn(
			Date.from(Instant.parse("2026-03-12T08:00:00Z"))
		);
		when(
			sessionDate.getEndDate()
		).thenReturn(
			Date.from(Instant.parse("2026-03-12T16:00:00Z"))
		);
		when(
			_sessionDateLocalService.fetchSessionDate(_SESSION_DATE_ID)
		).thenReturn(
			sessionDate
		);

		when(
			_attendance.getSessionDateId()
		).thenReturn(
			_SESSION_DATE_ID
		);
		when(
			_attendance.getRegistrationId()
		).thenReturn(
			50001L
		);
		when(
			_attendance.getModifiedDate()
		).thenReturn(
			Date.from(Instant.parse("2026-03-12T07:55:00Z"))
		);
	}

	@Test
	public void aSelfCheckInIsExportedWithItsDateAndTime() {
		when(
			_attendance.isPresent()
		).thenReturn(
			true
		);
		when(
			_attendance.getSource()
		).thenReturn(
			AttendanceConstants.SOURCE_CHECK_IN
		);

		String xml = _exporter.toXmlString(_attendance);

		assertAll(
			() -> _assertColumn(xml, "registrationId", "50001"),
			() -> _assertColumn(
				xml, "sessionDateStartDate", "2026-03-12T08:00:00Z"),
			() -> _assertColumn(
				xml, "sessionDateEndDate", "2026-03-12T16:00:00Z"),
			() -> _assertColumn(xml, "present", "true"),
			() -> _assertColumn(xml, "source", "self check-in"),
			() -> _assertColumn(xml, "modifiedDate", "2026-03-12T07:55:00Z"));
	}

	@Test
	public void aNameThatContainsTheCDATAEndIsExportedWhole() throws Exception {
		String userName = "Ingrid ]]><b>Instruktör</b>";

		when(
			_attendance.getUserName()
		).thenReturn(
			userName
		);

		assertEquals(
			userName,
			ExportedRows.columns(
				_exporter.toXmlString(_attendance), Attendance.class.getName()
			).get(
				"userName"
			));
	}

	@Test
	public void anAbsenceMarkedByTheInstructorIsExported() {
		when(
			_attendance.getSource()
		).thenReturn(
			AttendanceConstants.SOURCE_MARKED
		);
		when(
			_attendance.getUserName()
		).thenReturn(
			"Ingrid Instruktör"
		);

		String xml = _exporter.toXmlString(_attendance);

		assertAll(
			() -> _assertColumn(xml, "present", "false"),
			() -> _assertColumn(
				xml, "source", "marked by an instructor or coordinator"),
			() -> _assertColumn(xml, "userName", "Ingrid Instruktör"));
	}

	private void _assertColumn(String xml, String name, String value) {
		String column =
			"<column><column-name>" + name +
				"</column-name><column-value><![CDATA[" + value +
					"]]></column-value></column>";

		assertTrue(xml.contains(column), xml + " has no " + column);
	}

	private static final long _SESSION_DATE_ID = 60001;

	private final Attendance _attendance = mock(Attendance.class);
	private final AttendanceUADExporter _exporter = new AttendanceUADExporter();
	private final SessionDateLocalService _sessionDateLocalService = mock(
		SessionDateLocalService.class);

}
