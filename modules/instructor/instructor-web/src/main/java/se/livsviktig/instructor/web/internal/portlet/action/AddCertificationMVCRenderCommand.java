package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorActionKeys;
import se.livsviktig.instructor.constants.InstructorConstants;
import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.CertificationFormDisplayContext;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The form that adds a certification (empty, or again after a refusal with what was typed), for those who may
 * send it: the service checks MANAGE_CERTIFICATIONS in the company's group on the add, and the form asks the same
 * first, so nobody fills in a form that can only be refused.
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
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_portletResourcePermission.check(
			themeDisplay.getPermissionChecker(),
			themeDisplay.getCompanyGroupId(),
			InstructorActionKeys.MANAGE_CERTIFICATIONS);

		renderRequest.setAttribute(
			InstructorWebKeys.CERTIFICATION_FORM_DISPLAY_CONTEXT,
			new CertificationFormDisplayContext(
				renderRequest, renderResponse, null, _trainingMethodService));

		return "/instructor_admin/edit_certification.jsp";
	}

	@Reference(
		target = "(resource.name=" + InstructorConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
