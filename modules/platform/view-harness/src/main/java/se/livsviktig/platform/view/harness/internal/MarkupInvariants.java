package se.livsviktig.platform.view.harness.internal;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What every rendered view must satisfy whatever its test asserts: it rendered something (a tag that prints
 * nothing outside the portal must never pass as an empty page), and every form field has a label a screen reader
 * can announce.
 *
 * @author Livsviktig
 */
public class MarkupInvariants {

	public static List<String> check(Document document) {
		List<String> problems = new ArrayList<>();

		if (document.body().select("*").isEmpty() ||
			document.body().text().isBlank()) {

			problems.add(
				"the view rendered no markup: a tag that prints nothing outside the portal (aui:*, liferay-ui:error...) " +
					"or a render that failed quietly");
		}

		for (Element field : document.select(
				"input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]), select, textarea")) {

			if (field.hasAttr("aria-labelledby") ||
				!field.attr("aria-label").isBlank()) {

				continue;
			}

			String id = field.id();

			if (id.isEmpty()) {
				problems.add(
					"form field " + _describe(field) + " has no id, so no <label for> can name it");

				continue;
			}

			boolean labelled = false;

			for (Element label : document.select("label")) {
				if (label.attr("for").equals(id) && !label.text().isBlank()) {
					labelled = true;
				}
			}

			if (!labelled && field.closest("label") == null) {
				problems.add(
					"form field " + _describe(field) + " has no <label for=\"" + id +
						"\">: a screen reader cannot say what to enter");
			}
		}

		return problems;
	}

	private static String _describe(Element field) {
		Element copy = field.shallowClone();

		copy.empty();

		return copy.outerHtml();
	}

}
