package se.livsviktig.platform.deploy.harness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * OSGi manifest header syntax ({@code name;attr=value;attr:Type="v,w",name2;...}), enough to read
 * {@code Provide-Capability}: clauses split at commas and attributes at semicolons outside quotes, the type
 * after a colon dropped, quotes removed. Directives ({@code :=}) are skipped.
 *
 * @author Livsviktig
 */
final class ManifestClauses {

	static List<Clause> parse(String header) {
		List<Clause> clauses = new ArrayList<>();

		if (header == null) {
			return clauses;
		}

		for (String clauseText : _split(header, ',')) {
			List<String> parts = _split(clauseText, ';');

			Map<String, String> attributes = new LinkedHashMap<>();

			for (String part : parts.subList(1, parts.size())) {
				int equals = part.indexOf('=');

				if ((equals < 0) || ((equals > 0) && (part.charAt(equals - 1) == ':'))) {
					continue;
				}

				String name = part.substring(0, equals).trim();

				int colon = name.indexOf(':');

				if (colon >= 0) {
					name = name.substring(0, colon);
				}

				String value = part.substring(equals + 1).trim();

				if (value.startsWith("\"") && value.endsWith("\"") && (value.length() > 1)) {
					value = value.substring(1, value.length() - 1);
				}

				attributes.put(name, value);
			}

			clauses.add(new Clause(parts.get(0).trim(), attributes));
		}

		return clauses;
	}

	static final class Clause {

		Map<String, String> attributes() {
			return _attributes;
		}

		String name() {
			return _name;
		}

		private Clause(String name, Map<String, String> attributes) {
			_name = name;
			_attributes = attributes;
		}

		private final Map<String, String> _attributes;
		private final String _name;

	}

	private static List<String> _split(String text, char separator) {
		List<String> parts = new ArrayList<>();

		StringBuilder sb = new StringBuilder();

		boolean quoted = false;

		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}

			if ((c == separator) && !quoted) {
				parts.add(sb.toString());

				sb.setLength(0);
			}
			else {
				sb.append(c);
			}
		}

		parts.add(sb.toString());

		return parts;
	}

	private ManifestClauses() {
	}

}
