package se.livsviktig.platform.view.harness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The view tier can vouch only for tags whose markup the GA112 tag class writes in Java. Tags that include a
 * portal-web fragment (aui:form, aui:input, liferay-ui:error...) print NOTHING outside a portal, so a page built
 * on them would render empty and pass; React-hydrated tags (propsTransformer, additionalProps,
 * clay:management-toolbar) are shaped in the browser by the portal's JavaScript. This policy fails a bundle whose
 * JSPs use anything else, so every view stays checkable. Extend the list only after rendering the tag in the
 * harness and reading its output (VERIFICATION.md, T5).
 *
 * @author Livsviktig
 */
public final class HonestTagPolicy {

	/**
	 * Tags rendered honestly, by taglib URI. JSTL core is plain Java; the others were tried in the harness.
	 */
	public static final Map<String, Set<String>> HONEST_TAGS = Map.of(
		"http://java.sun.com/jsp/jstl/core",
		Set.of("choose", "if", "otherwise", "when", "forEach", "set", "out"),
		"http://java.sun.com/portlet_2_0",
		Set.of("actionURL", "defineObjects", "namespace", "param", "renderURL"),
		"http://liferay.com/tld/clay",
		Set.of(
			"alert", "button", "col", "container", "container-fluid", "icon",
			"label", "row", "sheet", "sheet-section"),
		"http://liferay.com/tld/portlet",
		Set.of("actionURL", "param", "renderURL"),
		"http://liferay.com/tld/theme", Set.of("defineObjects"),
		"http://liferay.com/tld/ui", Set.of("message"));

	/**
	 * Attributes that turn a Clay tag into a React island rendered by the portal's JavaScript.
	 */
	public static final Set<String> REACT_ATTRIBUTES = Set.of(
		"additionalProps", "propsTransformer");

	/**
	 * Fails with one line per offending tag or attribute, naming the file and line.
	 */
	public static void assertHonest(WebBundle webBundle) {
		List<String> problems = check(webBundle);

		if (!problems.isEmpty()) {
			throw new AssertionError(
				"Views of " + webBundle + " use what the view tier cannot render honestly " +
					"(use plain HTML controls with Clay's CSS classes, errors in clay:alert; VERIFICATION.md T5):\n  " +
						String.join("\n  ", problems));
		}
	}

	public static List<String> check(WebBundle webBundle) {
		Map<String, String> jsps = new HashMap<>();

		for (String path : webBundle.getJspPaths()) {
			jsps.put(path, webBundle.readJsp(path));
		}

		return check(jsps);
	}

	/**
	 * @param jsps the text of every JSP of a bundle by its path; taglib prefixes declared in any of them (init.jsp)
	 *        hold for all, as in Liferay's bundles
	 */
	public static List<String> check(Map<String, String> jsps) {
		Map<String, String> prefixes = new HashMap<>();

		for (String jsp : jsps.values()) {
			Matcher matcher = _TAGLIB_PATTERN.matcher(jsp);

			while (matcher.find()) {
				String uri = matcher.group(1);
				String prefix = matcher.group(2);

				if (uri == null) {
					uri = matcher.group(4);
					prefix = matcher.group(3);
				}

				prefixes.put(prefix, uri);
			}
		}

		List<String> problems = new ArrayList<>();

		jsps.keySet(
		).stream(
		).sorted(
		).forEach(
			path -> _check(path, jsps.get(path), prefixes, problems)
		);

		return problems;
	}

	private static void _check(
		String path, String jsp, Map<String, String> prefixes,
		List<String> problems) {

		Matcher matcher = _TAG_PATTERN.matcher(jsp);

		while (matcher.find()) {
			String prefix = matcher.group(1);
			String name = matcher.group(2);

			String uri = prefixes.get(prefix);

			if (uri == null) {
				continue;
			}

			Set<String> honestTags = HONEST_TAGS.get(uri);

			if ((honestTags == null) || !honestTags.contains(name)) {
				problems.add(
					path + ":" + _line(jsp, matcher.start()) + ": <" + prefix + ":" + name +
						"> is not rendered honestly outside a portal");
			}
		}

		for (String attribute : REACT_ATTRIBUTES) {
			Matcher attributeMatcher = Pattern.compile(
				"\\b" + attribute + "\\s*="
			).matcher(
				jsp
			);

			while (attributeMatcher.find()) {
				problems.add(
					path + ":" + _line(jsp, attributeMatcher.start()) + ": " + attribute +
						" turns the tag into a React island the view tier cannot check");
			}
		}
	}

	private static int _line(String text, int offset) {
		int line = 1;

		for (int i = 0; i < offset; i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}

		return line;
	}

	private HonestTagPolicy() {
	}

	private static final Pattern _TAG_PATTERN = Pattern.compile(
		"</?([A-Za-z][\\w-]*):([A-Za-z][\\w-]*)");

	private static final Pattern _TAGLIB_PATTERN = Pattern.compile(
		"taglib\\s+(?:uri=\"([^\"]+)\"\\s+prefix=\"([^\"]+)\"|prefix=\"([^\"]+)\"\\s+uri=\"([^\"]+)\")");

}
