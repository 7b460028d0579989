package se.livsviktig.instructor.web.internal.display.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;

/**
 * The networks the person is in, each with their role, from their memberships and the networks those name: the
 * rows of "my networks", ordered by name, and each network's name for the meeting invitations.
 *
 * @author Livsviktig
 */
public class MyNetworks {

	public MyNetworks(
		List<NetworkMember> networkMembers,
		List<InstructorNetwork> instructorNetworks) {

		_networkMembers = networkMembers;

		for (InstructorNetwork instructorNetwork : instructorNetworks) {
			_networkNames.put(
				instructorNetwork.getInstructorNetworkId(),
				instructorNetwork.getName());
		}
	}

	/**
	 * @return the network's name, or an empty one when the person is no longer in it
	 */
	public String networkName(long instructorNetworkId) {
		return _networkNames.getOrDefault(instructorNetworkId, "");
	}

	public static String roleLabelKey(int role) {
		if (role == NetworkConstants.ROLE_COORDINATOR) {
			return "network-role-coordinator";
		}

		return "network-role-member";
	}

	/**
	 * @return one row per membership whose network exists, ordered by the network's name
	 */
	public List<NetworkMembershipRow> toRows() {
		List<NetworkMembershipRow> rows = new ArrayList<>();

		for (NetworkMember networkMember : _networkMembers) {
			String networkName = _networkNames.get(
				networkMember.getInstructorNetworkId());

			if (networkName != null) {
				rows.add(
					new NetworkMembershipRow(
						networkName, roleLabelKey(networkMember.getRole())));
			}
		}

		rows.sort(Comparator.comparing(NetworkMembershipRow::getNetworkName));

		return rows;
	}

	private final List<NetworkMember> _networkMembers;
	private final Map<Long, String> _networkNames = new HashMap<>();

}
