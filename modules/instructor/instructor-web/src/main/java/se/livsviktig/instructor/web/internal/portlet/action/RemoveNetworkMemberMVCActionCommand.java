package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.NetworkFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.NetworkMembersDisplayContext;

/**
 * Removes a member from the network (networkMemberId); the service keeps at least one coordinator.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.REMOVE_NETWORK_MEMBER
	},
	service = MVCActionCommand.class
)
public class RemoveNetworkMemberMVCActionCommand extends BaseNetworkMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_networkMemberService.removeNetworkMember(
			ParamUtil.getLong(actionRequest, "networkMemberId"));

		return NetworkMembersDisplayContext.REMOVED_MESSAGE_KEY;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return InstructorMVCCommandNames.VIEW_NETWORK_MEMBERS;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return NetworkFieldErrors.MEMBER_ERRORS;
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return InstructorMVCCommandNames.VIEW_NETWORK_MEMBERS;
	}

	@Reference
	private NetworkMemberService _networkMemberService;

}
