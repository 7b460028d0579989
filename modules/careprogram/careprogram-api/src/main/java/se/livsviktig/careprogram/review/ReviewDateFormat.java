package se.livsviktig.careprogram.review;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one way a review date is written, on the badges, the pages, the bell and the e-mails: the day written out in
 * the reader's language ("12 mars 2026", "12 March 2026"), never numeric (03/02/2026 is two different days in
 * Sweden and the US), and the day as the company counts it, since a review falls due on a day in the company's
 * time zone: a badge and a reminder about the same review name the same day.
 *
 * @author Livsviktig
 */
public final class ReviewDateFormat {

	/**
	 * @param locale          the reader's language
	 * @param companyTimeZone the company's time zone, whose day a moment falls on
	 */
	public static ReviewDateFormat of(Locale locale, TimeZone companyTimeZone) {
		return new ReviewDateFormat(locale, companyTimeZone.toZoneId());
	}

	/**
	 * @return the day in the language, e.g. "12 March 2026"; an empty string for none
	 */
	public static String formatDay(LocalDate day, Locale locale) {
		if (day == null) {
			return "";
		}

		return DateTimeFormatter.ofPattern(
			_PATTERN, locale
		).format(
			day
		);
	}

	/**
	 * @return the moment's day in the company's time zone, e.g. "12 mars 2026"; an empty string for none
	 */
	public String format(Date moment) {
		if (moment == null) {
			return "";
		}

		return format(ReviewDays.dayOf(moment, _zoneId));
	}

	/**
	 * @return the day, e.g. "12 March 2026"; an empty string for none
	 */
	public String format(LocalDate day) {
		if (day == null) {
			return "";
		}

		return formatDay(day, _locale);
	}

	private ReviewDateFormat(Locale locale, ZoneId zoneId) {
		_locale = locale;
		_zoneId = zoneId;
	}

	private static final String _PATTERN = "d MMMM yyyy";

	private final Locale _locale;
	private final ZoneId _zoneId;

}
