package se.livsviktig.training.internal.notification;

import com.liferay.portal.kernel.util.StringUtil;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The wording of a notice: the company's own, when an administrator wrote one in the training settings
 * (<code>type.language.subject=text</code>), otherwise the texts that come with the app. Placeholders such as
 * [$COURSE$] are filled with plain-text values.
 *
 * @author Livsviktig
 */
public class NoticeTemplates {

	public NoticeTemplates(String[] overrides, ResourceBundle resourceBundle) {
		_resourceBundle = resourceBundle;

		if (overrides == null) {
			return;
		}

		for (String override : overrides) {
			int index = override.indexOf('=');

			if (index > 0) {
				_overrides.put(
					override.substring(
						0, index
					).trim(),
					override.substring(
						index + 1
					).trim());
			}
		}
	}

	public String get(
		String key, Locale locale, Map<String, String> placeholders) {

		String template = _overrides.get(_overrideKey(key, locale));

		if (template == null) {
			template = _resourceBundle.getString(key);
		}

		for (Map.Entry<String, String> entry : placeholders.entrySet()) {
			template = StringUtil.replace(
				template, "[$" + entry.getKey() + "$]", entry.getValue());
		}

		return template;
	}

	/**
	 * "notice-reminder-subject" for sv_SE is overridden by "reminder.sv_SE.subject"; other keys (the
	 * greeting, labels) by "greeting.sv_SE" and so on.
	 */
	private String _overrideKey(String key, Locale locale) {
		String name = key;

		if (name.startsWith("notice-")) {
			name = name.substring(7);
		}

		for (String part : new String[] {"subject", "body"}) {
			if (name.endsWith("-" + part)) {
				return name.substring(0, name.length() - part.length() - 1) +
					"." + locale + "." + part;
			}
		}

		return name + "." + locale;
	}

	private final Map<String, String> _overrides = new HashMap<>();
	private final ResourceBundle _resourceBundle;

}
