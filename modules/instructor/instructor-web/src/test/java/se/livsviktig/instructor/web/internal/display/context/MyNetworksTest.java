package se.livsviktig.instructor.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMember;

/**
 * "My networks": each network the person is in with their role, by name; a membership whose network is gone is
 * left out; none gives no rows.
 *
 * @author Livsviktig
 */
public class MyNetworksTest {

	@Test
	public void eachNetworkWithMyRoleByName() {
		MyNetworks myNetworks = new MyNetworks(
			List.of(
				_member(2, NetworkConstants.ROLE_MEMBER),
				_member(1, NetworkConstants.ROLE_COORDINATOR),
				_member(3, NetworkConstants.ROLE_MEMBER)),
			List.of(
				_network(1, "Västernorrlands MHFA-nätverk"),
				_network(2, "Instruktörer i Sundsvall")));

		List<NetworkMembershipRow> rows = myNetworks.toRows();

		assertEquals(2, rows.size(), "network 3 no longer exists");
		assertEquals("Instruktörer i Sundsvall", rows.get(0).getNetworkName());
		assertEquals("network-role-member", rows.get(0).getRoleLabelKey());
		assertEquals(
			"Västernorrlands MHFA-nätverk", rows.get(1).getNetworkName());
		assertEquals(
			"network-role-coordinator", rows.get(1).getRoleLabelKey());
		assertEquals("Instruktörer i Sundsvall", myNetworks.networkName(2));
		assertEquals("", myNetworks.networkName(3));
	}

	@Test
	public void noMembershipsNoRows() {
		assertEquals(List.of(), new MyNetworks(List.of(), List.of()).toRows());
	}

	private static NetworkMember _member(long instructorNetworkId, int role) {
		NetworkMember networkMember = mock(NetworkMember.class);

		when(
			networkMember.getInstructorNetworkId()
		).thenReturn(
			instructorNetworkId
		);
		when(
			networkMember.getRole()
		).thenReturn(
			role
		);

		return networkMember;
	}

	private static InstructorNetwork _network(
		long instructorNetworkId, String name) {

		InstructorNetwork instructorNetwork = mock(InstructorNetwork.class);

		when(
			instructorNetwork.getInstructorNetworkId()
		).thenReturn(
			instructorNetworkId
		);
		when(
			instructorNetwork.getName()
		).thenReturn(
			name
		);

		return instructorNetwork;
	}

}
