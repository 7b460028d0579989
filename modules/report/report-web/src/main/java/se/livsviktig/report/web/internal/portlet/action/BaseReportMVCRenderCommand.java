package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Clock;

import java.util.Date;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/**
 * What the report views share: they read through the remote services, so a reader without the permission gets the
 * error page with its reason instead of the view.
 *
 * @author Livsviktig
 */
public abstract class BaseReportMVCRenderCommand implements MVCRenderCommand {

	public static final String ERROR_JSP = "/error.jsp";

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			return doRender(renderRequest, renderResponse);
		}
		catch (PrincipalException principalException) {
			SessionErrors.add(renderRequest, principalException.getClass());

			return ERROR_JSP;
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

	protected Date now() {
		return Date.from(clock.instant());
	}

	protected ThemeDisplay themeDisplay(RenderRequest renderRequest) {
		return (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	protected Clock clock = Clock.systemUTC();

}
