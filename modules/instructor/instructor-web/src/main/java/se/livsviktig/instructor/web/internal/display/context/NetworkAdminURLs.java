package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import javax.portlet.RenderResponse;

import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The render URLs of the network views, so every view links to the others the same way.
 *
 * @author Livsviktig
 */
public class NetworkAdminURLs {

	public NetworkAdminURLs(RenderResponse renderResponse) {
		_renderResponse = renderResponse;
	}

	public String getAddURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.EDIT_NETWORK
		).buildString();
	}

	public String getDeleteURL(long instructorNetworkId) {
		return _renderURL(
			InstructorMVCCommandNames.DELETE_NETWORK, instructorNetworkId);
	}

	public String getEditURL(long instructorNetworkId) {
		return _renderURL(
			InstructorMVCCommandNames.EDIT_NETWORK, instructorNetworkId);
	}

	public String getMeetingsURL(long instructorNetworkId) {
		return _renderURL(
			InstructorMVCCommandNames.VIEW_NETWORK_MEETINGS,
			instructorNetworkId);
	}

	public String getMembersURL(long instructorNetworkId) {
		return _renderURL(
			InstructorMVCCommandNames.VIEW_NETWORK_MEMBERS,
			instructorNetworkId);
	}

	public String getNetworksURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.VIEW_NETWORKS
		).buildString();
	}

	private String _renderURL(
		String mvcRenderCommandName, long instructorNetworkId) {

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			mvcRenderCommandName
		).setParameter(
			"instructorNetworkId", instructorNetworkId
		).buildString();
	}

	private final RenderResponse _renderResponse;

}
