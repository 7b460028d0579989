package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.NetworksDisplayContext;

/**
 * The networks section of the app: the site's networks the reader may view.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.VIEW_NETWORKS
	},
	service = MVCRenderCommand.class
)
public class ViewNetworksMVCRenderCommand extends BaseNetworkMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		renderRequest.setAttribute(
			InstructorWebKeys.NETWORKS_DISPLAY_CONTEXT,
			new NetworksDisplayContext(
				renderRequest, renderResponse,
				networkRows(
					renderRequest
				).of(
					instructorNetworkService.getGroupInstructorNetworks(
						themeDisplay.getScopeGroupId())
				),
				_portletResourcePermission.contains(
					themeDisplay.getPermissionChecker(),
					themeDisplay.getScopeGroupId(),
					InstructorActionKeys.ADD_NETWORK)));

		return "/instructor_admin/view_networks.jsp";
	}

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

}
