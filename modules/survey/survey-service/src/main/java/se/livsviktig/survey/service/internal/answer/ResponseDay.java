package se.livsviktig.survey.service.internal.answer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Date;

/**
 * When a response was given, only as precisely as anonymity allows: the day in the company's time zone, stored as
 * that date at 00:00 UTC, and its month as yyyyMM. A time of day (or a timestamp that sorts responses in the order
 * they came) would let someone who reads the database match a response to the invitation sent or answered last.
 *
 * @author Livsviktig
 */
public final class ResponseDay {

	public static ResponseDay of(Instant instant, ZoneId companyZoneId) {
		return new ResponseDay(LocalDate.ofInstant(instant, companyZoneId));
	}

	public LocalDate getLocalDate() {
		return _localDate;
	}

	/**
	 * The value of {@code SurveyResponse.responseDay}: the day's midnight UTC, whatever the company's zone, so the
	 * stored value carries no hour that could differ between two responses of one day.
	 */
	public Date getResponseDay() {
		return Date.from(_localDate.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/**
	 * The value of {@code SurveyResponse.responseMonth}: yyyyMM, e.g. 202612.
	 */
	public int getResponseMonth() {
		return (_localDate.getYear() * 100) + _localDate.getMonthValue();
	}

	private ResponseDay(LocalDate localDate) {
		_localDate = localDate;
	}

	private final LocalDate _localDate;

}
