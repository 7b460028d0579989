package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.NetworkFormDisplayContext;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The network form: empty for a new network (instructorNetworkId 0), filled for an existing one, and again after
 * a refusal with what was typed. Shown only to someone who may send it (ADD_NETWORK in the site, or UPDATE on the
 * network, as the service checks), so nobody fills in a form that can only be refused.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.EDIT_NETWORK
	},
	service = MVCRenderCommand.class
)
public class EditNetworkMVCRenderCommand extends BaseNetworkMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		long instructorNetworkId = ParamUtil.getLong(
			renderRequest, "instructorNetworkId");

		InstructorNetwork instructorNetwork = null;

		if (instructorNetworkId > 0) {
			instructorNetwork = instructorNetworkService.getInstructorNetwork(
				instructorNetworkId);

			instructorNetworkModelResourcePermission.check(
				themeDisplay.getPermissionChecker(), instructorNetwork,
				ActionKeys.UPDATE);
		}
		else {
			_portletResourcePermission.check(
				themeDisplay.getPermissionChecker(),
				themeDisplay.getScopeGroupId(),
				InstructorActionKeys.ADD_NETWORK);
		}

		renderRequest.setAttribute(
			InstructorWebKeys.NETWORK_FORM_DISPLAY_CONTEXT,
			new NetworkFormDisplayContext(
				renderRequest, renderResponse, instructorNetwork,
				_trainingMethodService));

		return "/instructor_admin/edit_network.jsp";
	}

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
