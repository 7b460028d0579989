package se.livsviktig.report.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.JavaConstants;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Clock;

import java.util.Date;
import java.util.ResourceBundle;

import javax.portlet.PortletConfig;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.report.exception.NoSuchReportFreezeException;

/**
 * What the report views share: they read through the remote services, so a reader without the permission gets the
 * error page with its reason instead of the view, and so does a freeze that does not exist.
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
		catch (NoSuchReportFreezeException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

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

	/**
	 * The portlet's own resource bundle, as its JSPs read it: the class loader's "content.Language" can be another
	 * bundle's.
	 */
	protected ResourceBundle resourceBundle(RenderRequest renderRequest) {
		PortletConfig portletConfig = (PortletConfig)renderRequest.getAttribute(
			JavaConstants.JAVAX_PORTLET_CONFIG);

		return portletConfig.getResourceBundle(
			themeDisplay(
				renderRequest
			).getLocale());
	}

	protected ThemeDisplay themeDisplay(RenderRequest renderRequest) {
		return (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	protected Clock clock = Clock.systemUTC();

}
