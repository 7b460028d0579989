package se.livsviktig.careprogram.service.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class ReviewNoticePlanTest {

	@Test
	public void dueDayInStockholmIsNotTheUTCDay() {

		// Due 12 March 23:30 Stockholm time (22:30 UTC); the job runs 13 March 00:15 Stockholm time, still 12
		// March in UTC: the due day has passed there

		Date due = _date("2026-03-12T22:30:00Z");

		assertEquals(
			List.of(_notice(ReviewNoticeKind.DUE, _OWNER, "2026-03-12")),
			_plan(_routine(due), "2026-03-12T23:15:00Z"));
	}

	@Test
	public void dueNoticeIsClaimedByTheDueDayForTheFirstWeek() {
		Date due = _date("2026-03-12T09:00:00Z");

		List<PlannedReviewNotice> expected = List.of(
			_notice(ReviewNoticeKind.DUE, _OWNER, "2026-03-12"));

		assertEquals(expected, _plan(_routine(due), "2026-03-12T05:00:00Z"));
		assertEquals(expected, _plan(_routine(due), "2026-03-18T20:00:00Z"));
	}

	@Test
	public void dueSoonStartsReminderDaysBeforeTheDueDay() {
		Date due = _date("2026-03-12T09:00:00Z");

		assertEquals(
			Collections.emptyList(),
			_plan(_routine(due), "2026-02-09T22:59:00Z"));
		assertEquals(
			List.of(_notice(ReviewNoticeKind.DUE_SOON, _OWNER, "2026-03-12")),
			_plan(_routine(due), "2026-02-10T00:01:00Z"));
		assertEquals(
			List.of(_notice(ReviewNoticeKind.DUE_SOON, _OWNER, "2026-03-12")),
			_plan(_routine(due), "2026-03-11T22:00:00Z"));
	}

	@Test
	public void dueSoonWindowCountsDaysAcrossTheSpringChange() {

		// Due 19 April 23:45 Stockholm time; 20 March 00:30 Stockholm time is 30 Stockholm days before it but 31
		// UTC days

		Date due = _date("2026-04-19T21:45:00Z");

		assertEquals(
			List.of(_notice(ReviewNoticeKind.DUE_SOON, _OWNER, "2026-04-19")),
			_plan(_routine(due), "2026-03-19T23:30:00Z"));
	}

	@Test
	public void endOfFebruaryDueDayKeepsItsKeyThroughMarch() {

		// Due the last day of February: its weeks run on into March without a calendar-month reset

		Date due = _date("2026-02-28T09:00:00Z");

		assertEquals(
			List.of(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER,
					"2026-02-28/w1")),
			_plan(_routine(due), "2026-03-07T09:00:00Z"));
		assertEquals(
			List.of(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER,
					"2026-02-28/w2")),
			_plan(_routine(due), "2026-03-14T09:00:00Z"));
	}

	@Test
	public void escalationGoesToTheProgrammeOwnerOncePerCycleAfterNWeeks() {
		Date due = _date("2026-03-12T09:00:00Z");

		assertEquals(
			List.of(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER,
					"2026-03-12/w3")),
			_plan(_routine(due), "2026-04-08T09:00:00Z"));
		assertEquals(
			Arrays.asList(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER, "2026-03-12/w4"),
				_notice(
					ReviewNoticeKind.ESCALATED, _PROGRAMME_OWNER,
					"2026-03-12")),
			_plan(_routine(due), "2026-04-09T09:00:00Z"));
		assertEquals(
			Arrays.asList(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER, "2026-03-12/w9"),
				_notice(
					ReviewNoticeKind.ESCALATED, _PROGRAMME_OWNER,
					"2026-03-12")),
			_plan(_routine(due), "2026-05-15T09:00:00Z"));
	}

	@Test
	public void escalationWeeksComeFromTheConfiguration() {
		Date due = _date("2026-03-12T09:00:00Z");

		ReviewNoticePlan reviewNoticePlan = new ReviewNoticePlan(30, 2);

		assertEquals(
			Arrays.asList(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER, "2026-03-12/w2"),
				_notice(
					ReviewNoticeKind.ESCALATED, _PROGRAMME_OWNER,
					"2026-03-12")),
			reviewNoticePlan.noticesDue(
				_routine(due), _date("2026-03-26T09:00:00Z"), _STOCKHOLM));
	}

	@Test
	public void nothingIsDueForAReviewedText() {
		assertEquals(
			Collections.emptyList(),
			_plan(
				_routine(_date("2027-03-12T09:00:00Z")),
				"2026-03-12T09:00:00Z"));
	}

	@Test
	public void overdueWeeklyIsClaimedOncePerWeekByDueDayAndWeek() {
		Date due = _date("2026-03-12T09:00:00Z");

		List<PlannedReviewNotice> firstWeek = List.of(
			_notice(ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER, "2026-03-12/w1"));

		assertEquals(firstWeek, _plan(_routine(due), "2026-03-19T05:00:00Z"));
		assertEquals(firstWeek, _plan(_routine(due), "2026-03-25T20:00:00Z"));
		assertEquals(
			List.of(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _OWNER,
					"2026-03-12/w2")),
			_plan(_routine(due), "2026-03-26T05:00:00Z"));
	}

	@Test
	public void ownerlessNoticeGoesToTheProgrammeOwnerOncePerSpell() {
		Date ownerlessSince = _date("2026-03-01T12:00:00Z");

		ReviewSubject reviewSubject = new ReviewSubject(
			0, false, _date("2027-03-12T09:00:00Z"), ownerlessSince,
			_PROGRAMME_OWNER);

		List<PlannedReviewNotice> expected = List.of(
			_notice(
				ReviewNoticeKind.OWNERLESS, _PROGRAMME_OWNER,
				"ownerless/2026-03-01T12:00:00Z"));

		assertEquals(expected, _plan(reviewSubject, "2026-03-02T09:00:00Z"));
		assertEquals(expected, _plan(reviewSubject, "2026-06-02T09:00:00Z"));
	}

	@Test
	public void ownerlessOverdueRoutineIsStillEscalatedButNobodyGetsOwnerNotices() {
		ReviewSubject reviewSubject = new ReviewSubject(
			0, false, _date("2026-01-12T09:00:00Z"),
			_date("2026-03-01T12:00:00Z"), _PROGRAMME_OWNER);

		assertEquals(
			Arrays.asList(
				_notice(
					ReviewNoticeKind.OWNERLESS, _PROGRAMME_OWNER,
					"ownerless/2026-03-01T12:00:00Z"),
				_notice(
					ReviewNoticeKind.ESCALATED, _PROGRAMME_OWNER,
					"2026-01-12")),
			_plan(reviewSubject, "2026-03-02T09:00:00Z"));
	}

	@Test
	public void programmeWithoutAnEscalationRecipientIsNeverEscalated() {
		ReviewSubject programme = new ReviewSubject(
			_PROGRAMME_OWNER, true, _date("2026-01-12T09:00:00Z"), null, 0);

		assertEquals(
			List.of(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _PROGRAMME_OWNER,
					"2026-01-12/w7")),
			_plan(programme, "2026-03-02T09:00:00Z"));
	}

	@Test
	public void programmeOwnerWhoOwnsTheRoutineIsNotEscalatedTo() {
		ReviewSubject reviewSubject = new ReviewSubject(
			_PROGRAMME_OWNER, true, _date("2026-01-12T09:00:00Z"), null,
			_PROGRAMME_OWNER);

		assertEquals(
			List.of(
				_notice(
					ReviewNoticeKind.OVERDUE_WEEKLY, _PROGRAMME_OWNER,
					"2026-01-12/w7")),
			_plan(reviewSubject, "2026-03-02T09:00:00Z"));
	}

	@Test
	public void newCycleIsANewEpisode() {
		assertEquals(
			List.of(_notice(ReviewNoticeKind.DUE, _OWNER, "2027-03-12")),
			_plan(
				_routine(_date("2027-03-12T09:00:00Z")),
				"2027-03-12T09:00:00Z"));
	}

	@Test
	public void ownerlessSpellWithoutAStartSendsNothing() {
		ReviewSubject reviewSubject = new ReviewSubject(
			0, true, _date("2027-03-12T09:00:00Z"), null, _PROGRAMME_OWNER);

		assertEquals(
			Collections.emptyList(),
			_plan(reviewSubject, "2026-03-02T09:00:00Z"));
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static PlannedReviewNotice _notice(
		ReviewNoticeKind reviewNoticeKind, long recipientUserId,
		String episodeKey) {

		return new PlannedReviewNotice(
			reviewNoticeKind, recipientUserId, episodeKey);
	}

	private static List<PlannedReviewNotice> _plan(
		ReviewSubject reviewSubject, String now) {

		return new ReviewNoticePlan(
			30, 4
		).noticesDue(
			reviewSubject, _date(now), _STOCKHOLM
		);
	}

	private static ReviewSubject _routine(Date nextReviewDate) {
		return new ReviewSubject(
			_OWNER, true, nextReviewDate, null, _PROGRAMME_OWNER);
	}

	private static final long _OWNER = 42;

	private static final long _PROGRAMME_OWNER = 7;

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

}
