package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.model.User;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;

/**
 * A certification's valid-until moment as the calendar date its holder knows it by, in their time zone.
 *
 * @author Livsviktig
 */
public final class ValidUntilDates {

	public static LocalDate forHolder(Date validUntil, User holder) {
		TimeZone timeZone = holder.getTimeZone();

		ZoneId zoneId = ZoneId.of("UTC");

		if (timeZone != null) {
			zoneId = timeZone.toZoneId();
		}

		return validUntil.toInstant(
		).atZone(
			zoneId
		).toLocalDate();
	}

	private ValidUntilDates() {
	}

}
