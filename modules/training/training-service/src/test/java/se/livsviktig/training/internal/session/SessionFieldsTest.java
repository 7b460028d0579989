package se.livsviktig.training.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;

/**
 * The form's fields land on the session's row, its start the first date's start and its end the last date's end,
 * whatever order the dates came in on the form's rows.
 *
 * @author Livsviktig
 */
public class SessionFieldsTest {

	@Test
	public void aSessionOfTwoDatesStartsWithTheFirstAndEndsWithTheLast() {
		CourseSession courseSession = new CourseSessionImpl();

		_sessionFields("Stadshuset").applyTo(courseSession);

		assertEquals(_day(1, 9), courseSession.getStartDate());
		assertEquals(_day(2, 16), courseSession.getEndDate());
		assertEquals(24, courseSession.getSeats());
		assertEquals(7, courseSession.getCoordinatorUserId());
		assertEquals("Stadshuset", courseSession.getVenueName());
		assertEquals("Umeå", courseSession.getLocality());
		assertTrue(courseSession.isApprovalRequired());
		assertEquals(48, courseSession.getOfferHours());
	}

	@Test
	public void anotherVenueIsAnotherPlace() {
		CourseSession courseSession = new CourseSessionImpl();

		_sessionFields("Stadshuset").applyTo(courseSession);

		assertFalse(
			_sessionFields("Stadshuset").placeChangedFrom(courseSession));
		assertTrue(_sessionFields("Folkets hus").placeChangedFrom(courseSession));
	}

	private static Date _day(int day, int hour) {
		return new Date(
			1_800_000_000_000L + (day * 86_400_000L) + (hour * 3_600_000L));
	}

	private SessionFields _sessionFields(String venueName) {
		return new SessionFields(
			7, CourseSessionConstants.DELIVERY_MODE_ON_SITE, venueName,
			"Skolgatan 31A", "Umeå", "", 24, _day(-20, 8), _day(-2, 8),
			_day(-3, 8), true, 0, 48, false, null,
			new Date[] {_day(1, 9), _day(2, 9)},
			new Date[] {_day(1, 16), _day(2, 16)}, new long[0]);
	}

}
