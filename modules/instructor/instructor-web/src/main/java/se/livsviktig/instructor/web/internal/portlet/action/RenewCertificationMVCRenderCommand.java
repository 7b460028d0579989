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
import se.livsviktig.instructor.web.internal.display.context.CertificationFormDisplayContext;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The form that renews a certification, read through the remote service (a reader who may not see it gets the
 * error page).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.RENEW_CERTIFICATION
	},
	service = MVCRenderCommand.class
)
public class RenewCertificationMVCRenderCommand
	extends BaseCertificationMVCRenderCommand {

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		renderRequest.setAttribute(
			InstructorWebKeys.CERTIFICATION_FORM_DISPLAY_CONTEXT,
			new CertificationFormDisplayContext(
				renderRequest, renderResponse,
				certificationRows(
					renderRequest
				).toRow(
					_certificationService.getCertification(
						ParamUtil.getLong(renderRequest, "certificationId"))
				),
				_trainingMethodService));

		return "/instructor_admin/edit_certification.jsp";
	}

	@Reference
	private CertificationService _certificationService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
