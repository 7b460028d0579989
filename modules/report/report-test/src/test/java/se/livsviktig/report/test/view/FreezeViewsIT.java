package se.livsviktig.report.test.view;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import java.net.URLDecoder;

import java.nio.charset.StandardCharsets;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

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
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.exception.NoSuchReportFreezeException;
import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.service.ReportFiguresService;
import se.livsviktig.report.service.ReportFreezeService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.constants.ReportWebKeys;
import se.livsviktig.report.web.internal.portlet.action.ViewFreezeMVCRenderCommand;
import se.livsviktig.report.web.internal.portlet.action.ViewFreezesMVCRenderCommand;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The freeze view and one freeze, rendered by their real render commands: the list (who, when, period, scope,
 * status) with the freeze form for those allowed to freeze (every administration or one; an administration's
 * manager their own only), without it for readers; one freeze's changed figures beside their frozen values, or every
 * frozen figure when asked (showAll in the render URL), and the unfreeze form with its required reason; each
 * confirmation and refusal in the reader's language; the refusal of a reader without the permission and of a freeze
 * that does not exist.
 *
 * @author Livsviktig
 */
public class FreezeViewsIT {

	@BeforeAll
	public static void setUpClass() {
		_viewHarness = ReportViews.harness();
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aCoordinatorSeesTheFreezesAndMayFreezeAYear(Locale locale)
		throws Exception {

		RenderedView view = _renderFreezes(
			"freezes", ViewRequest.in(locale), true,
			List.of(
				_freeze(702, ReportConstants.STATUS_FROZEN),
				_freeze(701, ReportConstants.STATUS_UNFROZEN)));

		view.assertHeading(
			2, view.message("freezes")
		).assertButton(
			view.message("freeze-the-figures")
		).assertTableRows(
			2
		);

		Assertions.assertEquals(
			"2025",
			view.select(
				"select[id$=year] option[selected]"
			).attr(
				"value"
			),
			"the last full year");
		Assertions.assertEquals(
			"post", view.select("form").attr("method"));
		String action = URLDecoder.decode(
			view.select(
				"form"
			).attr(
				"action"
			),
			StandardCharsets.UTF_8);

		Assertions.assertTrue(
			action.contains(ReportMVCCommandNames.FREEZE), action);

		Elements rows = view.select("tbody tr");

		Assertions.assertTrue(
			rows.get(0).text().contains("2025-01-01 – 2025-12-31"),
			rows.get(0).text());
		Assertions.assertTrue(rows.get(0).text().contains("Anna <Andersson>"));
		Assertions.assertTrue(rows.get(0).text().contains(view.message("frozen")));
		Assertions.assertTrue(rows.get(0).select("b").isEmpty(), "escaped");
		Assertions.assertTrue(
			rows.get(1).text().contains(view.message("unfrozen")));
		Assertions.assertTrue(rows.get(1).text().contains("Ali Hassan"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aCoordinatorFreezesEveryAdministrationOrOne(Locale locale)
		throws Exception {

		Organization social = mock(Organization.class);

		when(social.getOrganizationId()).thenReturn(ReportViews.SOCIAL_ID);
		when(social.getName()).thenReturn("Socialförvaltningen");

		RenderedView view = _renderFreezes(
			"freeze-scope", ViewRequest.in(locale), true, List.of(social),
			List.of(_freeze(702, ReportConstants.STATUS_FROZEN)));

		view.assertField(
			"organizationId", view.message("administrations-to-freeze"));
		view.assertText(
			view.message("administrations-to-freeze-help")
		).assertButton(
			view.message("freeze-the-figures")
		);

		Assertions.assertEquals(
			List.of(view.message("all-administrations"), "Socialförvaltningen"),
			view.select(
				"select[id$=organizationId] option"
			).eachText());
		Assertions.assertEquals(
			List.of("0", String.valueOf(ReportViews.SOCIAL_ID)),
			view.select(
				"select[id$=organizationId] option"
			).eachAttr(
				"value"
			));
		Assertions.assertEquals(
			"0",
			view.select(
				"select[id$=organizationId] option[selected]"
			).attr(
				"value"
			),
			"every administration unless one is chosen");

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void anAdministrationsManagerFreezesAndSeesTheirOwnOnly(
			Locale locale)
		throws Exception {

		Organization social = mock(Organization.class);

		when(social.getOrganizationId()).thenReturn(ReportViews.SOCIAL_ID);
		when(social.getName()).thenReturn("Socialförvaltningen");

		ReportFreeze socialFreeze = _freeze(703, ReportConstants.STATUS_FROZEN);

		when(
			socialFreeze.getOrganizationId()
		).thenReturn(
			ReportViews.SOCIAL_ID
		);

		RenderedView view = _renderFreezes(
			"administration-manager", ViewRequest.in(locale), false,
			List.of(social), List.of(socialFreeze));

		view.assertField(
			"organizationId", view.message("administrations-to-freeze"));
		view.assertTableRows(1);

		Assertions.assertEquals(
			List.of("Socialförvaltningen"),
			view.select(
				"select[id$=organizationId] option"
			).eachText(),
			"no choice of every administration");
		Assertions.assertTrue(
			view.select(
				"tbody tr"
			).get(
				0
			).text(
			).contains(
				"Socialförvaltningen"
			));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aFrozenYearIsConfirmed(Locale locale) throws Exception {
		RenderedView view = _renderFreezes(
			"frozen",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, "REPORT_SUCCESS_KEY",
					"the-figures-were-frozen")
			),
			true, List.of(_freeze(702, ReportConstants.STATUS_FROZEN)));

		view.assertAlert("success", view.message("the-figures-were-frozen"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aRefusedFreezeSaysWhy(Locale locale) throws Exception {
		RenderedView view = _renderFreezes(
			"freeze-refused",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, ReportWebKeys.REPORT_ERROR_KEY,
					"you-do-not-have-permission-to-freeze-figures")
			),
			false, List.of());

		view.assertAlert(
			"danger",
			view.message("you-do-not-have-permission-to-freeze-figures")
		).assertText(
			view.message("no-freezes-yet")
		).assertNone(
			"form", "a reader without FREEZE_REPORTS gets no freeze form"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aReaderWithoutThePermissionSeesNoFreezes(Locale locale)
		throws Exception {

		ReportFreezeService reportFreezeService = mock(
			ReportFreezeService.class);

		when(
			reportFreezeService.getReportFreezes(anyLong())
		).thenThrow(
			new PrincipalException.MustHavePermission(
				ViewHarness.USER_ID, ReportActionKeys.VIEW_REPORTS)
		);

		ViewFreezesMVCRenderCommand renderCommand = _freezesCommand(
			false, reportFreezeService);

		RenderedView view = _viewHarness.render(
			"freezes", "no-permission", ViewRequest.in(locale),
			renderCommand::render);

		view.assertAlert(
			"danger",
			view.message("you-do-not-have-permission-to-see-these-figures")
		).assertNone(
			"table", "no freezes"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aFreezeShowsItsChangesBesideTheFrozenValues(Locale locale)
		throws Exception {

		RenderedView view = _renderFreeze(
			"changes", ViewRequest.in(locale), true,
			_freeze(702, ReportConstants.STATUS_FROZEN),
			List.of(
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_COMPLETED, ReportViews.SOCIAL_ID,
					7, 10, 13),
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 7, 4, 2)));

		view.assertHeading(
			2, view.message("freeze-of-x", "2025-01-01 – 2025-12-31")
		).assertHeading(
			3, view.message("changes-since-the-freeze")
		).assertTableRows(
			2
		).assertButton(
			view.message("unfreeze-the-figures")
		).assertLink(
			view.message("show-every-frozen-figure"), "showAll=true"
		);

		Assertions.assertEquals(
			List.of(
				view.message("figure.training.completed"),
				"Socialförvaltningen", "MHFA", "10", "13", "+3"),
			view.select(
				"tbody tr"
			).get(
				0
			).select(
				"th, td"
			).eachText());
		Assertions.assertEquals(
			"\u22122",
			view.select(
				"tbody tr"
			).get(
				1
			).select(
				"td"
			).last(
			).text());
		Assertions.assertTrue(
			view.select(
				"textarea[id$=reason]"
			).hasAttr(
				"required"
			));
		Assertions.assertEquals("post", view.select("form").attr("method"));

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aFreezeListsEveryFrozenFigureWhenAsked(Locale locale)
		throws Exception {

		ReportFreeze reportFreeze = _freeze(702, ReportConstants.STATUS_FROZEN);

		ReportFreezeService reportFreezeService = mock(
			ReportFreezeService.class);

		when(
			reportFreezeService.getReportFreeze(702)
		).thenReturn(
			reportFreeze
		);

		ReportFiguresService reportFiguresService = mock(
			ReportFiguresService.class);

		when(
			reportFiguresService.getComparison(702)
		).thenReturn(
			List.of(
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_COMPLETED, ReportViews.SOCIAL_ID,
					7, 10, 13),
				new ReportFigureDifference(
					ReportFigureKeys.TRAINING_NO_SHOW, ReportViews.SOCIAL_ID, 7,
					2, 2))
		);

		ViewFreezeMVCRenderCommand renderCommand = _freezeCommand(
			false, reportFreezeService, reportFiguresService);

		RenderedView view = _viewHarness.render(
			"freeze", "every-figure",
			ViewRequest.in(
				locale
			).parameter(
				"reportFreezeId", "702"
			).parameter(
				"showAll", "true"
			),
			renderCommand::render);

		view.assertHeading(
			3, view.message("frozen-figures")
		).assertTableRows(
			2
		).assertLink(
			view.message("show-the-changed-figures-only"), "showAll=false"
		);

		Assertions.assertEquals(
			List.of(
				view.message("figure.training.no-show"), "Socialförvaltningen",
				"MHFA", "2", "2", "0"),
			view.select(
				"tbody tr"
			).get(
				1
			).select(
				"th, td"
			).eachText(),
			"an unchanged figure beside the changed one");
		Assertions.assertEquals(
			view.message("frozen-figures-caption"),
			view.select("caption").text());

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aFreezeWithoutChangesSaysSoAndAReaderMayNotUnfreeze(
			Locale locale)
		throws Exception {

		RenderedView view = _renderFreeze(
			"no-changes", ViewRequest.in(locale), false,
			_freeze(702, ReportConstants.STATUS_FROZEN), List.of());

		view.assertText(
			view.message("no-figure-has-changed-since-the-freeze")
		).assertNone(
			"form", "no UNFREEZE_REPORTS, no unfreeze form"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void anUnfreezeWithoutAReasonIsRefusedInTheReadersLanguage(
			Locale locale)
		throws Exception {

		RenderedView view = _renderFreeze(
			"unfreeze-without-reason",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionErrors.add(
					renderRequest, ReportWebKeys.REPORT_ERROR_KEY,
					"report-unfreeze-reason-error")
			),
			true, _freeze(702, ReportConstants.STATUS_FROZEN), List.of());

		view.assertAlert(
			"danger", view.message("report-unfreeze-reason-error")
		).assertField(
			"reason", view.message("reason-for-unfreezing")
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void anUnfrozenFreezeSaysByWhomAndWhy(Locale locale)
		throws Exception {

		RenderedView view = _renderFreeze(
			"unfrozen",
			ViewRequest.in(
				locale
			).afterAction(
				renderRequest -> SessionMessages.add(
					renderRequest, "REPORT_SUCCESS_KEY",
					"the-figures-were-unfrozen")
			),
			true, _freeze(701, ReportConstants.STATUS_UNFROZEN), List.of());

		view.assertAlert(
			"success", view.message("the-figures-were-unfrozen")
		).assertText(
			"Skickad <i>av misstag</i>"
		).assertNone(
			"form", "an unfrozen freeze cannot be unfrozen again"
		);

		_viewHarness.assertAccessible(view);
	}

	@MethodSource("se.livsviktig.report.test.view.ReportViews#locales")
	@ParameterizedTest
	public void aFreezeThatDoesNotExistSaysSo(Locale locale) throws Exception {
		ReportFreezeService reportFreezeService = mock(
			ReportFreezeService.class);

		when(
			reportFreezeService.getReportFreeze(anyLong())
		).thenThrow(
			new NoSuchReportFreezeException()
		);

		ViewFreezeMVCRenderCommand renderCommand = _freezeCommand(
			true, reportFreezeService, mock(ReportFiguresService.class));

		RenderedView view = _viewHarness.render(
			"freeze", "not-found",
			ViewRequest.in(
				locale
			).parameter(
				"reportFreezeId", "999"
			),
			renderCommand::render);

		view.assertAlert(
			"danger", view.message("the-freeze-could-not-be-found"));

		_viewHarness.assertAccessible(view);
	}

	private static ReportFreeze _freeze(long reportFreezeId, int status) {
		ReportFreeze reportFreeze = mock(ReportFreeze.class);

		when(reportFreeze.getReportFreezeId()).thenReturn(reportFreezeId);
		when(reportFreeze.getGroupId()).thenReturn(ViewHarness.SITE_GROUP_ID);
		when(reportFreeze.getUserName()).thenReturn("Anna <Andersson>");
		when(
			reportFreeze.getCreateDate()
		).thenReturn(
			Date.from(Instant.parse("2026-01-20T09:30:00Z"))
		);
		when(
			reportFreeze.getPeriodFrom()
		).thenReturn(
			Date.from(Instant.parse("2025-01-01T00:00:00Z"))
		);
		when(
			reportFreeze.getPeriodTo()
		).thenReturn(
			Date.from(Instant.parse("2026-01-01T00:00:00Z"))
		);
		when(reportFreeze.getStatus()).thenReturn(status);

		if (status == ReportConstants.STATUS_UNFROZEN) {
			when(reportFreeze.getUnfrozenByUserName()).thenReturn("Ali Hassan");
			when(
				reportFreeze.getUnfrozenDate()
			).thenReturn(
				Date.from(Instant.parse("2026-02-01T08:00:00Z"))
			);
			when(
				reportFreeze.getUnfreezeReason()
			).thenReturn(
				"Skickad <i>av misstag</i>"
			);
		}

		return reportFreeze;
	}

	private ViewFreezeMVCRenderCommand _freezeCommand(
			boolean mayChange, ReportFreezeService reportFreezeService,
			ReportFiguresService reportFiguresService)
		throws Exception {

		ViewFreezeMVCRenderCommand renderCommand =
			new ViewFreezeMVCRenderCommand();

		_inject(renderCommand, mayChange);
		Fields.set(renderCommand, "_reportFreezeService", reportFreezeService);
		Fields.set(
			renderCommand, "_reportFiguresService", reportFiguresService);

		return renderCommand;
	}

	private ViewFreezesMVCRenderCommand _freezesCommand(
			boolean mayChange, ReportFreezeService reportFreezeService)
		throws Exception {

		ViewFreezesMVCRenderCommand renderCommand =
			new ViewFreezesMVCRenderCommand();

		_inject(renderCommand, mayChange);
		Fields.set(renderCommand, "_reportFreezeService", reportFreezeService);

		return renderCommand;
	}

	private void _inject(Object renderCommand, boolean mayChange)
		throws Exception {

		PortletResourcePermission portletResourcePermission = mock(
			PortletResourcePermission.class);

		when(
			portletResourcePermission.contains(
				any(PermissionChecker.class), anyLong(), any(String.class))
		).thenReturn(
			mayChange
		);

		Organization social = mock(Organization.class);

		when(social.getName()).thenReturn("Socialförvaltningen");

		OrganizationLocalService organizationLocalService = mock(
			OrganizationLocalService.class);

		when(
			organizationLocalService.fetchOrganization(ReportViews.SOCIAL_ID)
		).thenReturn(
			social
		);

		TrainingMethod mhfa = mock(TrainingMethod.class);

		when(mhfa.getName(any(Locale.class))).thenReturn("MHFA");

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(7)
		).thenReturn(
			mhfa
		);

		Fields.set(
			renderCommand, "_portletResourcePermission",
			portletResourcePermission);
		Fields.set(
			renderCommand, "_organizationLocalService",
			organizationLocalService);
		Fields.set(
			renderCommand, "_trainingMethodLocalService",
			trainingMethodLocalService);
		Fields.set(
			renderCommand, "clock",
			Clock.fixed(ReportViews.NOW, ZoneOffset.UTC));
	}

	private RenderedView _renderFreeze(
			String state, ViewRequest viewRequest, boolean mayUnfreeze,
			ReportFreeze reportFreeze,
			List<ReportFigureDifference> differences)
		throws Exception {

		long reportFreezeId = reportFreeze.getReportFreezeId();

		ReportFreezeService reportFreezeService = mock(
			ReportFreezeService.class);

		when(
			reportFreezeService.getReportFreeze(reportFreezeId)
		).thenReturn(
			reportFreeze
		);

		ReportFiguresService reportFiguresService = mock(
			ReportFiguresService.class);

		when(
			reportFiguresService.getDifferences(reportFreezeId)
		).thenReturn(
			differences
		);

		ViewFreezeMVCRenderCommand renderCommand = _freezeCommand(
			mayUnfreeze, reportFreezeService, reportFiguresService);

		return _viewHarness.render(
			"freeze", state,
			viewRequest.parameter(
				"reportFreezeId", String.valueOf(reportFreezeId)),
			renderCommand::render);
	}

	private RenderedView _renderFreezes(
			String state, ViewRequest viewRequest, boolean mayFreeze,
			List<ReportFreeze> reportFreezes)
		throws Exception {

		return _renderFreezes(
			state, viewRequest, mayFreeze, List.of(), reportFreezes);
	}

	/**
	 * @param mayFreezeEveryAdministration whether the reader has FREEZE_REPORTS in the site
	 * @param freezableOrganizations the administrations the service lets the reader freeze one by one
	 */
	private RenderedView _renderFreezes(
			String state, ViewRequest viewRequest,
			boolean mayFreezeEveryAdministration,
			List<Organization> freezableOrganizations,
			List<ReportFreeze> reportFreezes)
		throws Exception {

		boolean mayFreeze = mayFreezeEveryAdministration;

		ReportFreezeService reportFreezeService = mock(
			ReportFreezeService.class);

		when(
			reportFreezeService.getFreezableOrganizations(
				ViewHarness.SITE_GROUP_ID)
		).thenReturn(
			freezableOrganizations
		);

		when(
			reportFreezeService.getReportFreezes(
				eq(ViewHarness.SITE_GROUP_ID))
		).thenReturn(
			reportFreezes
		);

		return _viewHarness.render(
			"freezes", state, viewRequest,
			_freezesCommand(mayFreeze, reportFreezeService)::render);
	}

	private static ViewHarness _viewHarness;

}
