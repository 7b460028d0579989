package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.CertificationFormDisplayContext;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The form that adds a certification (empty, or again after a refusal with what was typed).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.ADD_CERTIFICATION
	},
	service = MVCRenderCommand.class
)
public class AddCertificationMVCRenderCommand
	extends BaseCertificationMVCRenderCommand {

	@Override
	protected String doRender(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		renderRequest.setAttribute(
			InstructorWebKeys.CERTIFICATION_FORM_DISPLAY_CONTEXT,
			new CertificationFormDisplayContext(
				renderRequest, renderResponse, null, _trainingMethodService));

		return "/instructor_admin/edit_certification.jsp";
	}

	@Reference
	private TrainingMethodService _trainingMethodService;

}
