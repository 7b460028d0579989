package se.livsviktig.survey.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.exception.SurveyDispatchException;
import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchService;
import se.livsviktig.survey.service.SurveyService;
import se.livsviktig.survey.web.internal.portlet.action.EditSurveyDispatchMVCRenderCommand;
import se.livsviktig.survey.web.internal.portlet.action.ViewSurveyDispatchesMVCRenderCommand;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * A survey's dispatches in Livsviktig – Enkäter: each with whom it goes to, when, its dates, its reminders, its
 * status and its progress (invited, answered, reminded, declined), or a sentence when there are none; and the
 * dispatch form, filled for an existing dispatch and, after the dispatch service's refusal, with what was sent and
 * the refusal above it.
 *
 * @author Livsviktig
 */
public class SurveyDispatchViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = SurveyViews.harness();
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theDispatchesWithTheirProgress(Locale locale) throws Exception {
		RenderedView view = _renderDispatches(
			"dispatches",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			),
			List.of(_dispatch()));

		view.assertLink(
			view.message("add-dispatch"),
			"%2Fsurvey%2Fadmin%2Fedit_survey_dispatch"
		).assertTableRows(
			1
		);

		Elements cells = view.select("tbody tr").get(0).select("th, td");

		Assertions.assertEquals(
			view.message(
				"participants-of-x",
				SurveyViews.SWEDISH.equals(locale) ? "MHFA Vuxen" :
					"MHFA Adult"),
			cells.get(0).text());
		Assertions.assertEquals(
			view.message("x-days-after-completion", 180), cells.get(1).text());
		Assertions.assertEquals(
			view.message("every-x-days-at-most-x-times", 7, 2),
			cells.get(4).text());
		Assertions.assertEquals(
			view.message("dispatch-status-active"), cells.get(5).text());
		Assertions.assertEquals(
			List.of("40", "22", "15", "3"),
			cells.subList(
				6, 10
			).stream(
			).map(
				Element::text
			).collect(
				Collectors.toList()
			));

		_viewHarness.assertAccessible(view);

		RenderedView empty = _renderDispatches(
			"dispatches-empty",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			),
			List.of());

		empty.assertText(
			empty.message("the-survey-has-no-dispatches-yet")
		).assertNone(
			"table", "nothing to list"
		);

		_viewHarness.assertAccessible(empty);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void theDispatchFormAndTheServicesRefusal(Locale locale)
		throws Exception {

		RenderedView view = _renderDispatchForm(
			"edit-dispatch",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).parameter(
				"surveyDispatchId", "5001"
			));

		view.assertHeading(1, view.message("edit-dispatch"));
		view.assertField("methodId", view.message("training-method"));
		view.assertField("delayDays", view.message("days-after"));
		view.assertFieldValue("delayDays", "180");
		view.assertFieldValue("closeDate", "2031-12-31");
		view.assertField("status", view.message("status"));

		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "targetMethod"
			).hasAttr(
				"checked"
			));
		Assertions.assertTrue(
			view.select(
				"#" + view.getNamespace() + "triggerType1"
			).hasAttr(
				"checked"
			));
		Assertions.assertEquals(
			"1",
			view.select(
				"#" + view.getNamespace() + "methodId option[selected]"
			).val());

		_assertPostsTo(view, "%2Fsurvey%2Fadmin%2Fedit_survey_dispatch");

		_viewHarness.assertAccessible(view);

		RenderedView refused = _renderDispatchForm(
			"dispatch-refused",
			ViewRequest.in(
				locale
			).parameter(
				"surveyId", String.valueOf(SurveyViews.SURVEY_ID)
			).parameter(
				"target", "sessions"
			).parameter(
				"courseSessionIds", "602"
			).parameter(
				"closeDate", "2031-01-01"
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, SurveyDispatchException.class)
			));

		refused.assertHeading(
			1, refused.message("add-dispatch")
		).assertAlert(
			"danger",
			refused.message(
				"check-the-dispatch-the-method-or-sessions-the-trigger-the-dates-and-the-reminders")
		);
		refused.assertFieldValue("closeDate", "2031-01-01");

		Assertions.assertTrue(
			refused.select(
				"#" + refused.getNamespace() + "courseSession602"
			).hasAttr(
				"checked"
			));

		_viewHarness.assertAccessible(refused);
	}

	private static void _assertPostsTo(RenderedView view, String actionName) {
		Element form = view.select("form").first();

		Assertions.assertEquals("post", form.attr("method"));
		Assertions.assertTrue(
			form.attr("action").contains("javax.portlet.action=" + actionName),
			form.attr("action"));
		Assertions.assertTrue(form.attr("action").contains("p_auth="));
	}

	private static SurveyDispatch _dispatch() {
		SurveyDispatch surveyDispatch = mock(SurveyDispatch.class);

		when(
			surveyDispatch.getSurveyDispatchId()
		).thenReturn(
			5001L
		);
		when(
			surveyDispatch.getSurveyId()
		).thenReturn(
			SurveyViews.SURVEY_ID
		);
		when(
			surveyDispatch.getMethodId()
		).thenReturn(
			1L
		);
		when(
			surveyDispatch.getTriggerType()
		).thenReturn(
			SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION
		);
		when(
			surveyDispatch.getDelayDays()
		).thenReturn(
			180
		);
		when(
			surveyDispatch.getWindowStartDate()
		).thenReturn(
			_day("2031-01-01")
		);
		when(
			surveyDispatch.getCloseDate()
		).thenReturn(
			_day("2031-12-31")
		);
		when(
			surveyDispatch.getReminderIntervalDays()
		).thenReturn(
			7
		);
		when(
			surveyDispatch.getMaxReminders()
		).thenReturn(
			2
		);
		when(
			surveyDispatch.getStatus()
		).thenReturn(
			SurveyDispatchConstants.STATUS_ACTIVE
		);

		return surveyDispatch;
	}

	private static Date _day(String isoDate) {
		return Date.from(
			LocalDate.parse(
				isoDate
			).atStartOfDay(
				ZoneId.of("Europe/Stockholm")
			).toInstant());
	}

	private static TrainingMethod _mhfa() {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getTrainingMethodId()
		).thenReturn(
			1L
		);
		when(
			trainingMethod.getName(SurveyViews.SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);
		when(
			trainingMethod.getName(SurveyViews.ENGLISH)
		).thenReturn(
			"MHFA Adult"
		);

		return trainingMethod;
	}

	private RenderedView _renderDispatches(
			String state, ViewRequest viewRequest,
			List<SurveyDispatch> surveyDispatches)
		throws Exception {

		SurveyDispatchService surveyDispatchService = mock(
			SurveyDispatchService.class);

		when(
			surveyDispatchService.getSurveyDispatches(SurveyViews.SURVEY_ID)
		).thenReturn(
			surveyDispatches
		);

		when(
			surveyDispatchService.getDispatchProgress(5001)
		).thenReturn(
			new DispatchProgress(40, 22, 15, 3)
		);
		when(
			surveyDispatchService.getSurveyDispatchCourseSessionIds(5001)
		).thenReturn(
			new long[0]
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		TrainingMethod mhfa = _mhfa();

		when(
			trainingMethodLocalService.fetchTrainingMethod(1)
		).thenReturn(
			mhfa
		);

		ViewSurveyDispatchesMVCRenderCommand renderCommand =
			new ViewSurveyDispatchesMVCRenderCommand();

		Fields.set(renderCommand, "_language", LanguageUtil.getLanguage());
		Fields.set(
			renderCommand, "_surveyDispatchService", surveyDispatchService);
		Fields.set(renderCommand, "_surveyService", _surveyService());
		Fields.set(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private RenderedView _renderDispatchForm(
			String state, ViewRequest viewRequest)
		throws Exception {

		SurveyDispatchService surveyDispatchService = mock(
			SurveyDispatchService.class);

		SurveyDispatch surveyDispatch = _dispatch();

		when(
			surveyDispatchService.getSurveyDispatches(SurveyViews.SURVEY_ID)
		).thenReturn(
			List.of(surveyDispatch)
		);

		when(
			surveyDispatchService.getSurveyDispatchCourseSessionIds(5001)
		).thenReturn(
			new long[0]
		);

		TrainingMethod mhfa = _mhfa();

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethods(
				eq(ViewHarness.COMPANY_GROUP_ID),
				eq(WorkflowConstants.STATUS_APPROVED), anyInt(), anyInt())
		).thenReturn(
			List.of(mhfa)
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			602L
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			601L
		);
		when(
			courseSession.getStartDate()
		).thenReturn(
			_day("2031-02-03")
		);

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.getCourseSessions(
				eq(ViewHarness.SITE_GROUP_ID),
				eq(WorkflowConstants.STATUS_APPROVED), anyInt(), anyInt())
		).thenReturn(
			List.of(courseSession)
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(any(Locale.class))
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(601)
		).thenReturn(
			course
		);

		EditSurveyDispatchMVCRenderCommand renderCommand =
			new EditSurveyDispatchMVCRenderCommand();

		Fields.set(renderCommand, "_courseLocalService", courseLocalService);
		Fields.set(renderCommand, "_courseSessionService", courseSessionService);
		Fields.set(
			renderCommand, "_surveyDispatchService", surveyDispatchService);
		Fields.set(renderCommand, "_surveyService", _surveyService());
		Fields.set(
			renderCommand, "_trainingMethodService", trainingMethodService);

		return _viewHarness.render(
			"survey_admin", state, viewRequest, renderCommand::render);
	}

	private static SurveyService _surveyService() throws Exception {
		SurveyService surveyService = mock(SurveyService.class);

		Survey survey = SurveyViews.followUpSurvey();

		when(
			surveyService.getSurvey(SurveyViews.SURVEY_ID)
		).thenReturn(
			survey
		);

		return surveyService;
	}

	private static ViewHarness _viewHarness;

}
