package se.livsviktig.careprogram.web.internal.portlet.action;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.NoSuchModelException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.JavaConstants;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Clock;

import java.util.Date;

import javax.portlet.PortletConfig;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.web.internal.badge.ReviewBadges;
import se.livsviktig.careprogram.web.internal.badge.ReviewStatusReader;

/**
 * What the care programme views share: they read through the remote services, so a reader without the
 * permission, or a programme or routine that no longer exists, gets the error page with its reason instead of the
 * view; and every view shows review badges in the reader's language, dates as the company counts days, at the same moment and with the
 * company's "due soon" days.
 *
 * @author Livsviktig
 */
public abstract class BaseCareProgramMVCRenderCommand
	implements MVCRenderCommand {

	public static final String ERROR_JSP = "/error.jsp";

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			return doRender(renderRequest, renderResponse);
		}
		catch (NoSuchModelException | PrincipalException exception) {
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
	 * @return badges in the reader's language, dates as the company counts days
	 */
	protected ReviewBadges reviewBadges(RenderRequest renderRequest)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		// The portlet's own resource bundle, as its JSPs read it: the class loader's "content.Language" can be
		// another bundle's.

		PortletConfig portletConfig = (PortletConfig)renderRequest.getAttribute(
			JavaConstants.JAVAX_PORTLET_CONFIG);

		return new ReviewBadges(
			portletConfig.getResourceBundle(themeDisplay.getLocale()),
			themeDisplay.getLocale(),
			themeDisplay.getCompany(
			).getTimeZone());
	}

	/**
	 * @return the review states now, with the company's reminder days
	 */
	protected ReviewStatusReader reviewStatusReader(RenderRequest renderRequest)
		throws PortalException {

		ThemeDisplay themeDisplay = themeDisplay(renderRequest);

		CareProgramCompanyConfiguration careProgramCompanyConfiguration =
			configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class,
				themeDisplay.getCompanyId());

		return new ReviewStatusReader(
			userLocalService, now(),
			careProgramCompanyConfiguration.reminderDaysBeforeDue(),
			themeDisplay.getCompany(
			).getTimeZone());
	}

	protected void setClock(Clock clock) {
		this.clock = clock;
	}

	protected ThemeDisplay themeDisplay(RenderRequest renderRequest) {
		return (ThemeDisplay)renderRequest.getAttribute(WebKeys.THEME_DISPLAY);
	}

	protected Clock clock = Clock.systemUTC();

	@Reference
	protected ConfigurationProvider configurationProvider;

	@Reference
	protected UserLocalService userLocalService;

}
