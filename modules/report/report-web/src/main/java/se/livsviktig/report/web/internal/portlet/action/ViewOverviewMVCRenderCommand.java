package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.report.constants.ReportPortletKeys;
import se.livsviktig.report.web.internal.constants.ReportMVCCommandNames;

/**
 * The year's overview, the app's first page.
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

		return "/overview/view.jsp";
	}

}
