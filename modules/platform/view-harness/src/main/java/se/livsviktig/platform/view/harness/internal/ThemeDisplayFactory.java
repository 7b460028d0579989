package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.PortletDisplay;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.LocaleUtil;

import java.util.Locale;
import java.util.TimeZone;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import se.livsviktig.platform.view.harness.ViewHarness;
import se.livsviktig.platform.view.harness.WebBundle;

/**
 * A real ThemeDisplay, filled as the portal fills it for a signed-in member of staff on a site page: locale,
 * company, user, permission checker, the portlet being rendered, and theme paths that lead to Clay's CSS and icons.
 *
 * @author Livsviktig
 */
public class ThemeDisplayFactory {

	public static ThemeDisplay create(
		HttpServletRequest httpServletRequest,
		HttpServletResponse httpServletResponse, WebBundle webBundle,
		Locale locale) {

		ThemeDisplay themeDisplay = new ThemeDisplay();

		try {
			themeDisplay.setCompany(_COMPANY);
		}
		catch (PortalException portalException) {
			throw new IllegalStateException(portalException);
		}

		themeDisplay.setLocale(locale);
		themeDisplay.setLanguageId(LocaleUtil.toLanguageId(locale));
		themeDisplay.setTimeZone(TimeZone.getTimeZone("Europe/Stockholm"));
		themeDisplay.setUser(_USER);
		themeDisplay.setSignedIn(true);
		themeDisplay.setPermissionChecker(ViewHarness.PERMISSION_CHECKER);
		themeDisplay.setScopeGroupId(ViewHarness.SITE_GROUP_ID);
		themeDisplay.setSiteGroupId(ViewHarness.SITE_GROUP_ID);
		themeDisplay.setPathContext("");
		themeDisplay.setPathMain("/c");

		String clayPath = httpServletRequest.getContextPath() + "/__harness/clay";

		themeDisplay.setPathThemeImages(clayPath + "/images");
		themeDisplay.setPathThemeSpritemap(clayPath + "/images/icons/icons.svg");
		themeDisplay.setPathThemeCss(clayPath + "/css");
		themeDisplay.setRequest(httpServletRequest);
		themeDisplay.setResponse(httpServletResponse);

		PortletDisplay portletDisplay = themeDisplay.getPortletDisplay();

		portletDisplay.setId(webBundle.getPortletId());
		portletDisplay.setPortletName(webBundle.getPortletId());
		portletDisplay.setNamespace(webBundle.getPortletNamespace());

		return themeDisplay;
	}

	private static final Company _COMPANY = InterfaceDouble.of(
		Company.class
	).constant(
		"getCompanyId", ViewHarness.COMPANY_ID
	).constant(
		"getGroupId", ViewHarness.COMPANY_GROUP_ID
	).constant(
		"getWebId", "livsviktig.se"
	).constant(
		"getTimeZone", TimeZone.getTimeZone("Europe/Stockholm")
	).lenient(
	).build(
		"The view harness's company"
	);

	private static final User _USER = InterfaceDouble.of(
		User.class
	).constant(
		"getUserId", ViewHarness.USER_ID
	).constant(
		"getCompanyId", ViewHarness.COMPANY_ID
	).constant(
		"getFullName", "Anna Andersson"
	).lenient(
	).build(
		"The view harness's user"
	);

}
