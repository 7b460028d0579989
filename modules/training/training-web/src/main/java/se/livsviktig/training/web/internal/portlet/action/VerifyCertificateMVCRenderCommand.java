package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.web.internal.certificate.CertificateVerifier;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.VerifyCertificateDisplayContext;

/**
 * The catalogue's certificate check, open to everyone who can see the catalogue (guests too): checking reads
 * and changes nothing, so it is a render, and the link printed on a certificate can lead straight to it.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.VERIFY_CERTIFICATE
	},
	service = MVCRenderCommand.class
)
public class VerifyCertificateMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		renderRequest.setAttribute(
			TrainingWebKeys.VERIFY_CERTIFICATE_DISPLAY_CONTEXT,
			new VerifyCertificateDisplayContext(
				renderRequest, renderResponse, _certificateVerifier));

		return "/course_catalog/verify_certificate.jsp";
	}

	@Reference
	private CertificateVerifier _certificateVerifier;

}
