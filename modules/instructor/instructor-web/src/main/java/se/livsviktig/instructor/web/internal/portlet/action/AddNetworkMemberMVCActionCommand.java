package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.NetworkFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.NetworkMembersDisplayContext;

/**
 * Adds the person picked on the members page (memberUserId) as a member or coordinator (role).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.ADD_NETWORK_MEMBER
	},
	service = MVCActionCommand.class
)
public class AddNetworkMemberMVCActionCommand extends BaseNetworkMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_networkMemberService.addNetworkMember(
			ParamUtil.getLong(actionRequest, "instructorNetworkId"),
			ParamUtil.getLong(actionRequest, "memberUserId"),
			ParamUtil.getInteger(actionRequest, "role", -1),
			ServiceContextFactory.getInstance(
				NetworkMember.class.getName(), actionRequest));

		return NetworkMembersDisplayContext.ADDED_MESSAGE_KEY;
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
