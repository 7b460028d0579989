package se.livsviktig.survey.internal.invitation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The month an invitation was sent, as {@code SurveyInvitation.sentMonth}: yyyyMM in the company's time zone, the
 * same calendar as a response's {@code responseMonth}, so the results page sets the invited of a month beside the
 * respondents of the same month.
 *
 * @author Livsviktig
 */
public final class SentMonth {

	public static int of(Instant sent, ZoneId companyZoneId) {
		LocalDate localDate = LocalDate.ofInstant(sent, companyZoneId);

		return (localDate.getYear() * 100) + localDate.getMonthValue();
	}

	private SentMonth() {
	}

}
