package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.portal.kernel.util.ResourceBundleUtil;

import java.time.LocalDate;

import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.function.Function;

import se.livsviktig.careprogram.review.ReviewDateFormat;
import se.livsviktig.careprogram.review.ReviewDays;

/**
 * The wording of a review notice in one language: its subject (also the bell entry's text), its body and the
 * e-mail's fixed lines. Values go in as plain text; whoever puts them into HTML escapes them.
 *
 * @author Livsviktig
 */
public class ReviewNoticeTexts {

	public ReviewNoticeTexts() {
		this(
			locale -> ResourceBundleUtil.getBundle(
				"content.Language", locale, ReviewNoticeTexts.class));
	}

	public ReviewNoticeTexts(
		Function<Locale, ResourceBundle> resourceBundles) {

		_resourceBundles = resourceBundles;
	}

	/**
	 * The day a review falls due, as the company counts days (as ReviewDateFormat and the badge do), whatever the
	 * recipient's own time zone: a reminder names the day the badge names, not the day before for someone in UTC.
	 *
	 * @return the day, or null for no due date
	 */
	public static LocalDate dueDay(
		Date nextReviewDate, TimeZone companyTimeZone) {

		if (nextReviewDate == null) {
			return null;
		}

		return ReviewDays.dayOf(nextReviewDate, companyTimeZone.toZoneId());
	}

	/**
	 * @return the day as the badges write it (careprogram-api's ReviewDateFormat), e.g. "3 February 2026"
	 */
	public String formatDate(LocalDate date, Locale locale) {
		return ReviewDateFormat.formatDay(date, locale);
	}

	/**
	 * @param name the text's name: the programme's title, or for a routine the programme's title and the
	 *        administration's name
	 * @param dueDay the due day as the company counts days (dueDay)
	 */
	public String getBody(
		ReviewNoticeKind reviewNoticeKind, Locale locale, String name,
		LocalDate dueDay) {

		return _fill(_key(reviewNoticeKind, "body"), locale, name, dueDay);
	}

	public String getGreeting(Locale locale, String fullName) {
		return _fill("review-notice-greeting", locale, fullName, null);
	}

	public String getLabel(String key, Locale locale) {
		return _resourceBundles.apply(
			locale
		).getString(
			key
		);
	}

	public String getSubject(
		ReviewNoticeKind reviewNoticeKind, Locale locale, String name,
		LocalDate dueDay) {

		return _fill(_key(reviewNoticeKind, "subject"), locale, name, dueDay);
	}

	/**
	 * Fills both placeholders in one pass, so a name that looks like the date's placeholder stays as it is.
	 */
	private String _fill(
		String key, Locale locale, String name, LocalDate dueDay) {

		String template = getLabel(key, locale);

		String date = formatDate(dueDay, locale);

		StringBuilder sb = new StringBuilder(template.length() + 64);

		int i = 0;

		while (i < template.length()) {
			if (template.startsWith(_NAME, i)) {
				sb.append(name);

				i += _NAME.length();
			}
			else if (template.startsWith(_DUE_DATE, i)) {
				sb.append(date);

				i += _DUE_DATE.length();
			}
			else {
				sb.append(template.charAt(i));

				i++;
			}
		}

		return sb.toString();
	}

	private String _key(ReviewNoticeKind reviewNoticeKind, String part) {
		return "review-notice-" +
			reviewNoticeKind.name(
			).toLowerCase(
				Locale.ROOT
			).replace(
				'_', '-'
			) + "-" + part;
	}

	private static final String _DUE_DATE = "[$DUE_DATE$]";

	private static final String _NAME = "[$NAME$]";

	private final Function<Locale, ResourceBundle> _resourceBundles;

}
