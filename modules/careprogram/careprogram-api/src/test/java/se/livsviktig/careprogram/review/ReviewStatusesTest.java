package se.livsviktig.careprogram.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class ReviewStatusesTest {

	@Test
	public void dueDayItselfIsDueSoonNotOverdue() {
		ReviewStatus reviewStatus = _status(
			"2026-03-12T09:00:00Z", "2026-03-12T22:59:00Z");

		assertEquals(ReviewState.DUE_SOON, reviewStatus.getReviewState());
		assertNull(reviewStatus.getOverdueSince());
	}

	@Test
	public void dueSoonCountsStockholmDaysAcrossTheSpringChange() {

		// Due 19 April 23:45 in Stockholm (21:45 UTC); now 20 March 00:30 in Stockholm (19 March 23:30 UTC): 30
		// Stockholm days apart, 31 UTC days apart

		ReviewStatus reviewStatus = _status(
			"2026-04-19T21:45:00Z", "2026-03-19T23:30:00Z");

		assertEquals(ReviewState.DUE_SOON, reviewStatus.getReviewState());
	}

	@Test
	public void inactiveOwnerIsOwnerless() {
		ReviewStatus reviewStatus = ReviewStatuses.of(
			42, false, null, _date("2027-03-12T09:00:00Z"),
			_date("2026-03-12T09:00:00Z"), 30, _STOCKHOLM);

		assertEquals(ReviewState.OWNERLESS, reviewStatus.getReviewState());
	}

	@Test
	public void moreThanReminderDaysAheadIsReviewed() {
		ReviewStatus reviewStatus = _status(
			"2026-04-12T09:00:00Z", "2026-03-12T09:00:00Z");

		assertEquals(ReviewState.REVIEWED, reviewStatus.getReviewState());
	}

	@Test
	public void neverScheduledCountsAsDueSoon() {
		ReviewStatus reviewStatus = ReviewStatuses.of(
			42, true, null, null, _date("2026-03-12T09:00:00Z"), 30,
			_STOCKHOLM);

		assertEquals(ReviewState.DUE_SOON, reviewStatus.getReviewState());
	}

	@Test
	public void ownerlessWinsOverOverdueAndKeepsTheMissedDate() {
		Date nextReviewDate = _date("2026-02-03T09:00:00Z");

		ReviewStatus reviewStatus = ReviewStatuses.of(
			0, true, null, nextReviewDate, _date("2026-03-12T09:00:00Z"), 30,
			_STOCKHOLM);

		assertEquals(ReviewState.OWNERLESS, reviewStatus.getReviewState());
		assertEquals(nextReviewDate, reviewStatus.getOverdueSince());
	}

	@Test
	public void overdueFromTheDayAfterTheDueDaySinceTheDueDate() {

		// Due 3 February 23:30 Stockholm time; 4 February 00:10 Stockholm time is the next day there, still 3
		// February in UTC

		Date nextReviewDate = _date("2026-02-03T22:30:00Z");

		ReviewStatus reviewStatus = ReviewStatuses.of(
			42, true, _date("2025-02-03T22:30:00Z"), nextReviewDate,
			_date("2026-02-03T23:10:00Z"), 30, _STOCKHOLM);

		assertEquals(ReviewState.OVERDUE, reviewStatus.getReviewState());
		assertEquals(nextReviewDate, reviewStatus.getOverdueSince());
	}

	@Test
	public void reminderDaysBeforeDueIsTheDueSoonWindow() {
		assertEquals(
			ReviewState.DUE_SOON,
			_status("2026-04-11T09:00:00Z", "2026-03-12T09:00:00Z").
				getReviewState());
		assertEquals(
			ReviewState.REVIEWED,
			_status("2026-04-12T09:00:00Z", "2026-03-12T09:00:00Z").
				getReviewState());
	}

	@Test
	public void statusDoesNotShareItsDates() {
		Date nextReviewDate = _date("2026-02-03T09:00:00Z");

		ReviewStatus reviewStatus = ReviewStatuses.of(
			42, true, null, nextReviewDate, _date("2026-03-12T09:00:00Z"), 30,
			_STOCKHOLM);

		nextReviewDate.setTime(0);

		assertEquals(
			_date("2026-02-03T09:00:00Z"), reviewStatus.getNextReviewDate());
	}

	@Test
	public void withoutATimeZoneDaysAreUTCDays() {
		ReviewStatus reviewStatus = ReviewStatuses.of(
			42, true, null, _date("2026-02-03T22:30:00Z"),
			_date("2026-02-03T23:10:00Z"), 30);

		assertEquals(ReviewState.DUE_SOON, reviewStatus.getReviewState());
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static ReviewStatus _status(String nextReviewDate, String now) {
		return ReviewStatuses.of(
			42, true, null, _date(nextReviewDate), _date(now), 30, _STOCKHOLM);
	}

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

}
