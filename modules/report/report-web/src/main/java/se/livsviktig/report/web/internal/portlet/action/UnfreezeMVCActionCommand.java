package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.service.ReportFreezeService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.display.context.ReportErrorKeys;

/**
 * Withdraws a freeze with its reason (POST with the portal's CSRF token); the remote service checks
 * UNFREEZE_REPORTS and the local service refuses a missing reason. Back on the freeze, the reason kept after a
 * refusal.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.UNFREEZE
	},
	service = MVCActionCommand.class
)
public class UnfreezeMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long reportFreezeId = ParamUtil.getLong(
			actionRequest, "reportFreezeId");
		String reason = ParamUtil.getString(actionRequest, "reason");

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		renderParameters.setValue(
			"mvcRenderCommandName", ReportMVCCommandNames.VIEW_FREEZE);
		renderParameters.setValue(
			"reportFreezeId", String.valueOf(reportFreezeId));

		try {
			_reportFreezeService.unfreeze(reportFreezeId, reason);

			ReportActionOutcome.succeeded(
				_portal, actionRequest, "the-figures-were-unfrozen");
		}
		catch (PrincipalException principalException) {
			ReportActionOutcome.refused(
				_portal, actionRequest,
				"you-do-not-have-permission-to-unfreeze-figures");
		}
		catch (PortalException portalException) {
			String errorKey = ReportErrorKeys.of(portalException);

			if (errorKey == null) {
				throw portalException;
			}

			ReportActionOutcome.refused(_portal, actionRequest, errorKey);

			renderParameters.setValue("reason", reason);
		}
	}

	@Reference
	private Portal _portal;

	@Reference
	private ReportFreezeService _reportFreezeService;

}
