package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFreezeService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.display.context.ReportErrorKeys;

/**
 * Freezes a year's figures of every administration, or of the one administration chosen (POST with the portal's
 * CSRF token); the remote service checks the caller's freeze scope. Back on the freeze view with the confirmation
 * or the refusal.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.FREEZE
	},
	service = MVCActionCommand.class
)
public class FreezeMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			_reportFreezeService.freeze(
				themeDisplay.getScopeGroupId(),
				ReportPeriod.ofYear(
					ParamUtil.getInteger(actionRequest, "year"),
					themeDisplay.getTimeZone(
					).toZoneId()),
				ParamUtil.getLong(actionRequest, "organizationId"));

			ReportActionOutcome.succeeded(
				_portal, actionRequest, "the-figures-were-frozen");
		}
		catch (PrincipalException principalException) {
			ReportActionOutcome.refused(
				_portal, actionRequest,
				"you-do-not-have-permission-to-freeze-figures");
		}
		catch (PortalException portalException) {
			String errorKey = ReportErrorKeys.of(portalException);

			if (errorKey == null) {
				throw portalException;
			}

			ReportActionOutcome.refused(_portal, actionRequest, errorKey);
		}

		actionResponse.getRenderParameters(
		).setValue(
			"mvcRenderCommandName", ReportMVCCommandNames.VIEW_FREEZES
		);
	}

	@Reference
	private Portal _portal;

	@Reference
	private ReportFreezeService _reportFreezeService;

}
