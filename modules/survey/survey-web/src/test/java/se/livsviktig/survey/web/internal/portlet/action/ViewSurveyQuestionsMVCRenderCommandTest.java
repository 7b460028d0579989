package se.livsviktig.survey.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.SurveyQuestionService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.SurveyQuestionsDisplayContext;

/**
 * The question editor is locked exactly when the survey service says the survey is: the page does not count
 * responses by a rule of its own.
 *
 * @author Livsviktig
 */
public class ViewSurveyQuestionsMVCRenderCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_command, "_surveyLocalService", _surveyLocalService);
		Fields.set(_command, "_surveyQuestionService", _surveyQuestionService);
		Fields.set(_command, "_surveyService", _surveyService);

		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		ThemeDisplay themeDisplay = new ThemeDisplay();

		themeDisplay.setLocale(Locale.US);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(_renderRequest.getParameter("surveyId")).thenReturn("71");

		Survey survey = mock(Survey.class);

		when(survey.getSurveyId()).thenReturn(71L);
		when(_surveyService.getSurvey(71L)).thenReturn(survey);
		when(_surveyQuestionService.getSurveyQuestions(71L)).thenReturn(
			List.of());
	}

	@Test
	public void theEditorIsLockedWhenTheSurveyServiceSaysSo()
		throws Exception {

		when(_surveyLocalService.isLocked(71L)).thenReturn(true);

		assertTrue(_render().isLocked());
	}

	@Test
	public void theEditorIsOpenWhenTheSurveyServiceSaysSo() throws Exception {
		when(_surveyLocalService.isLocked(71L)).thenReturn(false);

		assertFalse(_render().isLocked());
	}

	private SurveyQuestionsDisplayContext _render() throws Exception {
		assertEquals(
			"/survey_admin/view_survey_questions.jsp",
			_command.render(_renderRequest, _renderResponse));

		ArgumentCaptor<Object> displayContext = ArgumentCaptor.forClass(
			Object.class);

		verify(
			_renderRequest
		).setAttribute(
			org.mockito.ArgumentMatchers.eq(
				SurveyWebKeys.SURVEY_QUESTIONS_DISPLAY_CONTEXT),
			displayContext.capture()
		);

		return (SurveyQuestionsDisplayContext)displayContext.getValue();
	}

	private final ViewSurveyQuestionsMVCRenderCommand _command =
		new ViewSurveyQuestionsMVCRenderCommand();
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final SurveyLocalService _surveyLocalService = mock(
		SurveyLocalService.class);
	private final SurveyQuestionService _surveyQuestionService = mock(
		SurveyQuestionService.class);
	private final SurveyService _surveyService = mock(SurveyService.class);

}
