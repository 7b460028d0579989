package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.portlet.LiferayPortletConfig;
import com.liferay.portal.kernel.portlet.LiferayPortletContext;
import com.liferay.portal.kernel.portlet.LiferayPortletRequest;
import com.liferay.portal.kernel.portlet.LiferayPortletResponse;
import com.liferay.portal.kernel.portlet.LiferayRenderRequest;
import com.liferay.portal.kernel.portlet.LiferayRenderResponse;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import javax.portlet.PortletConfig;
import javax.portlet.PortletMode;
import javax.portlet.PortletPreferences;
import javax.portlet.PortletSession;
import javax.portlet.RenderParameters;
import javax.portlet.WindowState;

import javax.servlet.ServletContext;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import se.livsviktig.platform.view.harness.WebBundle;

/**
 * What the portlet container hands a render: the render request and response, the portlet config. Attributes live
 * on the servlet request, as in the portal, so what a render command puts on the render request is what the JSP
 * reads from its request.
 *
 * @author Livsviktig
 */
public class PortletContainerDoubles {

	public static final String PAGE_PATH = "/web/livsviktig/kurser";

	public static LiferayPortletConfig portletConfig(
		WebBundle webBundle, ServletContext servletContext,
		LanguageDouble languageDouble) {

		LiferayPortletContext portletContext = InterfaceDouble.of(
			LiferayPortletContext.class
		).constant(
			"getServletContext", servletContext
		).constant(
			"getPortletContextName", servletContext.getServletContextName()
		).build(
			"The view harness's portlet context"
		);

		return InterfaceDouble.of(
			LiferayPortletConfig.class
		).constant(
			"getPortletName", webBundle.getPortletId()
		).constant(
			"getPortletId", webBundle.getPortletId()
		).constant(
			"getPortletContext", portletContext
		).answer(
			"getResourceBundle",
			args -> languageDouble.getResourceBundle((Locale)args[0])
		).constant(
			"getInitParameter", null
		).constant(
			"isCopyRequestParameters", false
		).build(
			"The view harness's portlet config"
		);
	}

	public static LiferayRenderRequest renderRequest(
		HttpServletRequest httpServletRequest, WebBundle webBundle,
		Locale locale, Map<String, String[]> parameters,
		PortletConfig portletConfig) {

		RenderParameters renderParameters = InterfaceDouble.of(
			RenderParameters.class
		).answer(
			"getValue",
			args -> {
				String[] values = parameters.get(args[0]);

				return (values == null) ? null : values[0];
			}
		).answer(
			"getValues", args -> parameters.get(args[0])
		).constant(
			"getNames", Collections.unmodifiableSet(parameters.keySet())
		).constant(
			"isEmpty", parameters.isEmpty()
		).constant(
			"size", parameters.size()
		).constant(
			"isPublic", false
		).build(
			"The view harness's render parameters"
		);

		PortletSession portletSession = InterfaceDouble.of(
			PortletSession.class
		).answer(
			"getAttribute",
			args -> httpServletRequest.getSession(
			).getAttribute(
				(String)args[0]
			)
		).answer(
			"getAttributeMap", args -> Collections.emptyMap()
		).build(
			"The view harness's portlet session"
		);

		PortletPreferences portletPreferences = InterfaceDouble.of(
			PortletPreferences.class
		).answer(
			"getValue", args -> args[1]
		).answer(
			"getValues", args -> args[1]
		).constant(
			"getMap", Collections.emptyMap()
		).build(
			"The view harness's portlet preferences"
		);

		return InterfaceDouble.of(
			LiferayRenderRequest.class, LiferayPortletRequest.class
		).answer(
			"getAttribute",
			args -> httpServletRequest.getAttribute((String)args[0])
		).answer(
			"setAttribute",
			args -> {
				httpServletRequest.setAttribute((String)args[0], args[1]);

				return null;
			}
		).answer(
			"removeAttribute",
			args -> {
				httpServletRequest.removeAttribute((String)args[0]);

				return null;
			}
		).answer(
			"getAttributeNames", args -> httpServletRequest.getAttributeNames()
		).answer(
			"getParameter",
			args -> {
				String[] values = parameters.get(args[0]);

				return (values == null) ? null : values[0];
			}
		).answer(
			"getParameterValues", args -> parameters.get(args[0])
		).constant(
			"getParameterMap", Collections.unmodifiableMap(parameters)
		).answer(
			"getParameterNames",
			args -> Collections.enumeration(parameters.keySet())
		).constant(
			"getRenderParameters", renderParameters
		).constant(
			"getLocale", locale
		).constant(
			"getHttpServletRequest", httpServletRequest
		).constant(
			"getOriginalHttpServletRequest", httpServletRequest
		).constant(
			"getPortletName", webBundle.getPortletId()
		).constant(
			"getPortletSession", portletSession
		).constant(
			"getPreferences", portletPreferences
		).constant(
			"getPlid", 0L
		).constant(
			"getWindowState", WindowState.NORMAL
		).constant(
			"getPortletMode", PortletMode.VIEW
		).constant(
			"getLifecycle", "RENDER_PHASE"
		).constant(
			"getContextPath", httpServletRequest.getContextPath()
		).constant(
			"getPortletContext", portletConfig.getPortletContext()
		).constant(
			"getUserPrincipal", null
		).constant(
			"getRemoteUser", null
		).build(
			"The view harness's render request"
		);
	}

	public static LiferayRenderResponse renderResponse(
		HttpServletResponse httpServletResponse, WebBundle webBundle) {

		String portletId = webBundle.getPortletId();

		return InterfaceDouble.of(
			LiferayRenderResponse.class, LiferayPortletResponse.class
		).constant(
			"getNamespace", webBundle.getPortletNamespace()
		).answer(
			"createRenderURL",
			args -> PortletURLDouble.create(PAGE_PATH, portletId, "0")
		).answer(
			"createActionURL",
			args -> PortletURLDouble.create(PAGE_PATH, portletId, "1")
		).answer(
			"createResourceURL",
			args -> PortletURLDouble.create(PAGE_PATH, portletId, "2")
		).answer(
			"createLiferayPortletURL",
			args -> {
				String lifecycle = (String)args[args.length - 1];

				if (!(args[args.length - 1] instanceof String)) {
					lifecycle = (String)args[args.length - 2];
				}

				String urlPortletId = portletId;

				if ((args.length > 2) && (args[1] instanceof String) &&
					(args[1] != null)) {

					urlPortletId = (String)args[1];
				}

				return PortletURLDouble.create(
					PAGE_PATH, urlPortletId, _lifecycleNumber(lifecycle));
			}
		).answer(
			"encodeURL", args -> args[0]
		).constant(
			"getHttpServletResponse", httpServletResponse
		).ignore(
			"setTitle", "setNextPossiblePortletModes", "addProperty",
			"setProperty"
		).build(
			"The view harness's render response"
		);
	}

	private static String _lifecycleNumber(String lifecycle) {
		if ("ACTION_PHASE".equals(lifecycle)) {
			return "1";
		}

		if ("RESOURCE_PHASE".equals(lifecycle)) {
			return "2";
		}

		return "0";
	}

}
