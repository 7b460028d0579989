package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.NetworksDisplayContext;

/**
 * Deletes a network with its meetings, answers and memberships, posted from the confirmation.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.DELETE_NETWORK
	},
	service = MVCActionCommand.class
)
public class DeleteNetworkMVCActionCommand extends BaseNetworkMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_instructorNetworkService.deleteInstructorNetwork(
			ParamUtil.getLong(actionRequest, "instructorNetworkId"));

		return NetworksDisplayContext.DELETED_MESSAGE_KEY;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return InstructorMVCCommandNames.VIEW_NETWORKS;
	}

	/**
	 * Deleting has no input to refuse.
	 */
	@Override
	protected Set<Class<?>> getPageErrors() {
		return Set.of();
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return InstructorMVCCommandNames.DELETE_NETWORK;
	}

	@Reference
	private InstructorNetworkService _instructorNetworkService;

}
