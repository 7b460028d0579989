package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.StringUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import se.livsviktig.instructor.model.NetworkMember;

/**
 * Makes the members page's rows: each member's name and organisations, coordinators first, then by name, so the
 * people who run the network are found at the top.
 *
 * @author Livsviktig
 */
public class NetworkMemberRows {

	public NetworkMemberRows(UserLocalService userLocalService) {
		_userLocalService = userLocalService;
	}

	public List<NetworkMemberRow> of(List<NetworkMember> networkMembers)
		throws PortalException {

		List<NetworkMemberRow> networkMemberRows = new ArrayList<>();

		for (NetworkMember networkMember : networkMembers) {
			User user = _userLocalService.fetchUser(
				networkMember.getMemberUserId());

			networkMemberRows.add(
				new NetworkMemberRow(
					networkMember.getNetworkMemberId(),
					(user == null) ? null : user.getFullName(),
					(user == null) ? "" : _organizationNames(user),
					networkMember.isCoordinator()));
		}

		networkMemberRows.sort(
			Comparator.comparing(
				NetworkMemberRow::isCoordinator
			).reversed(
			).thenComparing(
				networkMemberRow -> StringUtil.toLowerCase(
					String.valueOf(networkMemberRow.getName()))
			));

		return networkMemberRows;
	}

	private String _organizationNames(User user) throws PortalException {
		List<String> names = new ArrayList<>();

		for (Organization organization : user.getOrganizations()) {
			names.add(organization.getName());
		}

		return String.join(", ", names);
	}

	private final UserLocalService _userLocalService;

}
