package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.DeleteNetworkDisplayContext;

/**
 * The confirmation before a network is deleted, for someone who may delete it (DELETE on the network, as the
 * service checks); it says what goes with the network.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.DELETE_NETWORK
	},
	service = MVCRenderCommand.class
)
public class DeleteNetworkMVCRenderCommand extends BaseNetworkMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		InstructorNetwork instructorNetwork =
			instructorNetworkService.getInstructorNetwork(
				ParamUtil.getLong(renderRequest, "instructorNetworkId"));

		instructorNetworkModelResourcePermission.check(
			themeDisplay(
				renderRequest
			).getPermissionChecker(),
			instructorNetwork, ActionKeys.DELETE);

		renderRequest.setAttribute(
			InstructorWebKeys.DELETE_NETWORK_DISPLAY_CONTEXT,
			new DeleteNetworkDisplayContext(
				renderResponse,
				networkRows(
					renderRequest
				).of(
					List.of(instructorNetwork)
				).get(
					0
				)));

		return "/instructor_admin/delete_network.jsp";
	}

}
