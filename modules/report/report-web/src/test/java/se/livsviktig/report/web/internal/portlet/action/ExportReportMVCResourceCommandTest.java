package se.livsviktig.report.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;

import java.time.ZoneId;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportExportMappingException;
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportExportRowService;
import se.livsviktig.report.web.internal.export.ReportExportCsvWriter;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The download answers: a file of the year's lines, 400 with the reason for bad input, 403 for a refused reader;
 * never a partial file.
 *
 * @author Livsviktig
 */
public class ExportReportMVCResourceCommandTest {

	@BeforeEach
	public void setUp() throws Exception {
		Language language = mock(Language.class);

		when(
			language.get(any(Locale.class), anyString())
		).thenAnswer(
			invocation -> invocation.getArgument(1)
		);
		when(
			language.format(any(Locale.class), anyString(), any(Object.class))
		).thenAnswer(
			invocation -> invocation.getArgument(1)
		);

		new LanguageUtil().setLanguage(language);

		when(_themeDisplay.getLocale()).thenReturn(_SWEDISH);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(_themeDisplay.getScopeGroupId()).thenReturn(_GROUP_ID);
		when(
			_resourceRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_resourceResponse.getPortletOutputStream()
		).thenReturn(
			_body
		);

		Fields.set(
			_resourceCommand, "_reportExportRowService",
			_reportExportRowService);
		Fields.set(
			_resourceCommand, "_trainingMethodService",
			mock(TrainingMethodService.class));
	}

	@Test
	public void aMappingNamingAFigureTheReportNoLongerKnowsIsABadRequest()
		throws Exception {

		when(_resourceRequest.getParameter("year")).thenReturn("2025");
		when(
			_reportExportRowService.getExportLines(
				anyLong(), any(ReportPeriod.class), anyLong(), anyBoolean())
		).thenThrow(
			new ReportExportMappingException("Row 2 names training.gone")
		);

		_resourceCommand.doServeResource(_resourceRequest, _resourceResponse);

		verify(_resourceResponse).setStatus(400);
		assertEquals("export-mapping-error", _body());
	}

	@Test
	public void aReaderWhoMayNotReadTheFiguresIsForbiddenAndGetsNoFile()
		throws Exception {

		when(_resourceRequest.getParameter("year")).thenReturn("2025");
		when(
			_reportExportRowService.getExportLines(
				anyLong(), any(ReportPeriod.class), anyLong(), anyBoolean())
		).thenThrow(
			new PrincipalException("No VIEW_REPORTS")
		);

		_resourceCommand.doServeResource(_resourceRequest, _resourceResponse);

		verify(_resourceResponse).setStatus(403);
		verify(
			_resourceResponse, never()
		).setContentType(
			ReportExportCsvWriter.CONTENT_TYPE
		);
		assertEquals("you-do-not-have-permission-to-see-these-figures", _body());
	}

	@Test
	public void aYearOutsideTheReportsYearsIsABadRequestAndReadsNothing()
		throws Exception {

		for (String year :
				new String[] {null, "", "1999", "twenty", "2101", "4294969321"}) {
			when(_resourceRequest.getParameter("year")).thenReturn(year);

			_resourceCommand.doServeResource(
				_resourceRequest, _resourceResponse);

			assertEquals("export-choose-a-year", _body(), year);
		}

		verify(
			_reportExportRowService, never()
		).getExportLines(
			anyLong(), any(ReportPeriod.class), anyLong(), anyBoolean()
		);
	}

	@Test
	public void theYearsReportIsTheMappingsLinesForTheWholeYearInTheSitesZone()
		throws Exception {

		when(_resourceRequest.getParameter("year")).thenReturn("2025");
		when(_resourceRequest.getParameter("organizationId")).thenReturn("40211");
		when(_resourceRequest.getParameter("rolledUp")).thenReturn("true");
		when(
			_reportExportRowService.getExportLines(
				eq(_GROUP_ID),
				eq(ReportPeriod.ofYear(2025, ZoneId.of("Europe/Stockholm"))),
				eq(40211L), eq(true))
		).thenReturn(
			List.of(
				new ReportExportLine(
					new ReportExportMappingRow(
						"varav kvinnor", ReportFigureKeys.TRAINING_COMPLETED, 0,
						ReportSexes.FEMALE),
					12))
		);

		_resourceCommand.doServeResource(_resourceRequest, _resourceResponse);

		verify(_resourceResponse, never()).setStatus(anyInt());
		verify(
			_resourceResponse
		).setContentType(
			ReportExportCsvWriter.CONTENT_TYPE
		);

		String body = _body();

		assertTrue(
			body.contains(
				"varav kvinnor;12;figure.training.completed;" +
					"every-training-method;sex.female\r\n"),
			body);
	}

	private String _body() {
		String body = new String(_body.toByteArray(), StandardCharsets.UTF_8);

		_body.reset();

		return body;
	}

	private static final long _GROUP_ID = 20119;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final ByteArrayOutputStream _body = new ByteArrayOutputStream();
	private final ReportExportRowService _reportExportRowService = mock(
		ReportExportRowService.class);
	private final ExportReportCsvMVCResourceCommand _resourceCommand =
		new ExportReportCsvMVCResourceCommand();
	private final ResourceRequest _resourceRequest = mock(
		ResourceRequest.class);
	private final ResourceResponse _resourceResponse = mock(
		ResourceResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);

}
