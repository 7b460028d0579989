package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.portlet.LiferayPortletRequest;
import com.liferay.portal.kernel.portlet.LiferayPortletResponse;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Locale;

import javax.portlet.PortletRequest;

import javax.servlet.http.HttpServletRequest;

import se.livsviktig.platform.view.harness.WebBundle;

/**
 * PortalUtil's Portal for the static calls the portal's tags and kernel utilities make (SessionErrors, the URL
 * tags, TagResourceBundleUtil). Not the Portal a component gets by @Reference: tests hand those a mock.
 *
 * @author Livsviktig
 */
public class PortalDouble {

	public static Portal create(
		WebBundle webBundle, LanguageDouble languageDouble) {

		return InterfaceDouble.of(
			Portal.class
		).answer(
			"getHttpServletRequest",
			args -> ((LiferayPortletRequest)args[0]).getHttpServletRequest()
		).answer(
			"getOriginalServletRequest", args -> args[0]
		).answer(
			"getLiferayPortletRequest",
			args -> (args[0] instanceof LiferayPortletRequest) ? args[0] : null
		).answer(
			"getLiferayPortletResponse",
			args -> (args[0] instanceof LiferayPortletResponse) ? args[0] :
				null
		).answer(
			"getPortletId",
			args -> {
				if (args[0] instanceof PortletRequest) {
					return ((PortletRequest)args[0]).getAttribute(
						WebKeys.PORTLET_ID);
				}

				return ((HttpServletRequest)args[0]).getAttribute(
					WebKeys.PORTLET_ID);
			}
		).answer(
			"getPortletNamespace", args -> "_" + args[0] + "_"
		).answer(
			"getLocale", args -> _locale(args[0])
		).answer(
			"getResourceBundle",
			args -> languageDouble.getResourceBundle((Locale)args[0])
		).answer(
			"getUniqueElementId", args -> args[1] + "" + args[2]
		).answer(
			"isSecure", args -> false
		).answer(
			"getPathContext", args -> ""
		).answer(
			"getPathMain", args -> "/c"
		).answer(
			"getCDNHost", args -> ""
		).answer(
			"getStaticResourceURL", args -> args[1]
		).answer(
			"getCurrentURL", args -> PortletContainerDoubles.PAGE_PATH
		).answer(
			"getPortalURL", args -> "http://localhost"
		).build(
			"The view harness's PortalUtil"
		);
	}

	private static Locale _locale(Object source) {
		if (source instanceof PortletRequest) {
			return ((PortletRequest)source).getLocale();
		}

		ThemeDisplay themeDisplay =
			(ThemeDisplay)((HttpServletRequest)source).getAttribute(
				WebKeys.THEME_DISPLAY);

		return themeDisplay.getLocale();
	}

}
