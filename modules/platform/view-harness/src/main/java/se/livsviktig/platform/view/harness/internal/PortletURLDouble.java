package se.livsviktig.platform.view.harness.internal;

import com.liferay.portal.kernel.portlet.LiferayPortletURL;

import java.io.Writer;

import java.net.URLEncoder;

import java.nio.charset.StandardCharsets;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.portlet.MutableActionParameters;
import javax.portlet.MutableRenderParameters;
import javax.portlet.MutableResourceParameters;

/**
 * A portlet URL as a plain string: the portal writes the same kind of query string
 * (p_p_id, p_p_lifecycle, namespaced parameters). The view tier asserts where links lead, not how the portal
 * encodes its friendly URLs.
 *
 * @author Livsviktig
 */
public class PortletURLDouble {

	public static LiferayPortletURL create(
		String pagePath, String portletId, String lifecycle) {

		return new PortletURLDouble(
			pagePath, portletId, lifecycle
		)._toLiferayPortletURL();
	}

	private PortletURLDouble(
		String pagePath, String portletId, String lifecycle) {

		_pagePath = pagePath;
		_portletId = portletId;
		_lifecycle = lifecycle;
	}

	private <T> T _parameters(Class<T> type) {
		return InterfaceDouble.of(
			type
		).answer(
			"setValue",
			args -> {
				_parameters.put((String)args[0], new String[] {(String)args[1]});

				return null;
			}
		).answer(
			"setValues",
			args -> {
				_parameters.put((String)args[0], (String[])args[1]);

				return null;
			}
		).answer(
			"getValue",
			args -> {
				String[] values = _parameters.get(args[0]);

				return ((values == null) || (values.length == 0)) ? null :
					values[0];
			}
		).answer(
			"getValues", args -> _parameters.get(args[0])
		).answer(
			"getNames", args -> Collections.unmodifiableSet(_parameters.keySet())
		).answer(
			"removeParameter", args -> _parameters.remove(args[0]) != null
		).answer(
			"clear",
			args -> {
				_parameters.clear();

				return null;
			}
		).answer(
			"isEmpty", args -> _parameters.isEmpty()
		).answer(
			"size", args -> _parameters.size()
		).answer(
			"isPublic", args -> false
		).build(
			"The view harness's portlet URL parameters"
		);
	}

	private String _render() {
		StringBuilder sb = new StringBuilder(_pagePath);

		sb.append("?p_p_id=");
		sb.append(_portletId);
		sb.append("&p_p_lifecycle=");
		sb.append(_lifecycle);

		if (_lifecycle.equals("1")) {
			sb.append("&p_auth=harness");
		}

		String namespace = "_" + _portletId + "_";

		for (Map.Entry<String, String[]> entry : _parameters.entrySet()) {
			for (String value : entry.getValue()) {
				sb.append('&');
				sb.append(namespace);
				sb.append(_encode(entry.getKey()));
				sb.append('=');
				sb.append(_encode(value));
			}
		}

		return sb.toString();
	}

	private static String _encode(String value) {
		return URLEncoder.encode(
			String.valueOf(value), StandardCharsets.UTF_8);
	}

	private LiferayPortletURL _toLiferayPortletURL() {
		return InterfaceDouble.of(
			LiferayPortletURL.class
		).answer(
			"setParameter",
			args -> {
				if (args[1] instanceof String[]) {
					_parameters.put((String)args[0], (String[])args[1]);
				}
				else {
					_parameters.put(
						(String)args[0], new String[] {(String)args[1]});
				}

				return null;
			}
		).answer(
			"setParameters",
			args -> {
				_parameters.clear();

				@SuppressWarnings("unchecked")
				Map<String, String[]> parameters = (Map<String, String[]>)args[0];

				_parameters.putAll(parameters);

				return null;
			}
		).answer(
			"getParameterMap", args -> Collections.unmodifiableMap(_parameters)
		).answer(
			"getParameter",
			args -> {
				String[] values = _parameters.get(args[0]);

				return (values == null) ? null : values[0];
			}
		).answer(
			"getRenderParameters",
			args -> _parameters(MutableRenderParameters.class)
		).answer(
			"getActionParameters",
			args -> _parameters(MutableActionParameters.class)
		).answer(
			"getResourceParameters",
			args -> _parameters(MutableResourceParameters.class)
		).answer(
			"getLifecycle", args -> _lifecycle
		).answer(
			"getPortletId", args -> _portletId
		).answer(
			"getRemovedParameterNames", args -> Set.of()
		).answer(
			"write",
			args -> {
				try {
					((Writer)args[0]).write(_render());
				}
				catch (java.io.IOException ioException) {
					throw new java.io.UncheckedIOException(ioException);
				}

				return null;
			}
		).answer(
			"toString", args -> _render()
		).ignore(
			"setAnchor", "setCacheability", "setCopyCurrentRenderParameters",
			"setDoAsGroupId", "setDoAsUserId", "setDoAsUserLanguageId",
			"setEncrypt", "setEscapeXml", "setLifecycle", "setPlid",
			"setPortletId", "setPortletMode", "setRefererGroupId",
			"setRefererPlid", "setRemovedParameterNames", "setResourceID",
			"setSecure", "setWindowState", "setWindowStateRestoreCurrentView"
		).build(
			"The view harness's portlet URL " + Arrays.toString(new String[] {_portletId, _lifecycle})
		);
	}

	private final String _lifecycle;
	private final String _pagePath;
	private final Map<String, String[]> _parameters = new LinkedHashMap<>();
	private final String _portletId;

}
