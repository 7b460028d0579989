package se.livsviktig.platform.view.harness;

import java.util.Locale;
import java.util.Properties;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The HTML one render produced, and assertions on what a person gets from it: headings, labelled fields, buttons,
 * links, table rows and messages. Expected texts come from the bundle's own Language file for the render's locale,
 * so one test body checks both languages.
 *
 * @author Livsviktig
 */
public final class RenderedView {

	public RenderedView assertAlert(String displayType, String text) {
		Elements alerts = _document.select(".alert.alert-" + displayType);

		for (Element alert : alerts) {
			if (alert.text().contains(text)) {
				return this;
			}
		}

		throw _failure(
			"no ." + "alert-" + displayType + " saying \"" + text + "\"");
	}

	public RenderedView assertButton(String text) {
		for (Element element :
				_document.select("button, input[type=submit], a.btn")) {

			String label = element.is("input") ? element.attr("value") :
				element.text();

			if (label.trim().equals(text)) {
				return this;
			}
		}

		throw _failure("no button \"" + text + "\"");
	}

	/**
	 * A form field, found by its id without the portlet namespace, with a visible label that names it.
	 */
	public Element assertField(String fieldId, String labelText) {
		Element field = _document.getElementById(getNamespace() + fieldId);

		if ((field == null) || !field.is("input, select, textarea")) {
			throw _failure("no form field #" + getNamespace() + fieldId);
		}

		Elements labels = _document.select(
			"label[for=" + getNamespace() + fieldId + "]");

		if (labels.isEmpty() || !labels.text().contains(labelText)) {
			throw _failure(
				"field #" + getNamespace() + fieldId +
					" has no <label for> saying \"" + labelText + "\" (labels: " + labels.text() + ")");
		}

		return field;
	}

	public RenderedView assertFieldValue(String fieldId, String value) {
		Element field = _document.getElementById(getNamespace() + fieldId);

		if (field == null) {
			throw _failure("no form field #" + getNamespace() + fieldId);
		}

		String actual = field.is("textarea") ? field.wholeText() :
			field.attr("value");

		if (!actual.equals(value)) {
			throw _failure(
				"field #" + getNamespace() + fieldId + " holds \"" + actual +
					"\", not \"" + value + "\"");
		}

		return this;
	}

	public RenderedView assertHeading(int level, String text) {
		for (Element heading : _document.select("h" + level)) {
			if (heading.text().trim().equals(text)) {
				return this;
			}
		}

		throw _failure("no <h" + level + "> \"" + text + "\"");
	}

	public RenderedView assertLink(String text, String hrefContains) {
		for (Element link : _document.select("a[href]")) {
			if (link.text().trim().startsWith(text) &&
				link.attr("href").contains(hrefContains)) {

				return this;
			}
		}

		throw _failure(
			"no link \"" + text + "\" leading to ..." + hrefContains + "...");
	}

	public RenderedView assertNone(String cssQuery, String why) {
		Elements elements = _document.select(cssQuery);

		if (!elements.isEmpty()) {
			throw _failure(why + ": found " + elements.outerHtml());
		}

		return this;
	}

	public RenderedView assertTableRows(int count) {
		int actual = _document.select("table tbody tr").size();

		if (actual != count) {
			throw _failure(
				"the table has " + actual + " rows, not " + count);
		}

		return this;
	}

	public RenderedView assertText(String text) {
		if (!_document.body().text().contains(text)) {
			throw _failure("no text \"" + text + "\"");
		}

		return this;
	}

	public Document getDocument() {
		return _document;
	}

	public String getHtml() {
		return _html;
	}

	public Locale getLocale() {
		return _locale;
	}

	public String getName() {
		return _view + " " + _state + " " + _locale.toLanguageTag();
	}

	public String getNamespace() {
		return _webBundle.getPortletNamespace();
	}

	public String getState() {
		return _state;
	}

	public String getView() {
		return _view;
	}

	/**
	 * @return the text the reader should see for a Language key, with {0}-style arguments filled in
	 */
	public String message(String key, Object... arguments) {
		Properties language = _webBundle.getLanguage(_locale);

		String value = language.getProperty(key);

		if (value == null) {
			throw new IllegalArgumentException(
				"The test asks for Language key \"" + key + "\", which the bundle lacks for " + _locale);
		}

		for (int i = 0; i < arguments.length; i++) {
			value = value.replace("{" + i + "}", String.valueOf(arguments[i]));
		}

		return value;
	}

	public Elements select(String cssQuery) {
		return _document.select(cssQuery);
	}

	RenderedView(
		WebBundle webBundle, String view, String state, Locale locale,
		String html) {

		_webBundle = webBundle;
		_view = view;
		_state = state;
		_locale = locale;
		_html = html;

		_document = Jsoup.parseBodyFragment(html);
	}

	private AssertionError _failure(String problem) {
		String html = _document.body().html();

		if (html.length() > 6000) {
			html = html.substring(0, 6000) + "\n...";
		}

		return new AssertionError(
			getName() + ": " + problem + "\n--- rendered HTML ---\n" + html);
	}

	private final Document _document;
	private final String _html;
	private final Locale _locale;
	private final String _state;
	private final String _view;
	private final WebBundle _webBundle;

}
