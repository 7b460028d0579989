package se.livsviktig.instructor.web.internal.display.context;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Date;
import java.util.Locale;

/**
 * Periods written in the reader's language and time zone: a session's days and a meeting's times. A period
 * within one day names the day once, so "12 mars 2031 13:00–15:00" rather than the day twice.
 *
 * @author Livsviktig
 */
public class DateRangeFormat {

	public DateRangeFormat(Locale locale, ZoneId zoneId) {
		_zoneId = zoneId;

		_dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.MEDIUM
		).withLocale(
			locale
		);
		_timeFormatter = DateTimeFormatter.ofLocalizedTime(
			FormatStyle.SHORT
		).withLocale(
			locale
		);
	}

	/**
	 * @return the first and last day, or the one day when both are the same
	 */
	public String days(Date start, Date end) {
		ZonedDateTime startDateTime = _zoned(start);
		ZonedDateTime endDateTime = _zoned(end);

		if (startDateTime.toLocalDate().equals(endDateTime.toLocalDate())) {
			return _dateFormatter.format(startDateTime);
		}

		return _dateFormatter.format(startDateTime) + " – " +
			_dateFormatter.format(endDateTime);
	}

	/**
	 * @return the day and the start and end times, with the end's day as well when it is another
	 */
	public String times(Date start, Date end) {
		ZonedDateTime startDateTime = _zoned(start);
		ZonedDateTime endDateTime = _zoned(end);

		String from =
			_dateFormatter.format(startDateTime) + " " +
				_timeFormatter.format(startDateTime);

		if (startDateTime.toLocalDate().equals(endDateTime.toLocalDate())) {
			return from + "–" + _timeFormatter.format(endDateTime);
		}

		return from + " – " + _dateFormatter.format(endDateTime) + " " +
			_timeFormatter.format(endDateTime);
	}

	private ZonedDateTime _zoned(Date date) {
		return date.toInstant().atZone(_zoneId);
	}

	private final DateTimeFormatter _dateFormatter;
	private final DateTimeFormatter _timeFormatter;
	private final ZoneId _zoneId;

}
