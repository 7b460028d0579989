package se.livsviktig.survey.service.internal.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Date;

/**
 * The first response day that is still kept: a response whose day (its {@code responseDay}, midnight UTC of the
 * company's day) is before the cutoff has been kept the configured number of months and loses its free text or its
 * person. Compared in the same form the day is stored in, so the cutoff moves by whole days and a job that runs
 * twice on one day draws the same line.
 *
 * @author Livsviktig
 */
public final class RetentionCutoff {

	/**
	 * A setting below one month is taken as one month: a slip in the settings must not delete every answer the
	 * moment it is given, and no setting can keep personal data for ever.
	 */
	public static final int MINIMUM_MONTHS = 1;

	public static Date of(Instant now, ZoneId companyZoneId, int months) {
		LocalDate today = LocalDate.ofInstant(now, companyZoneId);

		LocalDate firstKeptDay = today.minusMonths(
			Math.max(months, MINIMUM_MONTHS));

		return Date.from(firstKeptDay.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	private RetentionCutoff() {
	}

}
