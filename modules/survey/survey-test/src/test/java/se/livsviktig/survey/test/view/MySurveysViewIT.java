package se.livsviktig.survey.test.view;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.List;
import java.util.Locale;

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
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.SurveyResponseService;
import se.livsviktig.survey.web.internal.portlet.action.ViewMySurveysMVCRenderCommand;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;

/**
 * Mina enkäter as a signed-in invitee sees it: the open invitations, the one closing first on top, each with its
 * survey, its course and its closing day, and a link that names the survey; a sentence when there are none; and a
 * guest is asked to sign in.
 *
 * @author Livsviktig
 */
public class MySurveysViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = SurveyViews.harness();
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void openInvitationsAreListedClosingFirstOnTop(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"invitations", ViewRequest.in(locale),
			List.of(
				_invitation(7002, "2031-04-30"),
				_invitation(7001, "2031-03-15")));

		view.assertHeading(
			2, view.message("my-surveys")
		).assertTableRows(
			2
		);

		Elements rows = view.select("tbody tr");

		String title = SurveyViews.SWEDISH.equals(locale) ?
			"Uppföljning MHFA" : "MHFA follow-up";
		String course = SurveyViews.SWEDISH.equals(locale) ?
			"Första hjälpen till psykisk hälsa" : "Mental Health First Aid";

		Element first = rows.get(0);

		Assertions.assertEquals(title, first.selectFirst("th").text());
		Assertions.assertEquals(course, first.select("td").get(0).text());
		Assertions.assertEquals(
			_date(locale, "2031-03-15"), first.select("td").get(1).text());
		Assertions.assertEquals(
			view.message("answer") + ": " + title,
			first.select("a").text(), "the link names the survey");
		Assertions.assertTrue(
			first.select(
				"a"
			).attr(
				"href"
			).contains(
				"surveyInvitationId=7001"
			));
		Assertions.assertTrue(
			rows.get(
				1
			).select(
				"a"
			).attr(
				"href"
			).contains(
				"surveyInvitationId=7002"
			));

		_viewHarness.assertAccessible(view);
		_viewHarness.assertAccessible(view, 375);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void withoutInvitationsSaysSo(Locale locale) throws Exception {
		RenderedView view = _render("empty", ViewRequest.in(locale), List.of());

		view.assertHeading(
			2, view.message("my-surveys")
		).assertText(
			view.message("you-have-no-surveys-to-answer")
		).assertNone(
			"table", "nothing to list"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.survey.test.view.SurveyViews#locales")
	@ParameterizedTest
	public void aGuestIsAskedToSignIn(Locale locale) throws Exception {
		RenderedView view = _render(
			"signed-out",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> ((ThemeDisplay)renderRequest.getAttribute(
					WebKeys.THEME_DISPLAY)).setSignedIn(false)
			),
			List.of());

		view.assertText(
			view.message("sign-in-to-see-the-surveys-waiting-for-your-answers")
		).assertNone(
			"table", "a guest has no invitations"
		);

		_viewHarness.assertAccessible(view);
	}

	private static String _date(Locale locale, String isoDate) {
		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		).format(
			LocalDate.parse(isoDate)
		);
	}

	private static SurveyInvitation _invitation(
		long surveyInvitationId, String closes) {

		SurveyInvitation surveyInvitation = mock(SurveyInvitation.class);

		when(
			surveyInvitation.getSurveyInvitationId()
		).thenReturn(
			surveyInvitationId
		);
		when(
			surveyInvitation.getSurveyId()
		).thenReturn(
			SurveyViews.SURVEY_ID
		);
		when(
			surveyInvitation.getCourseSessionId()
		).thenReturn(
			_COURSE_SESSION_ID
		);
		when(
			surveyInvitation.getExpirationDate()
		).thenReturn(
			Date.from(
				LocalDate.parse(
					closes
				).atTime(
					12, 0
				).atZone(
					ZoneId.of("UTC")
				).toInstant())
		);

		return surveyInvitation;
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest,
			List<SurveyInvitation> surveyInvitations)
		throws Exception {

		SurveyResponseService surveyResponseService = mock(
			SurveyResponseService.class);

		when(
			surveyResponseService.getMyOpenInvitations()
		).thenReturn(
			surveyInvitations
		);

		Survey survey = SurveyViews.followUpSurvey();

		SurveyLocalService surveyLocalService = mock(SurveyLocalService.class);

		when(
			surveyLocalService.fetchSurvey(SurveyViews.SURVEY_ID)
		).thenReturn(
			survey
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseId()
		).thenReturn(
			_COURSE_ID
		);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.fetchCourseSession(_COURSE_SESSION_ID)
		).thenReturn(
			courseSession
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(SurveyViews.SWEDISH)
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);
		when(
			course.getTitle(SurveyViews.ENGLISH)
		).thenReturn(
			"Mental Health First Aid"
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		ViewMySurveysMVCRenderCommand renderCommand =
			new ViewMySurveysMVCRenderCommand();

		Fields.set(renderCommand, "_courseLocalService", courseLocalService);
		Fields.set(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		Fields.set(renderCommand, "_surveyLocalService", surveyLocalService);
		Fields.set(
			renderCommand, "_surveyResponseService", surveyResponseService);

		return _viewHarness.render(
			"my_surveys", state, viewRequest, renderCommand::render);
	}

	private static final long _COURSE_ID = 601;

	private static final long _COURSE_SESSION_ID = 602;

	private static ViewHarness _viewHarness;

}
