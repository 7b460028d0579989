package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.platform.web.GetFormTarget;

/**
 * A network's members page: the members with their role, and, for those who may update the network (the
 * service checks the same on every change), role changes, removal and a search for people to add.
 *
 * @author Livsviktig
 */
public class NetworkMembersDisplayContext {

	public static final String ADDED_MESSAGE_KEY = "the-member-was-added";

	public static final String REMOVED_MESSAGE_KEY = "the-member-was-removed";

	public static final String ROLE_CHANGED_MESSAGE_KEY =
		"the-members-role-was-changed";

	public NetworkMembersDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		long instructorNetworkId, String networkName,
		List<NetworkMemberRow> networkMemberRows,
		List<MemberCandidate> memberCandidates, boolean updatable) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_instructorNetworkId = instructorNetworkId;
		_networkName = networkName;
		_networkMemberRows = networkMemberRows;
		_memberCandidates = memberCandidates;
		_updatable = updatable;

		_errors = NetworkFieldErrors.ofMembersPage(renderRequest);
	}

	/**
	 * @return the action adding the person posted as memberUserId with the role posted
	 */
	public String getAddURL() {
		return _actionURL(InstructorMVCCommandNames.ADD_NETWORK_MEMBER);
	}

	public String getBackURL() {
		return new NetworkAdminURLs(
			_renderResponse
		).getNetworksURL();
	}

	public List<MemberCandidate> getCandidates() {
		return _memberCandidates;
	}

	public List<FieldError> getErrors() {
		return _errors;
	}

	public String getKeywords() {
		return ParamUtil.getString(_renderRequest, "keywords");
	}

	public List<NetworkMemberRow> getMembers() {
		return _networkMemberRows;
	}

	public String getNetworkName() {
		return _networkName;
	}

	public String getRemoveURL() {
		return _actionURL(InstructorMVCCommandNames.REMOVE_NETWORK_MEMBER);
	}

	public int getRoleCoordinator() {
		return NetworkConstants.ROLE_COORDINATOR;
	}

	public int getRoleMember() {
		return NetworkConstants.ROLE_MEMBER;
	}

	public GetFormTarget getSearchTarget() {
		return new GetFormTarget(
			new NetworkAdminURLs(
				_renderResponse
			).getMembersURL(
				_instructorNetworkId
			));
	}

	/**
	 * @return the language key of what the last action did, or null
	 */
	public String getSuccessMessageKey() {
		for (String messageKey :
				new String[] {
					ADDED_MESSAGE_KEY, REMOVED_MESSAGE_KEY,
					ROLE_CHANGED_MESSAGE_KEY
				}) {

			if (SessionMessages.contains(_renderRequest, messageKey)) {
				return messageKey;
			}
		}

		return null;
	}

	public String getUpdateRoleURL() {
		return _actionURL(InstructorMVCCommandNames.UPDATE_NETWORK_MEMBER_ROLE);
	}

	/**
	 * @return whether a search was made, so an empty result says "nobody found" rather than nothing
	 */
	public boolean isSearched() {
		return !getKeywords().isBlank();
	}

	public boolean isUpdatable() {
		return _updatable;
	}

	private String _actionURL(String actionName) {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			actionName
		).setKeywords(
			getKeywords()
		).setParameter(
			"instructorNetworkId", _instructorNetworkId
		).buildString();
	}

	private final List<FieldError> _errors;
	private final long _instructorNetworkId;
	private final List<MemberCandidate> _memberCandidates;
	private final String _networkName;
	private final List<NetworkMemberRow> _networkMemberRows;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final boolean _updatable;

}
