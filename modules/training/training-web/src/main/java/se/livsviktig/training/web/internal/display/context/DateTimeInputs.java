package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import java.util.Date;

/**
 * The values of HTML's date and datetime-local inputs (2026-03-12, 2026-03-12T09:00), read and written in the
 * coordinator's time zone, so what they type is what the session's participants see in theirs.
 *
 * @author Livsviktig
 */
public class DateTimeInputs {

	/**
	 * @return the date's value for a date input, or "" for none
	 */
	public static String formatDate(Date date, ZoneId zoneId) {
		if (date == null) {
			return "";
		}

		return DateTimeFormatter.ISO_LOCAL_DATE.format(
			date.toInstant(
			).atZone(
				zoneId
			));
	}

	/**
	 * @return the date's value for a datetime-local input, or "" for none
	 */
	public static String formatDateTime(Date date, ZoneId zoneId) {
		if (date == null) {
			return "";
		}

		return _DATE_TIME.format(
			date.toInstant(
			).atZone(
				zoneId
			));
	}

	/**
	 * @return the start of the day typed, or null when nothing or no date was typed
	 */
	public static Date parseDate(String value, ZoneId zoneId) {
		if (Validator.isBlank(value)) {
			return null;
		}

		try {
			return Date.from(
				LocalDate.parse(
					value.trim()
				).atStartOfDay(
					zoneId
				).toInstant());
		}
		catch (DateTimeParseException dateTimeParseException) {
			return null;
		}
	}

	/**
	 * @return the moment typed, or null when nothing or no date and time was typed
	 */
	public static Date parseDateTime(String value, ZoneId zoneId) {
		if (Validator.isBlank(value)) {
			return null;
		}

		try {
			return Date.from(
				LocalDateTime.parse(
					value.trim()
				).atZone(
					zoneId
				).toInstant());
		}
		catch (DateTimeParseException dateTimeParseException) {
			return null;
		}
	}

	private static final DateTimeFormatter _DATE_TIME =
		DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

}
