package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.util.Validator;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import java.util.Date;

/**
 * A meeting's start or end as typed in a plain date input and a time input, read in the reader's time zone: the
 * same clock time is a different instant on either side of a daylight-saving change.
 *
 * @author Livsviktig
 */
public class MeetingTimeInput {

	/**
	 * @return the moment, or null when the day or the time is missing or not a day or time (the service then
	 *         says the start and end are needed)
	 */
	public static Date parse(String date, String time, ZoneId zoneId) {
		if (Validator.isBlank(date) || Validator.isBlank(time)) {
			return null;
		}

		try {
			return Date.from(
				LocalDate.parse(
					date.trim()
				).atTime(
					LocalTime.parse(time.trim())
				).atZone(
					zoneId
				).toInstant());
		}
		catch (DateTimeParseException dateTimeParseException) {
			return null;
		}
	}

}
