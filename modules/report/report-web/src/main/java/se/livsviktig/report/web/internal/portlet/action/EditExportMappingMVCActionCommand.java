package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.service.ReportExportRowService;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;
import se.livsviktig.report.web.internal.export.ExportErrors;
import se.livsviktig.report.web.internal.export.ExportMappingDraft;

/**
 * The mapping editor's one form: "Save" saves the posted rows through the remote service (MANAGE_REPORT_MAPPING);
 * every other button (add a row, remove, move up or down) changes the draft and shows it again, unsaved. A refused
 * save shows the draft with the refusal's message; nothing is written.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + ReportPortletKeys.REPORT,
		"mvc.command.name=" + ReportMVCCommandNames.EDIT_EXPORT_MAPPING
	},
	service = MVCActionCommand.class
)
public class EditExportMappingMVCActionCommand extends BaseMVCActionCommand {

	public static final String MAPPING_SAVED = "mappingSaved";

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		renderParameters.setValue(
			"mvcRenderCommandName", ReportMVCCommandNames.VIEW_EXPORT);

		ExportMappingDraft exportMappingDraft =
			ExportMappingDraft.fromParameters(
				name -> ParamUtil.getString(actionRequest, name, null));

		String operation = ParamUtil.getString(actionRequest, "operation");

		if (!ExportMappingDraft.SAVE.equals(operation)) {
			_showDraft(renderParameters, exportMappingDraft.apply(operation));

			return;
		}

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			_reportExportRowService.updateMapping(
				themeDisplay.getScopeGroupId(), exportMappingDraft.getRows());

			SessionMessages.add(actionRequest, MAPPING_SAVED);
		}
		catch (PrincipalException principalException) {
			SessionErrors.add(actionRequest, principalException.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseReportMVCRenderCommand.ERROR_JSP);
		}
		catch (PortalException portalException) {
			if (!ExportErrors.INPUT_ERRORS.contains(
					portalException.getClass())) {

				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			_showDraft(renderParameters, exportMappingDraft);
		}
	}

	private void _showDraft(
		MutableRenderParameters renderParameters,
		ExportMappingDraft exportMappingDraft) {

		for (Map.Entry<String, String> entry :
				exportMappingDraft.toParameters(
				).entrySet()) {

			renderParameters.setValue(entry.getKey(), entry.getValue());
		}
	}

	@Reference
	private ReportExportRowService _reportExportRowService;

}
