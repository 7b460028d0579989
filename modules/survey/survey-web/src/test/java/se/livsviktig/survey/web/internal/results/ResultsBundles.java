package se.livsviktig.survey.web.internal.results;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The web module's own Language files, read without falling back to the
 * JVM's locale, so an English test never reads Swedish by accident.
 */
class ResultsBundles {

	static ResourceBundle english() {
		return _get(Locale.ROOT);
	}

	static ResourceBundle swedish() {
		return _get(new Locale("sv"));
	}

	private static ResourceBundle _get(Locale locale) {
		return ResourceBundle.getBundle(
			"content.Language", locale,
			ResourceBundle.Control.getNoFallbackControl(
				ResourceBundle.Control.FORMAT_PROPERTIES));
	}

}
