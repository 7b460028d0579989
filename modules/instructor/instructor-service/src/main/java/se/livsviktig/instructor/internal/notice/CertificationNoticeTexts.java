package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.StringUtil;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

		return _fill(_key(noticeKind, "body"), locale, methodName, validUntil);
	}

	public String formatDate(LocalDate date, Locale locale) {
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

	public String getSubject(
		String noticeKind, Locale locale, String methodName,
		LocalDate validUntil) {

		return _fill(
			_key(noticeKind, "subject"), locale, methodName, validUntil);
	}

	private String _fill(
		String key, Locale locale, String methodName, LocalDate validUntil) {

		String template = _resourceBundles.apply(
			locale
		).getString(
			key
		);

		return StringUtil.replace(
			template, new String[] {"[$METHOD$]", "[$VALID_UNTIL$]"},
			new String[] {methodName, formatDate(validUntil, locale)});
	}

	private String _key(String noticeKind, String part) {
		if (CertificationNoticeKinds.isExpiry(noticeKind)) {
			return "certification-notice-expiry-" + part;
		}

		return "certification-notice-" + noticeKind + "-" + part;
	}

	private final Function<Locale, ResourceBundle> _resourceBundles;

}
