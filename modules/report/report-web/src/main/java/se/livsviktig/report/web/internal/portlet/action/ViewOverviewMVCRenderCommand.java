package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.JavaConstants;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.text.NumberFormat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javax.portlet.PortletConfig;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.platform.web.GetFormTarget;
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.exception.ReportOrganizationException;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.exception.ReportTrainingMethodException;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFiguresService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.constants.ReportWebKeys;
import se.livsviktig.report.web.internal.display.context.DrillDownURLs;
import se.livsviktig.report.web.internal.display.context.FigureTable;
import se.livsviktig.report.web.internal.display.context.Option;
import se.livsviktig.report.web.internal.display.context.OverviewDisplayContext;
import se.livsviktig.report.web.internal.display.context.OverviewPeriodInput;
import se.livsviktig.report.web.internal.display.context.OverviewTables;
import se.livsviktig.report.web.internal.display.context.ReportErrorKeys;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The year's overview, the app's first page: the figures of the chosen period, administration and method, read
 * through the remote service (which decides what the reader may see). A reader of every administration starts
 * with all of them; a manager granted one organisation starts with theirs. Bad input shows its refusal.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=/",
		"mvc.command.name=" + ReportMVCCommandNames.VIEW_OVERVIEW
	},
	service = MVCRenderCommand.class
)
public class ViewOverviewMVCRenderCommand extends BaseReportMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long groupId = themeDisplay.getScopeGroupId();
		Locale locale = themeDisplay.getLocale();
		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		boolean siteReader = _portletResourcePermission.contains(
			themeDisplay.getPermissionChecker(), groupId,
			ReportActionKeys.VIEW_REPORTS);

		List<Organization> organizations =
			_reportFiguresService.getOrganizations(groupId);

		long organizationId = ParamUtil.getLong(
			renderRequest, "organizationId",
			(siteReader || organizations.isEmpty()) ? 0 :
				organizations.get(
					0
				).getOrganizationId());
		boolean rolledUp = ParamUtil.getBoolean(renderRequest, "rolledUp");
		long trainingMethodId = ParamUtil.getLong(
			renderRequest, "trainingMethodId");

		String year = ParamUtil.getString(renderRequest, "year");
		String firstDay = ParamUtil.getString(renderRequest, "firstDay");
		String lastDay = ParamUtil.getString(renderRequest, "lastDay");

		ResourceBundle resourceBundle = _resourceBundle(renderRequest, locale);

		String errorKey = null;
		String periodText = null;
		List<FigureTable> figureTables = Collections.emptyList();

		try {
			ReportPeriod reportPeriod = OverviewPeriodInput.parse(
				year, firstDay, lastDay, zoneId,
				LocalDate.ofInstant(clock.instant(), zoneId));

			if (year.isEmpty() && firstDay.isEmpty() && lastDay.isEmpty()) {
				year = String.valueOf(
					reportPeriod.getFirstDay(
					).getYear());
			}

			List<ReportFigure> reportFigures =
				_reportFiguresService.getFigures(
					groupId, reportPeriod.getFrom(), reportPeriod.getTo(),
					organizationId, rolledUp, trainingMethodId);

			periodText =
				reportPeriod.getFirstDay() + " – " + reportPeriod.getLastDay();

			NumberFormat numberFormat = NumberFormat.getNumberInstance(locale);

			numberFormat.setMaximumFractionDigits(1);

			ReportNames reportNames = new ReportNames(
				_organizationLocalService, _trainingMethodLocalService, locale);

			figureTables = new OverviewTables(
				key -> LanguageUtil.get(resourceBundle, key),
				reportNames::organizationName,
				methodId -> (methodId == 0) ?
					LanguageUtil.get(resourceBundle, "no-training-method") :
						reportNames.methodName(methodId),
				LanguageUtil.get(resourceBundle, "no-administration"),
				numberFormat,
				(figureKey, rowOrganizationId, rowTrainingMethodId, sex) ->
					DrillDownURLs.of(
						renderResponse, figureKey, reportPeriod,
						rowOrganizationId,
						OverviewTables.rowRolledUp(
							organizationId, rolledUp, rowOrganizationId),
						rowTrainingMethodId, sex)
			).toTables(
				reportFigures
			);
		}
		catch (DateTimeParseException | NumberFormatException |
			   ReportOrganizationException | ReportPeriodEndException |
			   ReportPeriodLengthException | ReportTrainingMethodException
				   exception) {

			errorKey = ReportErrorKeys.of(exception);
		}

		PortletURL formURL = renderResponse.createRenderURL();

		formURL.getRenderParameters(
		).setValue(
			"mvcRenderCommandName", ReportMVCCommandNames.VIEW_OVERVIEW
		);

		renderRequest.setAttribute(
			ReportWebKeys.OVERVIEW_DISPLAY_CONTEXT,
			new OverviewDisplayContext(
				new GetFormTarget(formURL.toString()),
				_yearOptions(year, LocalDate.ofInstant(clock.instant(), zoneId)),
				firstDay, lastDay,
				_organizationOptions(
					siteReader, organizations, organizationId, resourceBundle),
				rolledUp,
				_methodOptions(
					themeDisplay.getCompanyGroupId(), trainingMethodId, locale,
					resourceBundle),
				errorKey, periodText, figureTables));

		return "/overview/view.jsp";
	}

	/**
	 * @param companyGroupId training keeps the methods in the company's group, as its own pages read them
	 */
	private List<Option> _methodOptions(
		long companyGroupId, long trainingMethodId, Locale locale,
		ResourceBundle resourceBundle) {

		List<Option> options = new ArrayList<>();

		options.add(
			new Option(
				"0", LanguageUtil.get(resourceBundle, "all-methods"),
				trainingMethodId == 0));

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					companyGroupId, WorkflowConstants.STATUS_APPROVED,
					QueryUtil.ALL_POS, QueryUtil.ALL_POS)) {

			options.add(
				new Option(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(locale),
					trainingMethod.getTrainingMethodId() == trainingMethodId));
		}

		return options;
	}

	private List<Option> _organizationOptions(
		boolean siteReader, List<Organization> organizations,
		long organizationId, ResourceBundle resourceBundle) {

		List<Option> options = new ArrayList<>();

		if (siteReader) {
			options.add(
				new Option(
					"0", LanguageUtil.get(resourceBundle, "all-administrations"),
					organizationId == 0));
		}

		for (Organization organization : organizations) {
			options.add(
				new Option(
					String.valueOf(organization.getOrganizationId()),
					organization.getName(),
					organization.getOrganizationId() == organizationId));
		}

		return options;
	}

	/**
	 * The years a report is made for: this year and the five before it, the latest first.
	 */
	private List<Option> _yearOptions(String year, LocalDate today) {
		List<Option> options = new ArrayList<>();

		for (int i = 0; i <= ReportConstants.MAX_PERIOD_YEARS; i++) {
			String value = String.valueOf(today.getYear() - i);

			options.add(new Option(value, value, value.equals(year)));
		}

		return options;
	}

	/**
	 * The portlet's own resource bundle, as its JSPs read it: the class loader's "content.Language" can be another
	 * bundle's.
	 */
	private ResourceBundle _resourceBundle(
		RenderRequest renderRequest, Locale locale) {

		PortletConfig portletConfig = (PortletConfig)renderRequest.getAttribute(
			JavaConstants.JAVAX_PORTLET_CONFIG);

		return portletConfig.getResourceBundle(locale);
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ReportFiguresService _reportFiguresService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
