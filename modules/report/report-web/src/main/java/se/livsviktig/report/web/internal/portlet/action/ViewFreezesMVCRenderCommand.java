package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.time.LocalDate;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.service.ReportFreezeService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.constants.ReportWebKeys;
import se.livsviktig.report.web.internal.display.context.FreezeRow;
import se.livsviktig.report.web.internal.display.context.FreezeRows;
import se.livsviktig.report.web.internal.display.context.FreezeScopeOptions;
import se.livsviktig.report.web.internal.display.context.FreezesDisplayContext;
import se.livsviktig.report.web.internal.display.context.Option;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The freeze view: the freezes the reader may read (who, when, period, scope, status), read through the remote
 * service, and, for those who may freeze, the form that freezes a year (the last full year chosen) of every
 * administration or of one (FreezeScopeOptions).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.VIEW_FREEZES
	},
	service = MVCRenderCommand.class
)
public class ViewFreezesMVCRenderCommand extends BaseReportMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		ReportNames reportNames = new ReportNames(
			_organizationLocalService, _trainingMethodLocalService,
			themeDisplay.getLocale());

		LocalDate today = LocalDate.ofInstant(clock.instant(), zoneId);

		List<Option> yearOptions = new ArrayList<>();

		for (int i = 1; i <= ReportConstants.MAX_PERIOD_YEARS; i++) {
			String year = String.valueOf(today.getYear() - i);

			yearOptions.add(new Option(year, year, i == 1));
		}

		List<FreezeRow> freezeRows = new FreezeRows(
			zoneId, reportNames::organizationName,
			LanguageUtil.get(
				resourceBundle(renderRequest), "all-administrations")
		).toRows(
			_reportFreezeService.getReportFreezes(
				themeDisplay.getScopeGroupId())
		);

		renderRequest.setAttribute(
			ReportWebKeys.FREEZES_DISPLAY_CONTEXT,
			new FreezesDisplayContext(
				freezeRows, yearOptions,
				FreezeScopeOptions.of(
					_portletResourcePermission.contains(
						themeDisplay.getPermissionChecker(),
						themeDisplay.getScopeGroupId(),
						ReportActionKeys.FREEZE_REPORTS),
					_reportFreezeService.getFreezableOrganizations(
						themeDisplay.getScopeGroupId()),
					LanguageUtil.get(
						resourceBundle(renderRequest), "all-administrations")),
				(String)SessionErrors.get(
					renderRequest, ReportWebKeys.REPORT_ERROR_KEY),
				(String)SessionMessages.get(
					renderRequest, ReportActionOutcome.SUCCESS_KEY)));

		return "/freezes/view_freezes.jsp";
	}

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference(
		target = "(resource.name=" + ReportConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private ReportFreezeService _reportFreezeService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
