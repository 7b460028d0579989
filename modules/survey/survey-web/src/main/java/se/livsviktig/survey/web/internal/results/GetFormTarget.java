package se.livsviktig.survey.web.internal.results;

import java.net.URLDecoder;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.List;

/**
 * A GET form replaces its action URL's query with its own fields, so a
 * render URL's parameters (portlet id, lifecycle, command, survey) must
 * travel as hidden fields: this splits the URL into the two.
 */
public class GetFormTarget {

	public GetFormTarget(String url) {
		int queryStart = url.indexOf('?');

		if (queryStart < 0) {
			_action = url;

			return;
		}

		_action = url.substring(0, queryStart);

		String query = url.substring(queryStart + 1);

		int fragmentStart = query.indexOf('#');

		if (fragmentStart >= 0) {
			query = query.substring(0, fragmentStart);
		}

		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}

			int equals = pair.indexOf('=');

			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);

			_hiddenFields.add(
				new String[] {
					URLDecoder.decode(name, StandardCharsets.UTF_8),
					URLDecoder.decode(value, StandardCharsets.UTF_8)
				});
		}
	}

	public String getAction() {
		return _action;
	}

	/**
	 * @return name and value pairs, in the URL's order
	 */
	public List<String[]> getHiddenFields() {
		return _hiddenFields;
	}

	private final String _action;
	private final List<String[]> _hiddenFields = new ArrayList<>();

}
