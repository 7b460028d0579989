package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.service.NetworkMemberService;
import se.livsviktig.instructor.web.internal.display.context.NetworkRows;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * What the network views share: they read through the remote services, so a reader without the permission, or
 * a network that no longer exists, gets the error page with its reason instead of the view.
 *
 * @author Livsviktig
 */
public abstract class BaseNetworkMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			return doRender(renderRequest, renderResponse);
		}
		catch (NoSuchInstructorNetworkException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

			return "/error.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}
	}

	/**
	 * Puts the view's display context on the request.
	 *
	 * @return the view's JSP
	 */
	protected abstract String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException;

	/**
	 * @return a row maker in the reader's language, with the reader's permissions
	 */
	protected NetworkRows networkRows(RenderRequest renderRequest) {
		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		return new NetworkRows(
			networkMemberService, userLocalService, trainingMethodLocalService,
			instructorNetworkModelResourcePermission,
			themeDisplay.getPermissionChecker(), themeDisplay.getLocale());
	}

	protected ThemeDisplay themeDisplay(RenderRequest renderRequest) {
		return (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.instructor.model.InstructorNetwork)"
	)
	protected ModelResourcePermission<InstructorNetwork>
		instructorNetworkModelResourcePermission;

	@Reference
	protected InstructorNetworkService instructorNetworkService;

	@Reference
	protected NetworkMemberService networkMemberService;

	@Reference
	protected TrainingMethodLocalService trainingMethodLocalService;

	@Reference
	protected UserLocalService userLocalService;

}
