package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchCertificationException;
import se.livsviktig.instructor.web.internal.display.context.CertificationRows;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * What the certification views share: they read through the remote service, so a reader without the
 * permission, or a certification that no longer exists, gets the error page with its reason instead of the view.
 *
 * @author Livsviktig
 */
public abstract class BaseCertificationMVCRenderCommand
	implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			return doRender(renderRequest, renderResponse);
		}
		catch (NoSuchCertificationException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

			return "/error.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}
	}

	/**
	 * @return a row maker in the reader's language and time zone
	 */
	protected CertificationRows certificationRows(RenderRequest renderRequest) {
		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		return new CertificationRows(
			userLocalService, trainingMethodLocalService,
			themeDisplay.getLocale(),
			themeDisplay.getTimeZone(
			).toZoneId());
	}

	/**
	 * Puts the view's display context on the request.
	 *
	 * @return the view's JSP
	 */
	protected abstract String doRender(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortalException;

	@Reference
	protected TrainingMethodLocalService trainingMethodLocalService;

	@Reference
	protected UserLocalService userLocalService;

}
