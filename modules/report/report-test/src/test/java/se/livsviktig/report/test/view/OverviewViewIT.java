package se.livsviktig.report.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.longThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.net.URLDecoder;

import java.nio.charset.StandardCharsets;

import java.time.Clock;
import java.time.ZoneOffset;

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
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportDrillDownService;
import se.livsviktig.report.service.ReportFiguresService;
import se.livsviktig.report.web.internal.portlet.action.ViewDrillDownMVCRenderCommand;
import se.livsviktig.report.web.internal.portlet.action.ViewOverviewMVCRenderCommand;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The year's overview, rendered by its real render command: the filter form, and per figure an SVG chart (an
 * image with a title and description) and a data table with the same numbers; what a manager of one
 * administration sees; the refusal of a reader without the permission and of bad input.
 *
 * @author Livsviktig
 */
public class OverviewViewIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = ReportViews.harness();
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aManagerSeesTheirOwnAdministrationOnly(Locale locale)
		throws Exception {

		ReportFiguresService reportFiguresService = _reportFiguresService(
			List.of(_social()), List.of(_SOCIAL_MHFA));

		RenderedView view = _render(
			"manager", ViewRequest.in(locale), false, reportFiguresService);

		verify(
			reportFiguresService
		).getFigures(
			eq(ViewHarness.SITE_GROUP_ID), any(Date.class), any(Date.class),
			eq(ReportViews.SOCIAL_ID), eq(false), eq(0L)
		);

		Elements options = view.select("select[id$=organizationId] option");

		Assertions.assertEquals(1, options.size(), options.toString());
		Assertions.assertEquals(
			"Socialförvaltningen <Stöd>", options.get(0).text());
		Assertions.assertTrue(
			view.select(
				"h3"
			).text(
			).contains(
				view.message("figure.training.registrations")
			));
		Assertions.assertFalse(
			view.getHtml(
			).contains(
				"Utbildningsförvaltningen"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aReaderOfEveryAdministrationSeesChartsAndTables(Locale locale)
		throws Exception {

		RenderedView view = _render(
			"figures", ViewRequest.in(locale), true,
			_reportFiguresService(
				List.of(_social(), _school()),
				List.of(_HELD, _SOCIAL_MHFA, _SOCIAL_PSYKE, _SCHOOL_MHFA)));

		view.assertHeading(
			2, view.message("the-years-figures")
		).assertText(
			view.message("figures-of-sessions-starting-x", "2025-01-01 – 2025-12-31")
		);

		Assertions.assertEquals(
			"2025",
			view.select(
				"select[id$=year] option[selected]"
			).attr(
				"value"
			),
			"the last full year by default");

		Assertions.assertEquals(
			view.message("all-administrations"),
			view.select(
				"select[id$=organizationId] option[selected]"
			).text());

		// The company's methods (training keeps them in the company's group, not the site's)

		Assertions.assertEquals(
			3, view.select("select[id$=trainingMethodId] option").size(),
			"all methods, MHFA and Psyk-E");

		Elements sections = view.select("section");

		Assertions.assertEquals(2, sections.size());

		Element held = sections.get(0);

		Assertions.assertEquals(
			view.message("figure.training.sessions-held"),
			held.select("h3").text());
		Assertions.assertEquals(
			view.message("no-administration"),
			held.select("tbody th[scope=row]").text());

		Element registrations = sections.get(1);

		Assertions.assertEquals(
			"img", registrations.select("svg").attr("role"));
		Assertions.assertEquals(
			view.message("figure.training.registrations"),
			registrations.select("svg title").text());
		Assertions.assertEquals(
			view.message("figure.training.registrations"),
			registrations.select("caption").text());
		Assertions.assertEquals(
			List.of(
				view.message("administration"), "MHFA", "Psyk-E <1>",
				view.message("total")),
			registrations.select("thead th[scope=col]").eachText());

		Elements rows = registrations.select("tbody tr");

		Assertions.assertEquals(2, rows.size());
		Assertions.assertEquals(
			List.of("Socialförvaltningen <Stöd>", "12", "4", "16"),
			rows.get(0).select("th, td").eachText(),
			"names shown as typed, escaped");
		Assertions.assertTrue(view.select("th b, td b").isEmpty());
		Assertions.assertEquals(
			List.of("Utbildningsförvaltningen", "5", "0", "5"),
			rows.get(1).select("th, td").eachText());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aPersonBasedFigureIsSplitBySexAndEachNumberLeadsToItsSessions(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"by-sex", ViewRequest.in(locale), true,
			_reportFiguresService(
				List.of(_social(), _school()),
				List.of(
					_HELD,
					_registrations(ReportViews.SOCIAL_ID, ReportSexes.FEMALE, 6),
					_registrations(ReportViews.SOCIAL_ID, ReportSexes.MALE, 4),
					_registrations(ReportViews.SOCIAL_ID, ReportSexes.UNKNOWN, 2),
					_registrations(ReportViews.SCHOOL_ID, ReportSexes.MALE, 5),
					new ReportFigure(
						ReportFigureKeys.INSTRUCTOR_CERTIFIED,
						ReportViews.SOCIAL_ID, 0, ReportSexes.FEMALE, 2))));

		Elements sections = view.select("section");

		Assertions.assertEquals(
			1, sections.get(0).select("table").size(),
			"sessions held is not about people: no table by sex");

		Element registrations = sections.get(1);
		String figure = view.message("figure.training.registrations");

		Elements tables = registrations.select("table");

		Assertions.assertEquals(2, tables.size());

		Element bySex = tables.get(1);

		Assertions.assertEquals(
			view.message("x-by-sex", figure), bySex.select("caption").text());
		Assertions.assertEquals(
			view.message("x-by-sex", figure),
			registrations.select("svg").get(1).select("title").text());
		Assertions.assertEquals(
			List.of(
				view.message("administration"), view.message("sex.female"),
				view.message("sex.male"), view.message("sex.unknown"),
				view.message("total")),
			bySex.select("thead th[scope=col]").eachText());

		Elements rows = bySex.select("tbody tr");

		Assertions.assertEquals(
			List.of("Socialförvaltningen <Stöd>", "6", "4", "2", "12"),
			rows.get(0).select("th, td").eachText());
		Assertions.assertEquals(
			List.of("Utbildningsförvaltningen", "0", "5", "0", "5"),
			rows.get(1).select("th, td").eachText());

		Element women = rows.get(0).select("td a").get(0);

		Assertions.assertEquals(
			view.message(
				"x-show-the-sessions-behind-x-x-x", "6", figure,
				"Socialförvaltningen <Stöd>", view.message("sex.female")),
			women.attr("aria-label"));
		Assertions.assertEquals(
			4, rows.get(0).select("td a").size(), "every number a link");
		Assertions.assertEquals(
			view.message("figure.instructor.certified"),
			sections.get(2).select("h3").text());
		Assertions.assertTrue(
			sections.get(2).select("a").isEmpty(),
			"certified instructors have no drill-down: numbers, no links");
		Assertions.assertEquals(
			2, sections.get(2).select("table").size(),
			"instructors are split by sex, as their certifications recorded it");
		Assertions.assertEquals(
			List.of("Socialförvaltningen <Stöd>", "2", "0", "0", "2"),
			sections.get(
				2
			).select(
				"table"
			).get(
				1
			).select(
				"tbody tr"
			).get(
				0
			).select(
				"th, td"
			).eachText());

		_viewHarness.assertAccessible(view);

		ReportDrillDownService reportDrillDownService = mock(
			ReportDrillDownService.class);

		RenderedView drillDown = _followToTheDrillDown(
			view, women.attr("href"), reportDrillDownService);

		verify(
			reportDrillDownService
		).getFigureSessionsCount(
			eq(ViewHarness.SITE_GROUP_ID),
			eq(ReportFigureKeys.TRAINING_REGISTRATIONS), any(ReportPeriod.class),
			eq(ReportViews.SOCIAL_ID), eq(true), eq(0L), eq(ReportSexes.FEMALE)
		);

		drillDown.assertHeading(
			2, drillDown.message("drill-down-training.registrations")
		).assertText(
			drillDown.message("drill-down-sex-female")
		);

		_viewHarness.assertAccessible(drillDown);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aReaderWithoutThePermissionIsRefused(Locale locale)
		throws Exception {

		ReportFiguresService reportFiguresService = mock(
			ReportFiguresService.class);

		when(
			reportFiguresService.getOrganizations(anyLong())
		).thenReturn(
			List.of()
		);
		when(
			reportFiguresService.getFigures(
				anyLong(), any(Date.class), any(Date.class), anyLong(),
				anyBoolean(), anyLong())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, ReportActionKeys.VIEW_REPORTS)
		);

		RenderedView view = _render(
			"no-permission", ViewRequest.in(locale), false,
			reportFiguresService);

		view.assertAlert(
			"danger",
			view.message("you-do-not-have-permission-to-see-these-figures")
		).assertNone(
			"table", "no figures"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aLastDayBeforeTheFirstIsRefusedInTheReadersLanguage(
			Locale locale)
		throws Exception {

		RenderedView view = _render(
			"last-day-before-first",
			ViewRequest.in(
				locale
			).parameter(
				"firstDay", "2025-06-01"
			).parameter(
				"lastDay", "2025-05-31"
			),
			true,
			_reportFiguresService(List.of(_social()), List.of(_SOCIAL_MHFA)));

		view.assertAlert(
			"danger", view.message("report-period-end-error")
		).assertFieldValue(
			"firstDay", "2025-06-01"
		).assertNone(
			"table", "no figures for a refused period"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void withoutFiguresItSaysSo(Locale locale) throws Exception {
		RenderedView view = _render(
			"no-figures", ViewRequest.in(locale), true,
			_reportFiguresService(List.of(_social()), List.of()));

		view.assertText(
			view.message("no-figures-for-this-choice")
		).assertNone(
			"table", "no figures, no table"
		);

		_viewHarness.assertAccessible(view);
	}

	private static ReportFigure _registrations(
		long organizationId, String sex, double value) {

		return new ReportFigure(
			ReportFigureKeys.TRAINING_REGISTRATIONS, organizationId, _MHFA_ID,
			sex, value);
	}

	/**
	 * Renders the page a link of the overview leads to: the drill-down's render command with the link's own
	 * parameters, as the portal would on following it.
	 */
	private RenderedView _followToTheDrillDown(
			RenderedView view, String href,
			ReportDrillDownService reportDrillDownService)
		throws Exception {

		ViewRequest viewRequest = ViewRequest.in(view.getLocale());

		String namespace = view.getNamespace();

		for (String parameter : href.substring(href.indexOf('?') + 1).split("&")) {
			String[] nameAndValue = parameter.split("=", 2);

			String name = URLDecoder.decode(
				nameAndValue[0], StandardCharsets.UTF_8);

			if (name.startsWith(namespace)) {
				viewRequest.parameter(
					name.substring(namespace.length()),
					URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
			}
		}

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);
		Organization social = _social();

		when(
			organizationLocalService.fetchOrganization(ReportViews.SOCIAL_ID)
		).thenReturn(
			social
		);

		ViewDrillDownMVCRenderCommand renderCommand =
			new ViewDrillDownMVCRenderCommand();

		Fields.set(
			renderCommand, "_courseLocalService", mock(CourseLocalService.class));
		Fields.set(
			renderCommand, "_courseSessionLocalService",
			mock(CourseSessionLocalService.class));
		Fields.set(
			renderCommand, "_organizationLocalService", organizationLocalService);
		Fields.set(
			renderCommand, "_reportDrillDownService", reportDrillDownService);
		Fields.set(
			renderCommand, "_trainingMethodLocalService",
			mock(TrainingMethodLocalService.class));

		return _viewHarness.render(
			"drill-down", "from-the-overview", viewRequest,
			renderCommand::render);
	}

	private static Organization _organization(long organizationId, String name) {
		Organization organization = mock(Organization.class);

		when(organization.getOrganizationId()).thenReturn(organizationId);
		when(organization.getName()).thenReturn(name);

		return organization;
	}

	private static Organization _school() {
		return _organization(ReportViews.SCHOOL_ID, "Utbildningsförvaltningen");
	}

	private static Organization _social() {
		return _organization(
			ReportViews.SOCIAL_ID, "Socialförvaltningen <Stöd>");
	}

	private static TrainingMethod _trainingMethod(long id, String name) {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getTrainingMethodId()).thenReturn(id);
		when(trainingMethod.getName(any(Locale.class))).thenReturn(name);

		return trainingMethod;
	}

	private RenderedView _render(
			String state, ViewRequest viewRequest, boolean siteReader,
			ReportFiguresService reportFiguresService)
		throws Exception {

		ViewOverviewMVCRenderCommand renderCommand =
			new ViewOverviewMVCRenderCommand();

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		when(
			portletResourcePermission.contains(
				any(PermissionChecker.class), anyLong(),
				eq(ReportActionKeys.VIEW_REPORTS))
		).thenReturn(
			siteReader
		);

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);
		Organization social = _social();
		Organization school = _school();

		when(
			organizationLocalService.fetchOrganization(ReportViews.SOCIAL_ID)
		).thenReturn(
			social
		);
		when(
			organizationLocalService.fetchOrganization(ReportViews.SCHOOL_ID)
		).thenReturn(
			school
		);

		TrainingMethod mhfa = _trainingMethod(_MHFA_ID, "MHFA");
		TrainingMethod psyke = _trainingMethod(_PSYKE_ID, "Psyk-E <1>");

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(_MHFA_ID)
		).thenReturn(
			mhfa
		);
		when(
			trainingMethodLocalService.fetchTrainingMethod(_PSYKE_ID)
		).thenReturn(
			psyke
		);

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethods(
				longThat(groupId -> groupId != ViewHarness.SITE_GROUP_ID),
				anyInt(), anyInt(), anyInt())
		).thenReturn(
			List.of(mhfa, psyke)
		);

		Fields.set(renderCommand, "_organizationLocalService", organizationLocalService);
		Fields.set(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);
		Fields.set(renderCommand, "_reportFiguresService", reportFiguresService);
		Fields.set(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);
		Fields.set(
			renderCommand, "_trainingMethodService", trainingMethodService);
		Fields.set(
			renderCommand, "clock", Clock.fixed(ReportViews.NOW, ZoneOffset.UTC));

		return _viewHarness.render(
			"overview", state, viewRequest, renderCommand::render);
	}

	private ReportFiguresService _reportFiguresService(
			List<Organization> organizations, List<ReportFigure> reportFigures)
		throws Exception {

		ReportFiguresService reportFiguresService = mock(
			ReportFiguresService.class);

		when(
			reportFiguresService.getOrganizations(ViewHarness.SITE_GROUP_ID)
		).thenReturn(
			organizations
		);
		when(
			reportFiguresService.getFigures(
				anyLong(), any(Date.class), any(Date.class), anyLong(),
				anyBoolean(), anyLong())
		).thenReturn(
			reportFigures
		);

		return reportFiguresService;
	}

	private static final ReportFigure _HELD = new ReportFigure(
		ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 7, 3);

	private static final long _MHFA_ID = 7;

	private static final long _PSYKE_ID = 8;

	private static final ReportFigure _SCHOOL_MHFA = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, ReportViews.SCHOOL_ID, 7, 5);

	private static final ReportFigure _SOCIAL_MHFA = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, ReportViews.SOCIAL_ID, 7, 12);

	private static final ReportFigure _SOCIAL_PSYKE = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, ReportViews.SOCIAL_ID, 8, 4);

	private static ViewHarness _viewHarness;

}
