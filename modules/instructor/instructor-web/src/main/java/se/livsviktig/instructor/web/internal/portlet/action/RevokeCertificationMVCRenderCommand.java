package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.RevokeCertificationDisplayContext;

/**
 * The form that revokes a certification with a reason.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.REVOKE_CERTIFICATION
	},
	service = MVCRenderCommand.class
)
public class RevokeCertificationMVCRenderCommand
	extends BaseCertificationMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		renderRequest.setAttribute(
			InstructorWebKeys.REVOKE_CERTIFICATION_DISPLAY_CONTEXT,
			new RevokeCertificationDisplayContext(
				renderRequest, renderResponse,
				certificationRows(
					renderRequest
				).toRow(
					_certificationService.getCertification(
						ParamUtil.getLong(renderRequest, "certificationId"))
				)));

		return "/instructor_admin/revoke_certification.jsp";
	}

	@Reference
	private CertificationService _certificationService;

}
