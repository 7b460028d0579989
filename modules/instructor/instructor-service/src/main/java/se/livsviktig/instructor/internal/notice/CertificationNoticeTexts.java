package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The wording of a certification notice in one language: its subject (also the bell entry's text) and its body.
 * Values go in as plain text; whoever puts them into HTML escapes them.
 *
 * @author Livsviktig
 */
public class CertificationNoticeTexts {

	public CertificationNoticeTexts() {
		this(
			locale -> ResourceBundleUtil.getBundle(
				"content.Language", locale, CertificationNoticeTexts.class));
	}

	public CertificationNoticeTexts(
		Function<Locale, ResourceBundle> resourceBundles) {

		_resourceBundles = resourceBundles;
	}

	public String getBody(
		String noticeKind, Locale locale, String methodName,
		LocalDate validUntil) {

		return getBody(noticeKind, locale, methodName, validUntil, null, 0);
	}

	/**
	 * @param validUntil the certification's last day, or <code>null</code> when it is open-ended
	 * @param deadline for a notice about the licence's standing: the day to lead the sessions by
	 */
	public String getBody(
		String noticeKind, Locale locale, String methodName,
		LocalDate validUntil, LocalDate deadline, int sessionsStillNeeded) {

		return _fill(
			_key(noticeKind, "body"), locale, methodName, validUntil, deadline,
			sessionsStillNeeded);
	}

	/**
	 * @return the date in the language's long form, or the words for no end when it is <code>null</code>
	 */
	public String formatDate(LocalDate date, Locale locale) {
		if (date == null) {
			return getLabel("certification-notice-no-end-date", locale);
		}

		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.LONG
		).withLocale(
			locale
		).format(
			date
		);
	}

	public String getGreeting(Locale locale, String fullName) {
		return StringUtil.replace(
			_resourceBundles.apply(
				locale
			).getString(
				"certification-notice-greeting"
			),
			"[$NAME$]", fullName);
	}

	public String getLabel(String key, Locale locale) {
		return _resourceBundles.apply(
			locale
		).getString(
			key
		);
	}

	/**
	 * @return "1 session", "3 sessions" in the language
	 */
	public String formatSessions(int sessions, Locale locale) {
		if (sessions == 1) {
			return getLabel("certification-notice-one-session", locale);
		}

		return StringUtil.replace(
			getLabel("certification-notice-x-sessions", locale), "[$COUNT$]",
			String.valueOf(sessions));
	}

	public String getSubject(
		String noticeKind, Locale locale, String methodName,
		LocalDate validUntil) {

		return getSubject(noticeKind, locale, methodName, validUntil, null, 0);
	}

	/**
	 * @param validUntil the certification's last day, or <code>null</code> when it is open-ended
	 * @param deadline for a notice about the licence's standing: the day to lead the sessions by
	 */
	public String getSubject(
		String noticeKind, Locale locale, String methodName,
		LocalDate validUntil, LocalDate deadline, int sessionsStillNeeded) {

		return _fill(
			_key(noticeKind, "subject"), locale, methodName, validUntil,
			deadline, sessionsStillNeeded);
	}

	private String _fill(
		String key, Locale locale, String methodName, LocalDate validUntil,
		LocalDate deadline, int sessionsStillNeeded) {

		String template = _resourceBundles.apply(
			locale
		).getString(
			key
		);

		// Only the placeholders a text has are worked out (a reminder has no deadline), and all at once, so a
		// method named like a placeholder stays as it is

		List<String> placeholders = new ArrayList<>();
		List<String> values = new ArrayList<>();

		placeholders.add("[$METHOD$]");
		values.add(methodName);

		if (template.contains("[$VALID_UNTIL$]")) {
			placeholders.add("[$VALID_UNTIL$]");
			values.add(formatDate(validUntil, locale));
		}

		if (template.contains("[$DEADLINE$]")) {
			placeholders.add("[$DEADLINE$]");
			values.add(formatDate(deadline, locale));
		}

		if (template.contains("[$SESSIONS$]")) {
			placeholders.add("[$SESSIONS$]");
			values.add(formatSessions(sessionsStillNeeded, locale));
		}

		return _replaceInOnePass(template, placeholders, values);
	}

	/**
	 * Unlike StringUtil.replace with arrays, which replaces one placeholder after the other, so a value that
	 * looks like a later placeholder would be filled in too.
	 */
	private static String _replaceInOnePass(
		String template, List<String> placeholders, List<String> values) {

		StringBuilder sb = new StringBuilder(template.length() + 64);

		int i = 0;

		next:
		while (i < template.length()) {
			for (int j = 0; j < placeholders.size(); j++) {
				String placeholder = placeholders.get(j);

				if (template.startsWith(placeholder, i)) {
					sb.append(values.get(j));

					i += placeholder.length();

					continue next;
				}
			}

			sb.append(template.charAt(i));

			i++;
		}

		return sb.toString();
	}

	private String _key(String noticeKind, String part) {
		if (CertificationNoticeKinds.isExpiry(noticeKind)) {
			return "certification-notice-expiry-" + part;
		}

		String standingKind = LicenceStandingNoticeKinds.baseOf(noticeKind);

		if (standingKind != null) {
			return "certification-notice-" + standingKind + "-" + part;
		}

		return "certification-notice-" + noticeKind + "-" + part;
	}

	private final Function<Locale, ResourceBundle> _resourceBundles;

}
