package se.livsviktig.instructor.web.internal.display.context;

/**
 * One member of a network on the members page: name (null for a deleted user), organisations, and role.
 *
 * @author Livsviktig
 */
public class NetworkMemberRow {

	public NetworkMemberRow(
		long networkMemberId, String name, String organizationNames,
		boolean coordinator) {

		_networkMemberId = networkMemberId;
		_name = name;
		_organizationNames = organizationNames;
		_coordinator = coordinator;
	}

	public String getName() {
		return _name;
	}

	public long getNetworkMemberId() {
		return _networkMemberId;
	}

	public String getOrganizationNames() {
		return _organizationNames;
	}

	public boolean isCoordinator() {
		return _coordinator;
	}

	private final boolean _coordinator;
	private final String _name;
	private final long _networkMemberId;
	private final String _organizationNames;

}
