package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import javax.portlet.RenderResponse;

import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The links every certifications view offers: the list, a person's history, and the renew and revoke forms of
 * one certification. Render URLs only; the forms post to action URLs.
 *
 * @author Livsviktig
 */
public class CertificationURLs {

	public CertificationURLs(RenderResponse renderResponse) {
		_renderResponse = renderResponse;
	}

	public String getHistoryURL(long holderUserId) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.VIEW_HOLDER_CERTIFICATIONS
		).setParameter(
			"holderUserId", holderUserId
		).buildString();
	}

	public String getListURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			InstructorMVCCommandNames.VIEW_CERTIFICATIONS
		).buildString();
	}

	public String getRenewURL(long certificationId) {
		return _certificationURL(
			InstructorMVCCommandNames.RENEW_CERTIFICATION, certificationId);
	}

	public String getRevokeURL(long certificationId) {
		return _certificationURL(
			InstructorMVCCommandNames.REVOKE_CERTIFICATION, certificationId);
	}

	private String _certificationURL(
		String mvcRenderCommandName, long certificationId) {

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			mvcRenderCommandName
		).setParameter(
			"certificationId", certificationId
		).buildString();
	}

	private final RenderResponse _renderResponse;

}
