package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import javax.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsReader;
import se.livsviktig.training.web.internal.export.ParticipantCsvWriter;
import se.livsviktig.training.web.internal.export.ParticipantXlsxWriter;

/**
 * The participant list downloaded as CSV and XLSX, read back: Swedish headers from the bundle's own language
 * file, every participant's state in words, the place in line, the reason kept, Swedish characters intact, a
 * typed formula harmless; a reader without permission gets 403 and a missing session 404, never a file.
 *
 * @author Livsviktig
 */
public class ExportSessionParticipantsMVCResourceCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@Test
	public void theCsvHasTheParticipantsInSwedish() throws Exception {
		ExportSessionParticipantsCsvMVCResourceCommand command =
			new ExportSessionParticipantsCsvMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setContentType(
			ParticipantCsvWriter.CONTENT_TYPE
		);
		verify(
			_resourceResponse
		).setProperty(
			"Content-Disposition",
			"attachment; filename=\"livsviktig-participants-4711.csv\""
		);

		String csv = new String(
			_outputStream.toByteArray(), StandardCharsets.UTF_8);

		String[] lines = csv.substring(
			1
		).split(
			"\r\n"
		);

		assertEquals(
			"Namn;E-postadress;Förvaltning;Status;Plats på reservlistan;Anmäld;" +
				"Specialkost;Motivering;Skäl till avbokning",
			lines[0]);
		assertEquals(
			"Åsa Öberg;asa.oberg@kommun.se;Äldreförvaltningen;" +
				_sv.getProperty("registration-status-confirmed") +
					";;" + _REGISTERED + ";Laktosfri;;",
			lines[1]);
		assertEquals(
			"\"'=HYPERLINK(\"\"x\"\")\";;Äldreförvaltningen;" +
				_sv.getProperty("registration-status-waitlisted") + ";1;" +
					_REGISTERED + ";;;",
			lines[2]);
		assertEquals(
			"Örjan Ek;;Äldreförvaltningen;" +
				_sv.getProperty("registration-status-cancelled") +
					";;" + _REGISTERED + ";;;Sjuk",
			lines[3]);
		assertEquals(4, lines.length);
	}

	@Test
	public void theXlsxHasTheSameCells() throws Exception {
		ExportSessionParticipantsXlsxMVCResourceCommand command =
			new ExportSessionParticipantsXlsxMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setContentType(
			ParticipantXlsxWriter.CONTENT_TYPE
		);

		try (ReadableWorkbook readableWorkbook = new ReadableWorkbook(
				new ByteArrayInputStream(_outputStream.toByteArray()))) {

			List<Row> rows = readableWorkbook.getFirstSheet(
			).read();

			assertEquals(4, rows.size());
			assertEquals(
				"Plats på reservlistan",
				rows.get(
					0
				).getCellAsString(
					4
				).get());
			assertEquals(
				"Åsa Öberg",
				rows.get(
					1
				).getCellAsString(
					0
				).get());
			assertEquals(
				"=HYPERLINK(\"x\")",
				rows.get(
					2
				).getCellAsString(
					0
				).get());
			assertEquals(
				"1",
				rows.get(
					2
				).getCellAsString(
					4
				).get());
			assertEquals(
				"Sjuk",
				rows.get(
					3
				).getCellAsString(
					8
				).get());
		}
	}

	@Test
	public void aReaderWhoMayNotSeeTheParticipantsGetsNoFile()
		throws Exception {

		when(
			_registrationService.getCourseSessionRegistrations(
				4711, SessionParticipantsReader.ALL_STATUSES, -1, -1)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				20125, CourseSession.class.getName(), 4711,
				"VIEW_PARTICIPANTS")
		);

		ExportSessionParticipantsCsvMVCResourceCommand command =
			new ExportSessionParticipantsCsvMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setStatus(
			HttpServletResponse.SC_FORBIDDEN
		);
		_assertNoFile();
	}

	@Test
	public void aReaderWhoMayNotSeeTheSessionGetsForbiddenAndNoFile()
		throws Exception {

		when(
			_courseSessionService.getCourseSession(4711)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				20125, CourseSession.class.getName(), 4711, "VIEW")
		);

		ExportSessionParticipantsXlsxMVCResourceCommand command =
			new ExportSessionParticipantsXlsxMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setStatus(
			HttpServletResponse.SC_FORBIDDEN
		);
		_assertNoFile();
	}

	@Test
	public void aSessionThatDoesNotExistGetsNotFoundAndNoFile()
		throws Exception {

		when(
			_courseSessionService.getCourseSession(4711)
		).thenThrow(
			new NoSuchCourseSessionException(
				"No CourseSession exists with the primary key 4711")
		);

		ExportSessionParticipantsCsvMVCResourceCommand command =
			new ExportSessionParticipantsCsvMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setStatus(
			HttpServletResponse.SC_NOT_FOUND
		);
		verify(
			_registrationService, never()
		).getCourseSessionRegistrations(
			anyLong(), any(int[].class), anyInt(), anyInt()
		);
		_assertNoFile();
	}

	@BeforeEach
	public void setUp() throws Exception {
		try (InputStream inputStream =
				ExportSessionParticipantsMVCResourceCommandTest.class.
					getResourceAsStream("/content/Language_sv.properties")) {

			_sv.load(new InputStreamReader(inputStream, StandardCharsets.UTF_8));
		}

		when(
			kernelStatics.language(
			).get(
				any(Locale.class), anyString()
			)
		).thenAnswer(
			invocation -> _sv.getProperty(
				invocation.getArgument(1), invocation.getArgument(1))
		);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
		when(
			themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			_resourceRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(
			_resourceRequest.getParameter("courseSessionId")
		).thenReturn(
			"4711"
		);
		when(
			_resourceResponse.getPortletOutputStream()
		).thenReturn(
			_outputStream
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			4711L
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			70001L
		);
		when(
			_courseSessionService.getCourseSession(4711)
		).thenReturn(
			courseSession
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_courseLocalService.fetchCourse(70001)
		).thenReturn(
			course
		);

		Organization organization = mock(Organization.class);

		when(
			organization.getName()
		).thenReturn(
			"Äldreförvaltningen"
		);
		when(
			_organizationLocalService.fetchOrganization(40001)
		).thenReturn(
			organization
		);

		User user = mock(User.class);

		when(
			user.getEmailAddress()
		).thenReturn(
			"asa.oberg@kommun.se"
		);
		when(
			_userLocalService.fetchUser(501)
		).thenReturn(
			user
		);

		Registration confirmed = _registration(
			901, 501, "Åsa Öberg", RegistrationConstants.STATUS_CONFIRMED);

		when(
			confirmed.getDietaryNeeds()
		).thenReturn(
			"Laktosfri"
		);

		Registration waitlisted = _registration(
			902, 502, "=HYPERLINK(\"x\")",
			RegistrationConstants.STATUS_WAITLISTED);

		Registration cancelled = _registration(
			903, 503, "Örjan Ek", RegistrationConstants.STATUS_CANCELLED);

		when(
			cancelled.getCancellationReason()
		).thenReturn(
			"Sjuk"
		);

		when(
			_registrationService.getCourseSessionRegistrations(
				4711, SessionParticipantsReader.ALL_STATUSES, -1, -1)
		).thenReturn(
			Arrays.asList(confirmed, waitlisted, cancelled)
		);
	}

	private void _assertNoFile() throws Exception {
		verify(
			_resourceResponse, never()
		).setContentType(
			anyString()
		);
		verify(
			_resourceResponse, never()
		).getPortletOutputStream();
		assertEquals(0, _outputStream.size());
	}

	private Registration _registration(
		long registrationId, long userId, String userName, int status) {

		Registration registration = mock(Registration.class);

		when(
			registration.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			registration.getUserId()
		).thenReturn(
			userId
		);
		when(
			registration.getUserName()
		).thenReturn(
			userName
		);
		when(
			registration.getStatus()
		).thenReturn(
			status
		);
		when(
			registration.getOrganizationId()
		).thenReturn(
			40001L
		);
		when(
			registration.getCreateDate()
		).thenReturn(
			Date.from(java.time.Instant.parse("2026-11-23T08:00:00Z"))
		);

		return registration;
	}

	private void _wire(BaseExportSessionParticipantsMVCResourceCommand command) {
		Fields.set(command, "_courseLocalService", _courseLocalService);
		Fields.set(command, "_courseSessionService", _courseSessionService);
		Fields.set(
			command, "_organizationLocalService", _organizationLocalService);
		Fields.set(command, "_registrationService", _registrationService);
		Fields.set(command, "_userLocalService", _userLocalService);
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	/**
	 * 08:00 UTC in Stockholm, as the reader's locale writes a date.
	 */
	private static final String _REGISTERED =
		java.time.format.DateTimeFormatter.ofLocalizedDate(
			java.time.format.FormatStyle.MEDIUM
		).withLocale(
			_SWEDISH
		).format(
			java.time.LocalDate.of(2026, 11, 23)
		) + " 09:00";

	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CourseSessionService _courseSessionService = mock(
		CourseSessionService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final ByteArrayOutputStream _outputStream =
		new ByteArrayOutputStream();
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final ResourceRequest _resourceRequest = mock(
		ResourceRequest.class);
	private final ResourceResponse _resourceResponse = mock(
		ResourceResponse.class);
	private final Properties _sv = new Properties();
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
