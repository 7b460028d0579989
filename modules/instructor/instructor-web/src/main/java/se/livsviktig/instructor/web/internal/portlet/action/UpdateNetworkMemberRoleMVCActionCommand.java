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
 * Makes a member coordinator or a coordinator member again (networkMemberId, role); the service keeps at least one coordinator.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.UPDATE_NETWORK_MEMBER_ROLE
	},
	service = MVCActionCommand.class
)
public class UpdateNetworkMemberRoleMVCActionCommand extends BaseNetworkMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_networkMemberService.updateNetworkMemberRole(
			ParamUtil.getLong(actionRequest, "networkMemberId"),
			ParamUtil.getInteger(actionRequest, "role", -1));

		return NetworkMembersDisplayContext.ROLE_CHANGED_MESSAGE_KEY;
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
