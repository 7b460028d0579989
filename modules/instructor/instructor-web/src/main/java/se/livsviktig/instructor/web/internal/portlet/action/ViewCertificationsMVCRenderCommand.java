package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.CertificationsDisplayContext;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The app's first view: the company's certifications, filtered and paged.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=/",
		"mvc.command.name=" + InstructorMVCCommandNames.VIEW_CERTIFICATIONS
	},
	service = MVCRenderCommand.class
)
public class ViewCertificationsMVCRenderCommand
	extends BaseCertificationMVCRenderCommand {

	public static final int PAGE_SIZE = 20;

	@Override
	protected String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException {

		CertificationsDisplayContext certificationsDisplayContext =
			new CertificationsDisplayContext(
				renderRequest, renderResponse, _certificationService,
				_trainingMethodService, certificationRows(renderRequest),
				PAGE_SIZE);

		// Searching here, not in the JSP, lets a refused reader get the error page instead of half a list.

		certificationsDisplayContext.getSearchContainer();

		renderRequest.setAttribute(
			InstructorWebKeys.CERTIFICATIONS_DISPLAY_CONTEXT,
			certificationsDisplayContext);

		return "/instructor_admin/view_certifications.jsp";
	}

	@Reference
	private CertificationService _certificationService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
