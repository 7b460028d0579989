package se.livsviktig.platform.view.harness.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What went wrong quietly during one render on this thread (a Language key the bundle lacks), so the harness can
 * fail the render instead of letting a raw key through to the page.
 *
 * @author Livsviktig
 */
public class RenderRecorder {

	public static Locale getLocale() {
		return _locale.get();
	}

	public static void missingLanguageKey(Locale locale, String key) {
		List<String> problems = _problems.get();

		if (problems != null) {
			problems.add(
				"Language key \"" + key + "\" is missing from the bundle's content/Language file for " +
					locale);
		}
	}

	public static List<String> stop() {
		List<String> problems = _problems.get();

		_problems.remove();
		_locale.remove();

		return problems;
	}

	public static void start(Locale locale) {
		_problems.set(new ArrayList<>());
		_locale.set(locale);
	}

	private static final ThreadLocal<Locale> _locale = new ThreadLocal<>();
	private static final ThreadLocal<List<String>> _problems =
		new ThreadLocal<>();

}
