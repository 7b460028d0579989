package se.livsviktig.instructor.web.internal.display.context;

/**
 * One network the person is in, with their role in it as a language key. Values are plain text; the JSP escapes
 * them.
 *
 * @author Livsviktig
 */
public class NetworkMembershipRow {

	public NetworkMembershipRow(String networkName, String roleLabelKey) {
		_networkName = networkName;
		_roleLabelKey = roleLabelKey;
	}

	public String getNetworkName() {
		return _networkName;
	}

	public String getRoleLabelKey() {
		return _roleLabelKey;
	}

	private final String _networkName;
	private final String _roleLabelKey;

}
