package se.livsviktig.instructor.web.internal.display.context.network;

/**
 * A network in the list of a site's networks: its name and the link to its page.
 *
 * @author Livsviktig
 */
public class NetworkLink {

	public NetworkLink(String name, String url) {
		_name = name;
		_url = url;
	}

	public String getName() {
		return _name;
	}

	public String getURL() {
		return _url;
	}

	private final String _name;
	private final String _url;

}
