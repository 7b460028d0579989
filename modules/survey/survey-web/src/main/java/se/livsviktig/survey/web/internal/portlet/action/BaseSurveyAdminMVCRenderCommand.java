package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/**
 * What the admin views share: each reads through the remote survey services, which check the permission; a
 * refusal, or a survey gone meanwhile, shows the error page instead of a half-filled view.
 *
 * @author Livsviktig
 */
public abstract class BaseSurveyAdminMVCRenderCommand
	implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			return doRender(renderRequest, renderResponse);
		}
		catch (NoSuchModelException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

			return "/survey_admin/error.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}
	}

	protected abstract String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException;

	protected ThemeDisplay themeDisplay(RenderRequest renderRequest) {
		return (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

}
