package se.livsviktig.report.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.jsoup.select.Elements;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.RenderedView;
import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.ViewRequest;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportDrillDownService;
import se.livsviktig.report.web.internal.portlet.action.ViewDrillDownMVCRenderCommand;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A figure's drill-down, rendered by its real render command: the figure named above its sessions or
 * registrations, a page of 20 with links to the others, names escaped; a reader who is no coordinator sees no
 * registrations; a reader who may not see the figure, and a link naming no figure, are told why.
 *
 * @author Livsviktig
 */
public class DrillDownViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = ReportViews.harness();
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aCoordinatorPagesThroughTheRegistrations(Locale locale)
		throws Exception {

		ReportDrillDownService reportDrillDownService = _service(25, 23);

		List<Registration> registrations = new ArrayList<>();

		for (int i = 21; i <= 23; i++) {
			registrations.add(_registration(i));
		}

		when(
			reportDrillDownService.getFigureRegistrations(
				eq(ViewHarness.SITE_GROUP_ID), eq(_FIGURE_KEY),
				any(ReportPeriod.class), eq(_ORGANIZATION_ID), eq(true),
				eq(_METHOD_ID), eq(ReportSexes.FEMALE), eq(20), eq(40))
		).thenReturn(
			registrations
		);

		RenderedView view = _render(
			"registrations-page-2", locale, reportDrillDownService,
			_request(locale, _FIGURE_KEY).parameter(
				"list", "registrations"
			).parameter(
				"page", "2"
			));

		view.assertHeading(
			2, view.message("drill-down-" + _FIGURE_KEY)
		).assertText(
			view.message("drill-down-sex-female")
		).assertTableRows(
			3
		).assertText(
			view.message("drill-down-page-x-of-x", 2, 2)
		).assertText(
			"Person <i>21</i>"
		).assertText(
			view.message("drill-down-completed")
		).assertNone(
			"tbody i", "the names are shown as typed, escaped"
		).assertLink(
			view.message("drill-down-previous-page"), "page=1"
		).assertNone(
			"a.page-link[href*=page=3]", "no page after the last"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aLinkNamingNoFigureSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"unknown-figure", locale, _service(0, 0),
			_request(locale, "survey.response-rate"));

		view.assertAlert(
			"danger", view.message("drill-down-unknown-figure")
		).assertNone(
			"table", "no figure, no list"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aReaderWhoMayNotSeeTheFigureIsRefused(Locale locale)
		throws Exception {

		ReportDrillDownService reportDrillDownService = mock(
			ReportDrillDownService.class);

		when(
			reportDrillDownService.getFigureSessionsCount(
				anyLong(), anyString(), any(ReportPeriod.class), anyLong(),
				anyBoolean(), anyLong(), anyString())
		).thenThrow(
			new PrincipalException.MustHavePermission(0, "VIEW_REPORTS")
		);

		RenderedView view = _render(
			"refused", locale, reportDrillDownService,
			_request(locale, _FIGURE_KEY));

		view.assertAlert(
			"danger",
			view.message("you-do-not-have-permission-to-see-these-figures")
		).assertNone(
			"table", "nothing behind the figure is shown"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void theSessionsBehindAFigureWithoutTheRegistrationsForAReader(
			Locale locale)
		throws Exception {

		ReportDrillDownService reportDrillDownService = _service(25, 0);

		when(
			reportDrillDownService.getFigureRegistrationsCount(
				anyLong(), anyString(), any(ReportPeriod.class), anyLong(),
				anyBoolean(), anyLong(), anyString())
		).thenThrow(
			new PrincipalException.MustHavePermission(0, "MANAGE_SESSIONS")
		);

		RenderedView view = _render(
			"sessions-reader", locale, reportDrillDownService,
			_request(locale, _FIGURE_KEY));

		view.assertHeading(
			2, view.message("drill-down-" + _FIGURE_KEY)
		).assertText(
			"Vård & omsorg <b>"
		).assertText(
			"Första hjälpen till psykisk hälsa"
		).assertTableRows(
			20
		).assertText(
			view.message("drill-down-page-x-of-x", 1, 2)
		).assertLink(
			view.message("drill-down-next-page"), "page=2"
		).assertNone(
			"a[href*=list=registrations]",
			"a reader who is no coordinator is not offered the registrations"
		).assertNone(
			"p.text-secondary b", "the administration's name is escaped"
		);

		Elements cells = view.select("tbody tr:first-child td");

		Assertions.assertEquals("Kurs 1", cells.get(0).text());
		Assertions.assertEquals("Sundsvall", cells.get(2).text());
		Assertions.assertEquals(
			view.message("drill-down-session-published"), cells.get(3).text());

		_viewHarness.assertAccessible(view);
	}

	private static Course _course() {
		Course course = mock(Course.class);

		when(
			course.getTitle(any(Locale.class))
		).thenReturn(
			"Kurs 1"
		);

		return course;
	}

	private static CourseSession _courseSession(int i) {
		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			(long)i
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			1L
		);
		when(
			courseSession.getLocality()
		).thenReturn(
			"Sundsvall"
		);
		when(
			courseSession.getStartDate()
		).thenReturn(
			Date.from(_FIRST_DATE.plusSeconds(i * 86_400L))
		);
		when(
			courseSession.getStatus()
		).thenReturn(
			CourseSessionConstants.STATUS_PUBLISHED
		);

		return courseSession;
	}

	private static Registration _registration(int i) {
		Registration registration = mock(Registration.class);

		when(
			registration.getUserName()
		).thenReturn(
			"Person <i>" + i + "</i>"
		);
		when(
			registration.getOrganizationId()
		).thenReturn(
			_ORGANIZATION_ID
		);
		when(
			registration.getCourseId()
		).thenReturn(
			1L
		);
		when(
			registration.getCourseSessionId()
		).thenReturn(
			7L
		);
		when(
			registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_COMPLETED
		);

		return registration;
	}

	private static ViewRequest _request(Locale locale, String figureKey) {
		return ViewRequest.in(
			locale
		).parameter(
			"figureKey", figureKey
		).parameter(
			"firstDay", "2025-01-01"
		).parameter(
			"lastDay", "2025-12-31"
		).parameter(
			"organizationId", String.valueOf(_ORGANIZATION_ID)
		).parameter(
			"rolledUp", "true"
		).parameter(
			"trainingMethodId", String.valueOf(_METHOD_ID)
		).parameter(
			"sex", ReportSexes.FEMALE
		);
	}

	/**
	 * A service with the counts and the first page of sessions.
	 */
	private static ReportDrillDownService _service(
			int sessionsCount, int registrationsCount)
		throws Exception {

		ReportDrillDownService reportDrillDownService = mock(
			ReportDrillDownService.class);

		when(
			reportDrillDownService.getFigureSessionsCount(
				anyLong(), anyString(), any(ReportPeriod.class), anyLong(),
				anyBoolean(), anyLong(), anyString())
		).thenReturn(
			sessionsCount
		);
		when(
			reportDrillDownService.getFigureRegistrationsCount(
				anyLong(), anyString(), any(ReportPeriod.class), anyLong(),
				anyBoolean(), anyLong(), anyString())
		).thenReturn(
			registrationsCount
		);

		List<CourseSession> courseSessions = new ArrayList<>();

		for (int i = 1; i <= Math.min(20, sessionsCount); i++) {
			courseSessions.add(_courseSession(i));
		}

		when(
			reportDrillDownService.getFigureSessions(
				anyLong(), anyString(), any(ReportPeriod.class), anyLong(),
				anyBoolean(), anyLong(), anyString(), eq(0), eq(20))
		).thenReturn(
			courseSessions
		);

		return reportDrillDownService;
	}

	private RenderedView _render(
			String state, Locale locale,
			ReportDrillDownService reportDrillDownService,
			ViewRequest viewRequest)
		throws Exception {

		Organization organization = mock(Organization.class);

		when(
			organization.getName()
		).thenReturn(
			"Vård & omsorg <b>"
		);

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		when(
			organizationLocalService.fetchOrganization(_ORGANIZATION_ID)
		).thenReturn(
			organization
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(any(Locale.class))
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		Course course = _course();

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(1L)
		).thenReturn(
			course
		);

		CourseSession courseSession = _courseSession(7);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.fetchCourseSession(7L)
		).thenReturn(
			courseSession
		);

		ViewDrillDownMVCRenderCommand renderCommand =
			new ViewDrillDownMVCRenderCommand();

		Fields.set(renderCommand, "_courseLocalService", courseLocalService);
		Fields.set(
			renderCommand, "_courseSessionLocalService",
			courseSessionLocalService);
		Fields.set(
			renderCommand, "_organizationLocalService",
			organizationLocalService);
		Fields.set(
			renderCommand, "_reportDrillDownService", reportDrillDownService);
		Fields.set(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);

		return _viewHarness.render(
			"drill-down", state, viewRequest, renderCommand::render);
	}

	private static final String _FIGURE_KEY =
		ReportFigureKeys.TRAINING_COMPLETED;

	private static final Instant _FIRST_DATE = Instant.parse(
		"2025-03-02T08:00:00Z");

	private static final long _METHOD_ID = 501;

	private static final long _ORGANIZATION_ID = 40001;

	private static ViewHarness _viewHarness;

}
