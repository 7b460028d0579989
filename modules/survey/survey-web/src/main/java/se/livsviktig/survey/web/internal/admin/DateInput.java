package se.livsviktig.survey.web.internal.admin;

import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import java.util.Date;

/**
 * The value of an HTML date input (2030-03-17), as the start of that day in the coordinator's time zone, and back.
 *
 * @author Livsviktig
 */
public class DateInput {

	public static String format(Date date, ZoneId zoneId) {
		if (date == null) {
			return "";
		}

		return date.toInstant(
		).atZone(
			zoneId
		).toLocalDate(
		).toString();
	}

	/**
	 * @return the day, or null when nothing, or no date, was typed (the service then says what is missing)
	 */
	public static Date parse(String value, ZoneId zoneId) {
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

	private DateInput() {
	}

}
