package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import java.util.Date;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.internal.standing.CertificationPeriod;
import se.livsviktig.instructor.internal.standing.CertificationRun;
import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Which standing notice is due: only the session rule speaks (the certificate's own notices tell of its end),
 * an at-risk episode is its deadline, and a lapse is named for the at-risk episode it ends.
 *
 * @author Livsviktig
 */
public class LicenceStandingNoticeRuleTest {

	@Test
	public void atRiskWithTheDeadlineInTheWindowIsTheDeadlinesEpisode() {
		assertEquals(
			"standing-at-risk-40001-2027-03-12",
			_rule.noticeKindFor(
				_standing(InstructorStanding.AT_RISK, "2027-03-12", 1),
				_run("2030-01-01T00:00:00Z"), Set.of()));
	}

	@Test
	public void atRiskOnlyBecauseTheCertificateEndsIsLeftToTheExpiryReminders() {

		// The session rule holds beyond the window; the certificate ends within it

		assertNull(
			_rule.noticeKindFor(
				_standing(InstructorStanding.AT_RISK, "2027-09-01", 1),
				_run("2027-02-01T00:00:00Z"), Set.of()));

		// The rule fails within the window, but the certificate ends first

		assertNull(
			_rule.noticeKindFor(
				_standing(InstructorStanding.AT_RISK, "2027-03-12", 1),
				_run("2027-02-01T00:00:00Z"), Set.of()));
	}

	@Test
	public void aMethodWithoutASessionRuleGetsNoStandingNotice() {
		LicenceStanding noRule = new LicenceStanding(
			30001, 40001, InstructorStanding.AT_RISK, 0, 0, 0, null,
			Date.from(Instant.parse("2027-02-01T00:00:00Z")));

		assertNull(
			_rule.noticeKindFor(
				noRule, _run("2027-02-01T00:00:00Z"), Set.of()));
	}

	@Test
	public void withoutACertificationCoveringTodayTheCertificatesLapseNoticeSpeaks() {
		assertNull(
			_rule.noticeKindFor(
				_standing(InstructorStanding.LAPSED, null, 1), null,
				Set.of()));
	}

	@Test
	public void anEpisodeAlreadyToldIsNotDueAgain() {
		assertNull(
			_rule.noticeKindFor(
				_standing(InstructorStanding.AT_RISK, "2027-03-12", 1),
				_run("2030-01-01T00:00:00Z"),
				Set.of("standing-at-risk-40001-2027-03-12")));
	}

	@Test
	public void aLapseIsNamedForTheLatestAtRiskEpisodeOfTheMethodInTheRun() {
		assertEquals(
			"standing-lapsed-40001-2026-11-30",
			_rule.noticeKindFor(
				_standing(InstructorStanding.LAPSED, null, 1),
				_run("2030-01-01T00:00:00Z"),
				Set.of(
					"standing-at-risk-40001-2025-06-01",
					"standing-at-risk-40001-2026-11-30",
					"standing-at-risk-400012-2026-12-20",
					"standing-at-risk-40002-2026-12-24",
					"standing-at-risk-40001-2024-06-01")));
	}

	@Test
	public void aLapseWithoutAnAtRiskEpisodeIsNamedForTheRunsStart() {
		assertEquals(
			"standing-lapsed-40001-2025-01-01",
			_rule.noticeKindFor(
				_standing(InstructorStanding.LAPSED, null, 1),
				_run("2030-01-01T00:00:00Z"), Set.of()));
	}

	@Test
	public void anOkStandingIsNeverTold() {
		assertNull(
			_rule.noticeKindFor(
				_standing(InstructorStanding.OK, "2027-03-12", 1),
				_run("2030-01-01T00:00:00Z"), Set.of()));
	}

	private static CertificationRun _run(String validUntil) {
		return CertificationRun.covering(
			_NOW,
			List.of(
				new CertificationPeriod(
					Instant.parse("2025-01-01T00:00:00Z"),
					Instant.parse(validUntil))));
	}

	private static LicenceStanding _standing(
		InstructorStanding standing, String deadline, int stillNeeded) {

		Date deadlineDate = null;

		if (deadline != null) {
			deadlineDate = Date.from(Instant.parse(deadline + "T00:00:00Z"));
		}

		return new LicenceStanding(
			30001, 40001, standing, 2 - stillNeeded, 2, stillNeeded,
			deadlineDate, null);
	}

	private static final Instant _NOW = Instant.parse("2027-01-04T06:00:00Z");

	private final LicenceStandingNoticeRule _rule =
		new LicenceStandingNoticeRule(_NOW, 90);

}
