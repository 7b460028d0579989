package se.livsviktig.survey.uad.text;

import com.liferay.portal.kernel.util.TimeZoneThreadLocal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

/**
 * A day as the personal data screen's reader writes it ("12 mars 2026", "Mar 12, 2026"), in the time zone the
 * portal renders the page in.
 *
 * @author Livsviktig
 */
public final class DisplayDate {

	public static String format(Date date, Locale locale) {
		if (date == null) {
			return "";
		}

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);

		return dateTimeFormatter.format(
			date.toInstant(
			).atZone(
				_zoneId()
			));
	}

	private static ZoneId _zoneId() {
		TimeZone timeZone = TimeZoneThreadLocal.getThemeDisplayTimeZone();

		if (timeZone == null) {
			return ZoneOffset.UTC;
		}

		return timeZone.toZoneId();
	}

	private DisplayDate() {
	}

}
