package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.NoSuchOrganizationException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;

import java.nio.charset.StandardCharsets;

import java.time.ZonedDateTime;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import javax.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.registration.MemberTraining;
import se.livsviktig.training.registration.UpcomingTraining;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.export.CsvTestReader;
import se.livsviktig.training.web.internal.export.ParticipantCsvWriter;
import se.livsviktig.training.web.internal.export.ParticipantXlsxWriter;

/**
 * A unit's training downloaded as CSV and XLSX for the unit and method the page showed, read back in Swedish
 * from the bundle's own language file; a reader who may not see the unit gets 403, a unit that does not
 * exist 404, and neither a file.
 *
 * @author Livsviktig
 */
public class ExportUnitTrainingMVCResourceCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@Test
	public void aReaderWhoMayNotSeeTheUnitGetsForbiddenAndNoFile()
		throws Exception {

		when(
			_registrationService.getUnitTraining(anyLong(), anyLong())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				20125, Organization.class.getName(), _UNIT,
				"APPROVE_REGISTRATION")
		);

		ExportUnitTrainingCsvMVCResourceCommand command =
			new ExportUnitTrainingCsvMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setStatus(
			HttpServletResponse.SC_FORBIDDEN
		);
		verify(
			_resourceResponse, never()
		).getPortletOutputStream();
		assertEquals(0, _outputStream.size());
	}

	@Test
	public void aUnitThatDoesNotExistGetsNotFoundAndNoFile() throws Exception {
		when(
			_registrationService.getUnitTraining(anyLong(), anyLong())
		).thenThrow(
			new NoSuchOrganizationException(
				"No Organization exists with the primary key " + _UNIT)
		);

		ExportUnitTrainingXlsxMVCResourceCommand command =
			new ExportUnitTrainingXlsxMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setStatus(
			HttpServletResponse.SC_NOT_FOUND
		);
		verify(
			_resourceResponse, never()
		).getPortletOutputStream();
		assertEquals(0, _outputStream.size());
	}

	@Test
	public void theCsvHasTheUnitsRowsForTheMethodShown() throws Exception {
		ExportUnitTrainingCsvMVCResourceCommand command =
			new ExportUnitTrainingCsvMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setContentType(
			ParticipantCsvWriter.CONTENT_TYPE
		);
		verify(
			_registrationService
		).getUnitTraining(
			_UNIT, _MHFA
		);

		List<List<String>> rows = CsvTestReader.parse(
			new String(
				_outputStream.toByteArray(), StandardCharsets.UTF_8
			).substring(
				1
			));

		assertEquals(
			Arrays.asList(
				Arrays.asList(
					_sv.getProperty("name"), _sv.getProperty("training-method"),
					_sv.getProperty("completions"),
					_sv.getProperty("last-completed"),
					_sv.getProperty("coming-up")),
				Arrays.asList(
					"Åsa Öberg", "MHFA Vuxen", "1", "2026-03-15",
					_sv.getProperty("upcoming-nothing")),
				Arrays.asList(
					"'@Örjan", "MHFA Vuxen", "0", "",
					_sv.getProperty("upcoming-on-the-waitlist"))),
			rows);
	}

	@Test
	public void theXlsxHasTheSameRowsWithNumbersAndDates() throws Exception {
		ExportUnitTrainingXlsxMVCResourceCommand command =
			new ExportUnitTrainingXlsxMVCResourceCommand();

		_wire(command);

		command.doServeResource(_resourceRequest, _resourceResponse);

		verify(
			_resourceResponse
		).setContentType(
			ParticipantXlsxWriter.CONTENT_TYPE
		);

		try (XSSFWorkbook xssfWorkbook = new XSSFWorkbook(
				new ByteArrayInputStream(_outputStream.toByteArray()))) {

			XSSFSheet sheet = xssfWorkbook.getSheetAt(0);

			assertEquals(
				_sv.getProperty("my-units-training"), sheet.getSheetName());
			assertEquals(2, sheet.getLastRowNum());
			assertEquals(
				"@Örjan",
				sheet.getRow(
					2
				).getCell(
					0
				).getStringCellValue());
			assertEquals(
				CellType.NUMERIC,
				sheet.getRow(
					1
				).getCell(
					2
				).getCellType());
			assertEquals(
				true,
				DateUtil.isCellDateFormatted(
					sheet.getRow(
						1
					).getCell(
						3
					)));
		}
	}

	@BeforeEach
	public void setUp() throws Exception {
		try (InputStream inputStream =
				ExportUnitTrainingMVCResourceCommandTest.class.
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
			themeDisplay.getCompanyGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
		);
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
			_resourceRequest.getParameter("organizationId")
		).thenReturn(
			String.valueOf(_UNIT)
		);
		when(
			_resourceRequest.getParameter("trainingMethodId")
		).thenReturn(
			String.valueOf(_MHFA)
		);
		when(
			_resourceResponse.getPortletOutputStream()
		).thenReturn(
			_outputStream
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			_MHFA
		);
		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			_trainingMethodService.searchTrainingMethods(
				eq(_COMPANY_GROUP_ID), any(), anyInt(), anyInt(), anyInt(),
				any())
		).thenReturn(
			Arrays.asList(trainingMethod)
		);

		Date completed = Date.from(
			ZonedDateTime.parse(
				"2026-03-15T09:00:00+01:00[Europe/Stockholm]"
			).toInstant());

		when(
			_registrationService.getUnitTraining(_UNIT, _MHFA)
		).thenReturn(
			Arrays.asList(
				new MemberTraining(
					1, "Åsa Öberg", _MHFA, 1, completed,
					UpcomingTraining.NONE),
				new MemberTraining(
					2, "@Örjan", _MHFA, 0, null, UpcomingTraining.WAITLISTED))
		);
	}

	private void _wire(BaseExportUnitTrainingMVCResourceCommand command)
		throws Exception {

		Fields.set(command, "_registrationService", _registrationService);
		Fields.set(command, "_trainingMethodService", _trainingMethodService);
	}

	private static final long _COMPANY_GROUP_ID = 20128;

	private static final long _MHFA = 501;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final long _UNIT = 40301;

	private final ByteArrayOutputStream _outputStream =
		new ByteArrayOutputStream();
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final ResourceRequest _resourceRequest = mock(
		ResourceRequest.class);
	private final ResourceResponse _resourceResponse = mock(
		ResourceResponse.class);
	private final Properties _sv = new Properties();
	private final TrainingMethodService _trainingMethodService = mock(
		TrainingMethodService.class);

}
