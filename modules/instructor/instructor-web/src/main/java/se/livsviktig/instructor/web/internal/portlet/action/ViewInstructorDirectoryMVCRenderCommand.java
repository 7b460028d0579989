package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorWebKeys;
import se.livsviktig.instructor.web.internal.display.context.InstructorDirectoryDisplayContext;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The instructor directory, filtered and paged by the remote service (any signed-in person of the company). A
 * guest, whom the service refuses, is asked to sign in instead of getting an error.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_DIRECTORY,
		"mvc.command.name=/"
	},
	service = MVCRenderCommand.class
)
public class ViewInstructorDirectoryMVCRenderCommand
	implements MVCRenderCommand {

	public static final int PAGE_SIZE = 20;

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		InstructorDirectoryDisplayContext instructorDirectoryDisplayContext =
			new InstructorDirectoryDisplayContext(
				renderRequest, renderResponse, _certificationService,
				_trainingMethodService, _trainingMethodLocalService,
				_organizationLocalService, themeDisplay, PAGE_SIZE);

		try {

			// Searching here, not in the JSP, lets a guest get the sign-in message instead of half a page.

			instructorDirectoryDisplayContext.getSearchContainer();
		}
		catch (PrincipalException.MustBeAuthenticated mustBeAuthenticated) {
			return "/instructor_directory/sign_in.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}

		renderRequest.setAttribute(
			InstructorWebKeys.INSTRUCTOR_DIRECTORY_DISPLAY_CONTEXT,
			instructorDirectoryDisplayContext);

		return "/instructor_directory/view.jsp";
	}

	@Reference
	private CertificationService _certificationService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
