package se.livsviktig.platform.web;

import java.net.URLDecoder;

import java.nio.charset.StandardCharsets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a GET form that changes nothing (a search or a filter) sends the reader: a browser drops the query of
 * a GET form's action, so the form goes to the page's URL without it and repeats its parameters (the portlet's
 * id, state, auth token and route) as hidden inputs.
 *
 * @author Livsviktig
 */
public class GetFormTarget {

	public GetFormTarget(String url) {
		_url = url;
	}

	public String getAction() {
		int queryIndex = _url.indexOf('?');

		if (queryIndex < 0) {
			return _url;
		}

		return _url.substring(0, queryIndex);
	}

	public Map<String, String> getHiddenParameters() {
		Map<String, String> parameters = new LinkedHashMap<>();

		int queryIndex = _url.indexOf('?');

		if (queryIndex < 0) {
			return parameters;
		}

		String query = _url.substring(queryIndex + 1);

		int fragmentIndex = query.indexOf('#');

		if (fragmentIndex >= 0) {
			query = query.substring(0, fragmentIndex);
		}

		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}

			int equalsIndex = pair.indexOf('=');

			if (equalsIndex < 0) {
				parameters.put(_decode(pair), "");
			}
			else {
				parameters.put(
					_decode(pair.substring(0, equalsIndex)),
					_decode(pair.substring(equalsIndex + 1)));
			}
		}

		return parameters;
	}

	private static String _decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private final String _url;

}
