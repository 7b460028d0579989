package se.livsviktig.report.web.internal.display.context;

import java.net.URLDecoder;

import java.nio.charset.StandardCharsets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A render URL as the target of a plain GET form: a browser drops the query of a GET form's action, so the
 * URL's parameters go into hidden inputs and the form's action is the URL without them.
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

		for (String pair : _url.substring(queryIndex + 1).split("&")) {
			int equalsIndex = pair.indexOf('=');

			if (equalsIndex > 0) {
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
