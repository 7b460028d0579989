package se.livsviktig.survey.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import java.nio.charset.StandardCharsets;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.portlet.PortletException;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyResultsService;
import se.livsviktig.survey.web.internal.results.ResultsLabels;
import se.livsviktig.survey.web.internal.results.SurveyResultsLabelsFactory;

/**
 * The CSV export asks the results service first: a refused reader gets no
 * header and no byte of the file; an allowed one gets the page's figures as
 * UTF-8 CSV with a file name.
 *
 * @author Livsviktig
 */
public class ExportSurveyResultsMVCResourceCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_command, "_surveyResultsLabelsFactory",
			_surveyResultsLabelsFactory);
		Fields.set(_command, "_surveyResultsService", _surveyResultsService);

		// The Language service answers from the module's own English file

		ResourceBundle english = ResourceBundle.getBundle(
			"content.Language", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES));

		Language language = mock(Language.class);

		when(
			language.get(any(Locale.class), anyString())
		).thenAnswer(
			invocation -> english.getString(invocation.getArgument(1))
		);

		Fields.set(_command, "_language", language);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			themeDisplay.getLocale()
		).thenReturn(
			Locale.ENGLISH
		);
		when(
			_resourceRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(
			_resourceRequest.getParameter("surveyId")
		).thenReturn(
			"4711"
		);

		when(
			_resourceResponse.getPortletOutputStream()
		).thenReturn(
			new OutputStream() {

				@Override
				public void write(int b) throws IOException {
					_written.write(b);
				}

			}
		);
	}

	@Test
	public void aReaderWithoutPermissionGetsNothingWritten() throws Exception {
		when(
			_surveyResultsService.getSurveyResults(
				anyLong(), any(SurveyResultsQuery.class))
		).thenThrow(
			new PrincipalException.MustHavePermission(
				7L, "se.livsviktig.survey", 4711L, "VIEW_SURVEY_RESULTS")
		);

		PortletException portletException = assertThrows(
			PortletException.class,
			() -> _command.serveResource(_resourceRequest, _resourceResponse));

		assertInstanceOf(PrincipalException.class, portletException.getCause());

		verify(
			_resourceResponse, never()
		).getPortletOutputStream();
		verify(
			_resourceResponse, never()
		).setContentType(
			anyString()
		);
		verify(
			_resourceResponse, never()
		).addProperty(
			anyString(), anyString()
		);
		assertEquals(0, _written.size());
	}

	@Test
	public void anAllowedReaderGetsTheResultsAsUtf8CsvWithAFileName()
		throws Exception {

		when(
			_surveyResultsService.getSurveyResults(
				eq(4711L), any(SurveyResultsQuery.class))
		).thenReturn(
			new SurveyResults(
				4711L, SurveyResultsQuery.all(), 5, Collections.emptyList(), 0,
				0, Collections.emptyList())
		);
		when(
			_surveyResultsLabelsFactory.create(
				eq(4711L), any(Locale.class), any(ResourceBundle.class))
		).thenReturn(
			mock(ResultsLabels.class)
		);

		assertFalse(
			_command.serveResource(_resourceRequest, _resourceResponse));

		verify(
			_resourceResponse
		).setContentType(
			"text/csv; charset=UTF-8"
		);
		verify(
			_resourceResponse
		).addProperty(
			"Content-Disposition",
			"attachment; filename=\"survey-4711-results.csv\""
		);

		String csv = new String(
			_written.toByteArray(), StandardCharsets.UTF_8);

		assertTrue(csv.contains("Question"), csv);
		assertTrue(csv.contains("Response rate"), csv);
	}

	@Test
	public void anUnknownFilterGetsABadRequestWithTheMessageNotAServerError()
		throws Exception {

		when(
			_surveyResultsService.getSurveyResults(
				anyLong(), any(SurveyResultsQuery.class))
		).thenThrow(
			new SurveyResultsFilterException("Unknown training method 12")
		);

		assertFalse(
			_command.serveResource(_resourceRequest, _resourceResponse));

		verify(
			_resourceResponse
		).setProperty(
			ResourceResponse.HTTP_STATUS_CODE, "400"
		);
		verify(
			_resourceResponse
		).setContentType(
			"text/plain; charset=UTF-8"
		);
		assertEquals(
			"Choose a training method, session and administration from the " +
				"lists.",
			new String(_written.toByteArray(), StandardCharsets.UTF_8));
	}

	@Test
	public void theFiltersTravelIntoTheQuery() throws Exception {
		when(
			_resourceRequest.getParameter("methodId")
		).thenReturn(
			"11"
		);
		when(
			_resourceRequest.getParameter("courseSessionId")
		).thenReturn(
			"21"
		);
		when(
			_resourceRequest.getParameter("organizationId")
		).thenReturn(
			"31"
		);
		when(
			_surveyResultsService.getSurveyResults(
				eq(4711L), any(SurveyResultsQuery.class))
		).thenReturn(
			new SurveyResults(
				4711L, SurveyResultsQuery.all(), 5, Collections.emptyList(), 0,
				0, Collections.emptyList())
		);
		when(
			_surveyResultsLabelsFactory.create(
				eq(4711L), any(Locale.class), any(ResourceBundle.class))
		).thenReturn(
			mock(ResultsLabels.class)
		);

		_command.serveResource(_resourceRequest, _resourceResponse);

		verify(
			_surveyResultsService
		).getSurveyResults(
			4711L, new SurveyResultsQuery(11, 21, 31, 0, 0, List.of())
		);
	}

	private final ExportSurveyResultsMVCResourceCommand _command =
		new ExportSurveyResultsMVCResourceCommand();
	private final ResourceRequest _resourceRequest = mock(
		ResourceRequest.class);
	private final ResourceResponse _resourceResponse = mock(
		ResourceResponse.class);
	private final SurveyResultsLabelsFactory _surveyResultsLabelsFactory =
		mock(SurveyResultsLabelsFactory.class);
	private final SurveyResultsService _surveyResultsService = mock(
		SurveyResultsService.class);
	private final ByteArrayOutputStream _written = new ByteArrayOutputStream();

}
