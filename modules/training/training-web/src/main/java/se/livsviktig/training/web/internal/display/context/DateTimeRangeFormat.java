package se.livsviktig.training.web.internal.display.context;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.Locale;

/**
 * A start and an end as the reader says them, in their time zone: the day once and the two times when both fall
 * on the same day, otherwise day and time at each end.
 *
 * @author Livsviktig
 */
public class DateTimeRangeFormat {

	public DateTimeRangeFormat(Locale locale, ZoneId zoneId) {
		_locale = locale;
		_zoneId = zoneId;
	}

	public String format(Date start, Date end) {
		DateTimeFormatter dayFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			_locale
		);
		DateTimeFormatter timeFormatter = DateTimeFormatter.ofPattern(
			"HH:mm", _locale);

		ZonedDateTime startDateTime = _toZonedDateTime(start);
		ZonedDateTime endDateTime = _toZonedDateTime(end);

		if (startDateTime.toLocalDate(
			).equals(
				endDateTime.toLocalDate()
			)) {

			return dayFormatter.format(startDateTime) + " " +
				timeFormatter.format(startDateTime) + "–" +
					timeFormatter.format(endDateTime);
		}

		return dayFormatter.format(startDateTime) + " " +
			timeFormatter.format(startDateTime) + " – " +
				dayFormatter.format(endDateTime) + " " +
					timeFormatter.format(endDateTime);
	}

	private ZonedDateTime _toZonedDateTime(Date date) {
		return ZonedDateTime.ofInstant(date.toInstant(), _zoneId);
	}

	private final Locale _locale;
	private final ZoneId _zoneId;

}
