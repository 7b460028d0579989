package se.livsviktig.survey.service.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
class SurveyFiguresQueriesTest {

	@Test
	void everyPlaceholderHasItsParameter() {
		SurveyFiguresQueries surveyFiguresQueries = _queries(_STOCKHOLM);

		assertEquals(
			_placeholders(surveyFiguresQueries.responseRateSql()),
			surveyFiguresQueries.responseRateParameters().size());
		assertEquals(
			_placeholders(surveyFiguresQueries.responseRateSqlRolledUp()),
			surveyFiguresQueries.responseRateParametersRolledUp(
				7
			).size());
		assertEquals(
			_placeholders(surveyFiguresQueries.followUpOutcomeSql()),
			surveyFiguresQueries.followUpOutcomeParameters().size());
		assertEquals(
			_placeholders(surveyFiguresQueries.followUpOutcomeSqlRolledUp()),
			surveyFiguresQueries.followUpOutcomeParametersRolledUp(
				7
			).size());
	}

	@Test
	void invitationsCountByTheMomentTheirMailWentOut() {
		assertEquals(
			List.of(
				_COMPANY_ID, new Timestamp(_FROM.getTime()),
				new Timestamp(_TO.getTime())),
			_queries(
				_STOCKHOLM
			).responseRateParameters());
	}

	@Test
	void responsesCountByTheirDayStoredAsMidnightUtc() {
		assertEquals(
			List.of(
				_COMPANY_ID, _timestamp("2027-01-01T00:00:00Z"),
				_timestamp("2028-01-01T00:00:00Z")),
			_queries(
				_STOCKHOLM
			).followUpOutcomeParameters());
	}

	@Test
	void aCompanyWestOfUtcStillCountsItsOwnDays() {
		TimeZone newYork = TimeZone.getTimeZone("America/New_York");

		SurveyFiguresQueries surveyFiguresQueries = new SurveyFiguresQueries(
			_COMPANY_ID, Date.from(Instant.parse("2027-01-01T05:00:00Z")),
			Date.from(Instant.parse("2028-01-01T05:00:00Z")), newYork);

		assertEquals(
			List.of(
				_COMPANY_ID, 7L, _COMPANY_ID,
				_timestamp("2027-01-01T00:00:00Z"),
				_timestamp("2028-01-01T00:00:00Z")),
			surveyFiguresQueries.followUpOutcomeParametersRolledUp(7));
	}

	private static long _placeholders(String sql) {
		return sql.chars(
		).filter(
			character -> character == '?'
		).count();
	}

	private static SurveyFiguresQueries _queries(TimeZone timeZone) {
		return new SurveyFiguresQueries(_COMPANY_ID, _FROM, _TO, timeZone);
	}

	private static Timestamp _timestamp(String instant) {
		return Timestamp.from(Instant.parse(instant));
	}

	private static final long _COMPANY_ID = 20097;

	private static final Date _FROM = Date.from(
		Instant.parse("2026-12-31T23:00:00Z"));

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

	private static final Date _TO = Date.from(
		Instant.parse("2027-12-31T23:00:00Z"));

}
