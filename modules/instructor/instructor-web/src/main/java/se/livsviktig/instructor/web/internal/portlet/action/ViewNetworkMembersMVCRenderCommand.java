package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.MemberCandidate;
import se.livsviktig.instructor.web.internal.display.context.MemberCandidates;
import se.livsviktig.instructor.web.internal.display.context.NetworkMemberRows;
import se.livsviktig.instructor.web.internal.display.context.NetworkMembersDisplayContext;

/**
 * A network's members page (instructorNetworkId), with the search for people to add (keywords) for those who
 * may update the network.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.VIEW_NETWORK_MEMBERS
	},
	service = MVCRenderCommand.class
)
public class ViewNetworkMembersMVCRenderCommand
	extends BaseNetworkMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		InstructorNetwork instructorNetwork =
			instructorNetworkService.getInstructorNetwork(
				ParamUtil.getLong(renderRequest, "instructorNetworkId"));

		List<NetworkMember> networkMembers =
			networkMemberService.getNetworkMembers(
				instructorNetwork.getInstructorNetworkId());

		boolean updatable = instructorNetworkModelResourcePermission.contains(
			themeDisplay.getPermissionChecker(), instructorNetwork,
			ActionKeys.UPDATE);

		List<MemberCandidate> memberCandidates = List.of();

		if (updatable) {
			memberCandidates = new MemberCandidates(
				userLocalService
			).search(
				themeDisplay.getCompanyId(),
				ParamUtil.getString(renderRequest, "keywords"),
				_memberUserIds(networkMembers)
			);
		}

		renderRequest.setAttribute(
			InstructorWebKeys.NETWORK_MEMBERS_DISPLAY_CONTEXT,
			new NetworkMembersDisplayContext(
				renderRequest, renderResponse,
				instructorNetwork.getInstructorNetworkId(),
				instructorNetwork.getName(),
				new NetworkMemberRows(
					userLocalService
				).of(
					networkMembers
				),
				memberCandidates, updatable));

		return "/instructor_admin/view_network_members.jsp";
	}

	private Set<Long> _memberUserIds(List<NetworkMember> networkMembers) {
		Set<Long> memberUserIds = new HashSet<>();

		for (NetworkMember networkMember : networkMembers) {
			memberUserIds.add(networkMember.getMemberUserId());
		}

		return memberUserIds;
	}

}
