package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.text.NumberFormat;

import java.util.ResourceBundle;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.service.ReportFiguresService;
import se.livsviktig.report.service.ReportFreezeService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.constants.ReportWebKeys;
import se.livsviktig.report.web.internal.display.context.DifferenceRows;
import se.livsviktig.report.web.internal.display.context.FreezeDisplayContext;
import se.livsviktig.report.web.internal.display.context.FreezeFigureListing;
import se.livsviktig.report.web.internal.display.context.FreezeRows;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * One freeze: what was frozen, each frozen figure whose value today differs with both values and the change (or,
 * asked for, every frozen figure: FreezeFigureListing), read through the remote services with the freeze's read
 * permission; and, for those with UNFREEZE_REPORTS, the form
 * that withdraws it with a reason.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.VIEW_FREEZE
	},
	service = MVCRenderCommand.class
)
public class ViewFreezeMVCRenderCommand extends BaseReportMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long reportFreezeId = ParamUtil.getLong(
			renderRequest, "reportFreezeId");

		ReportFreeze reportFreeze = _reportFreezeService.getReportFreeze(
			reportFreezeId);

		ResourceBundle resourceBundle = resourceBundle(renderRequest);

		ReportNames reportNames = new ReportNames(
			_organizationLocalService, _trainingMethodLocalService,
			themeDisplay.getLocale());

		NumberFormat numberFormat = NumberFormat.getNumberInstance(
			themeDisplay.getLocale());

		numberFormat.setMaximumFractionDigits(1);

		boolean showAll = ParamUtil.getBoolean(
			renderRequest, FreezeFigureListing.SHOW_ALL);

		renderRequest.setAttribute(
			ReportWebKeys.FREEZE_DISPLAY_CONTEXT,
			new FreezeDisplayContext(
				new FreezeRows(
					themeDisplay.getTimeZone(
					).toZoneId(),
					reportNames::organizationName,
					LanguageUtil.get(resourceBundle, "all-administrations")
				).toRow(
					reportFreeze
				),
				new DifferenceRows(
					key -> LanguageUtil.get(resourceBundle, key),
					reportNames::organizationName, reportNames::methodName,
					LanguageUtil.get(resourceBundle, "no-administration"),
					numberFormat
				).toRows(
					FreezeFigureListing.read(
						_reportFiguresService, reportFreezeId, showAll)
				),
				showAll,
				(reportFreeze.getStatus() == ReportConstants.STATUS_FROZEN) &&
				_portletResourcePermission.contains(
					themeDisplay.getPermissionChecker(),
					reportFreeze.getGroupId(),
					ReportActionKeys.UNFREEZE_REPORTS),
				ParamUtil.getString(renderRequest, "reason"),
				(String)SessionErrors.get(
					renderRequest, ReportWebKeys.REPORT_ERROR_KEY),
				(String)SessionMessages.get(
					renderRequest, ReportActionOutcome.SUCCESS_KEY)));

		return "/freezes/view_freeze.jsp";
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
	private ReportFreezeService _reportFreezeService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
