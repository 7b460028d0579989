package se.livsviktig.instructor.web.internal.display.context;

import java.net.URLDecoder;

import java.nio.charset.StandardCharsets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameters of a URL's query, decoded: what a GET form repeats as hidden inputs, since a browser drops the
 * query of a GET form's action.
 *
 * @author Livsviktig
 */
public class QueryParameters {

	public static Map<String, String> of(String url) {
		Map<String, String> parameters = new LinkedHashMap<>();

		int queryIndex = url.indexOf('?');

		if (queryIndex < 0) {
			return parameters;
		}

		for (String pair : url.substring(queryIndex + 1).split("&")) {
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

}
