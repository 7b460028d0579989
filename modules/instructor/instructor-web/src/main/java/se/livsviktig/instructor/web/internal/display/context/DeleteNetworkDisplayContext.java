package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import javax.portlet.RenderResponse;

import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The confirmation before a network is deleted: what goes with it, and one POST that deletes it, so nothing is
 * deleted by following a link or by a script's confirm box.
 *
 * @author Livsviktig
 */
public class DeleteNetworkDisplayContext {

	public DeleteNetworkDisplayContext(
		RenderResponse renderResponse, NetworkRow networkRow) {

		_renderResponse = renderResponse;
		_networkRow = networkRow;
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			InstructorMVCCommandNames.DELETE_NETWORK
		).setParameter(
			"instructorNetworkId", _networkRow.getInstructorNetworkId()
		).buildString();
	}

	public String getCancelURL() {
		return new NetworkAdminURLs(
			_renderResponse
		).getNetworksURL();
	}

	public NetworkRow getNetwork() {
		return _networkRow;
	}

	private final NetworkRow _networkRow;
	private final RenderResponse _renderResponse;

}
