package se.livsviktig.training.test.osgi;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.LiferayPortletRequest;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * What the portal's portlet container hands an action command: the portlet request and response, the
 * ThemeDisplay on the request, the servlet request and session behind it (where SessionErrors keeps its
 * messages), and the Portal's answers about them.
 *
 * @author Livsviktig
 */
final class PortletRequestDoubles {

	static final long COMPANY_GROUP_ID = 20121;

	static final long COMPANY_ID = 20097;

	static final long USER_ID = 20123;

	final ActionRequest actionRequest = mock(ActionRequest.class);
	final ActionResponse actionResponse = mock(ActionResponse.class);
	final MutableRenderParameters renderParameters = mock(
		MutableRenderParameters.class);

	PortletRequestDoubles(
			Portal portal, String portletId,
			PermissionChecker permissionChecker, User user)
		throws PortalException {

		Company company = mock(Company.class);

		when(company.getCompanyId()).thenReturn(COMPANY_ID);
		when(company.getGroupId()).thenReturn(COMPANY_GROUP_ID);

		ThemeDisplay themeDisplay = new ThemeDisplay();

		themeDisplay.setCompany(company);
		themeDisplay.setLanguageId("en_US");
		themeDisplay.setPermissionChecker(permissionChecker);
		themeDisplay.setUser(user);

		when(
			actionRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(actionResponse.getRenderParameters()).thenReturn(renderParameters);

		HttpServletRequest httpServletRequest = mock(HttpServletRequest.class);

		when(
			httpServletRequest.getParameterNames()
		).thenReturn(
			Collections.emptyEnumeration()
		);

		HttpSession httpSession = _httpSession();

		when(httpServletRequest.getSession()).thenReturn(httpSession);

		LiferayPortletRequest liferayPortletRequest = mock(
			LiferayPortletRequest.class);

		when(liferayPortletRequest.getPortletName()).thenReturn(portletId);

		when(
			portal.getHttpServletRequest(actionRequest)
		).thenReturn(
			httpServletRequest
		);
		when(
			portal.getLiferayPortletRequest(actionRequest)
		).thenReturn(
			liferayPortletRequest
		);
		when(portal.getPortletId(actionRequest)).thenReturn(portletId);
	}

	/**
	 * A session that keeps its attributes, as SessionErrors and SessionMessages need.
	 */
	private static HttpSession _httpSession() {
		Map<String, Object> attributes = new HashMap<>();

		HttpSession httpSession = mock(HttpSession.class);

		when(
			httpSession.getAttribute(anyString())
		).thenAnswer(
			invocation -> attributes.get(invocation.getArgument(0))
		);
		doAnswer(
			invocation -> attributes.put(
				invocation.getArgument(0), invocation.getArgument(1))
		).when(
			httpSession
		).setAttribute(
			anyString(), any()
		);
		doAnswer(
			invocation -> attributes.remove(invocation.getArgument(0))
		).when(
			httpSession
		).removeAttribute(
			anyString()
		);

		return httpSession;
	}

}
