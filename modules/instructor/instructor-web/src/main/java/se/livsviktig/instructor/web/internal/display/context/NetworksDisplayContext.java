package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/**
 * The site's networks the reader may view, with the add, edit and delete links their permissions allow, and
 * what the last action on a network did.
 *
 * @author Livsviktig
 */
public class NetworksDisplayContext {

	public static final String DELETED_MESSAGE_KEY = "the-network-was-deleted";

	public static final String SAVED_MESSAGE_KEY = "the-network-was-saved";

	public NetworksDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		List<NetworkRow> networkRows, boolean addable) {

		_renderRequest = renderRequest;
		_networkRows = networkRows;
		_addable = addable;

		_networkURLs = new NetworkAdminURLs(renderResponse);
	}

	public NetworkAdminURLs getNetworkURLs() {
		return _networkURLs;
	}

	public List<NetworkRow> getRows() {
		return _networkRows;
	}

	/**
	 * @return the language key of what the last action did, or null
	 */
	public String getSuccessMessageKey() {
		for (String messageKey :
				new String[] {DELETED_MESSAGE_KEY, SAVED_MESSAGE_KEY}) {

			if (SessionMessages.contains(_renderRequest, messageKey)) {
				return messageKey;
			}
		}

		return null;
	}

	/**
	 * @return whether the reader may start a network in this site (ADD_NETWORK, as the service checks)
	 */
	public boolean isAddable() {
		return _addable;
	}

	private final boolean _addable;
	private final List<NetworkRow> _networkRows;
	private final NetworkAdminURLs _networkURLs;
	private final RenderRequest _renderRequest;

}
