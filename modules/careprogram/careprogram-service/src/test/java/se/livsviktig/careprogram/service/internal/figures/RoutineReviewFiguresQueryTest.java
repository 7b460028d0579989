package se.livsviktig.careprogram.service.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;

import java.sql.Timestamp;

import java.time.Instant;

import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.RoutineReviewFigures;

/**
 * @author Livsviktig
 */
class RoutineReviewFiguresQueryTest {

	@Test
	void aClosedPeriodIsJudgedAtItsEndNotToday() {
		RoutineReviewFiguresQuery routineReviewFiguresQuery =
			new RoutineReviewFiguresQuery(
				_COMPANY_ID, _END_OF_2027, _MARCH_2028, _STOCKHOLM);

		List<Object> parameters = routineReviewFiguresQuery.parameters();

		assertEquals(
			new Timestamp(_END_OF_2027.getTime()),
			parameters.get(parameters.size() - 1));
		assertEquals(
			new Timestamp(
				EarliestOnTimeReview.of(
					_END_OF_2027, 12, _STOCKHOLM
				).getTime()),
			parameters.get(11));
	}

	@Test
	void aPeriodNotOverIsJudgedNowOnTodaysCalendar() {
		Date now = Date.from(Instant.parse("2027-06-15T10:00:00Z"));

		RoutineReviewFiguresQuery routineReviewFiguresQuery =
			new RoutineReviewFiguresQuery(
				_COMPANY_ID, _END_OF_2027, now, _STOCKHOLM);

		List<Object> parameters = routineReviewFiguresQuery.parameters();

		assertEquals(
			new Timestamp(now.getTime()),
			parameters.get(parameters.size() - 1));
		assertEquals(
			new Timestamp(
				EarliestOnTimeReview.of(
					Date.from(Instant.parse("2027-06-14T22:00:00Z")), 1,
					_STOCKHOLM
				).getTime()),
			parameters.get(0));
	}

	@Test
	void everyPlaceholderHasItsParameter() {
		RoutineReviewFiguresQuery routineReviewFiguresQuery =
			new RoutineReviewFiguresQuery(
				_COMPANY_ID, _END_OF_2027, _MARCH_2028, _STOCKHOLM);

		assertEquals(
			_placeholders(routineReviewFiguresQuery.sql()),
			routineReviewFiguresQuery.parameters().size());
		assertEquals(
			_placeholders(routineReviewFiguresQuery.sqlRolledUp()),
			routineReviewFiguresQuery.parametersRolledUp(
				7
			).size());
		assertEquals(
			List.of(_COMPANY_ID, 7L),
			routineReviewFiguresQuery.parametersRolledUp(
				7
			).subList(
				60, 62
			));
	}

	@Test
	void countsOfAnyNumberTypeAndNullAreRead() {
		assertEquals(
			List.of(
				new RoutineReviewFigures(5, 3, 0),
				new RoutineReviewFigures(6, 2, 2)),
			RoutineReviewFiguresQuery.toFigures(
				List.of(
					new Object[] {5L, BigInteger.valueOf(3), null},
					new Object[] {
						BigDecimal.valueOf(6), 2, BigDecimal.valueOf(2)
					})));
		assertEquals(
			Collections.emptyList(),
			RoutineReviewFiguresQuery.toFigures(Collections.emptyList()));
	}

	private static long _placeholders(String sql) {
		return sql.chars(
		).filter(
			character -> character == '?'
		).count();
	}

	private static final long _COMPANY_ID = 20097;

	private static final Date _END_OF_2027 = Date.from(
		Instant.parse("2027-12-31T23:00:00Z"));

	private static final Date _MARCH_2028 = Date.from(
		Instant.parse("2028-03-01T12:00:00Z"));

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

}
