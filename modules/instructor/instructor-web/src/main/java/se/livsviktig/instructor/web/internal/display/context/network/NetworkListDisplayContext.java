package se.livsviktig.instructor.web.internal.display.context.network;

import java.util.List;

/**
 * The networks of the site that the reader may view (the service leaves out the others), one link each.
 *
 * @author Livsviktig
 */
public class NetworkListDisplayContext {

	public NetworkListDisplayContext(List<NetworkLink> networkLinks) {
		_networkLinks = networkLinks;
	}

	public List<NetworkLink> getNetworkLinks() {
		return _networkLinks;
	}

	private final List<NetworkLink> _networkLinks;

}
