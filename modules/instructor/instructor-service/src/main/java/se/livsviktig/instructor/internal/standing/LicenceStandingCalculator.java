package se.livsviktig.instructor.internal.standing;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.instructor.standing.LicenceStandingLocalService;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * One instructor's licence standing for one method, from their certifications and the ends of the sessions they
 * delivered, as {@link LicenceStandingLocalService} defines it. Pure: no queries, the moment is given.
 *
 * <p>
 * With N sessions required in M months, the rule holds at a moment t when t is before the first check (the
 * start of the run of certifications plus M months) or at least N sessions ended from the day M months before
 * t's day up to t. Without further sessions that count only falls as time passes, so the rule fails once, and the
 * deadline is the last day it holds: M months after the day the N-th most recent session ended, or the first
 * check when that comes later or too few sessions were delivered by then. Days and calendar months are UTC's,
 * the portal's time zone.
 * </p>
 *
 * @author Livsviktig
 */
public final class LicenceStandingCalculator {

	public LicenceStandingCalculator(Instant now, int warningDays) {
		_now = now;
		_warningEnd = now.plus(Duration.ofDays(warningDays));
	}

	/**
	 * @param sessionEnds when each delivered session ended (one entry per session); those before the current
	 *        period may be left out
	 */
	public LicenceStanding calculate(
		long userId, long trainingMethodId, int sessionsRequired,
		int periodMonths, List<CertificationPeriod> certificationPeriods,
		List<Instant> sessionEnds) {

		CertificationRun certificationRun = CertificationRun.covering(
			_now, certificationPeriods);

		boolean ruleSet = (sessionsRequired > 0) && (periodMonths > 0);

		if (!ruleSet) {
			return new LicenceStanding(
				userId, trainingMethodId,
				_certificateStanding(certificationRun), 0, 0, 0, null,
				_certifiedUntil(certificationRun), _openEnded(certificationRun));
		}

		List<Instant> latestFirst = new ArrayList<>(sessionEnds);

		latestFirst.sort(Comparator.reverseOrder());

		int delivered = _countFrom(
			latestFirst, periodStart(_now, periodMonths), true);

		if (certificationRun == null) {
			return new LicenceStanding(
				userId, trainingMethodId, InstructorStanding.LAPSED, delivered,
				sessionsRequired, Math.max(0, sessionsRequired - delivered),
				null, null);
		}

		Instant firstCheck = _plusMonths(
			certificationRun.getStart(), periodMonths);

		if (!_now.isBefore(firstCheck) && (delivered < sessionsRequired)) {
			return new LicenceStanding(
				userId, trainingMethodId, InstructorStanding.LAPSED, delivered,
				sessionsRequired, sessionsRequired - delivered, null,
				_certifiedUntil(certificationRun), _openEnded(certificationRun));
		}

		Instant deadline = firstCheck;
		int stillNeeded;

		if (delivered >= sessionsRequired) {
			Instant nthLatest = latestFirst.get(sessionsRequired - 1);

			Instant leavesPeriod = _plusMonths(
				_startOfDay(nthLatest), periodMonths);

			if (!leavesPeriod.isBefore(firstCheck)) {
				deadline = leavesPeriod;

				// Just after the deadline, only the sessions that ended after the N-th latest still count

				stillNeeded =
					sessionsRequired - _countFrom(latestFirst, nthLatest, false);
			}
			else {
				stillNeeded = sessionsRequired - _countFrom(
					latestFirst, periodStart(firstCheck, periodMonths), true);
			}
		}
		else {
			stillNeeded = sessionsRequired - _countFrom(
				latestFirst, periodStart(firstCheck, periodMonths), true);
		}

		InstructorStanding standing = _certificateStanding(certificationRun);

		if (!deadline.isAfter(_warningEnd)) {
			standing = InstructorStanding.AT_RISK;
		}

		return new LicenceStanding(
			userId, trainingMethodId, standing, delivered, sessionsRequired,
			Math.max(0, stillNeeded), Date.from(deadline),
			_certifiedUntil(certificationRun), _openEnded(certificationRun));
	}

	/**
	 * @return the start of the period that counts at the moment: the start of its day (UTC), M months back. Days,
	 *         because the portal reads the end of a session through Hibernate as its day
	 *         ({@code DeliveredSessionEnd}); a session counts for M months after the day it ended, that day
	 *         included
	 */
	public static Instant periodStart(Instant moment, int periodMonths) {
		return _startOfDay(
			moment
		).atZone(
			ZoneOffset.UTC
		).minusMonths(
			periodMonths
		).toInstant();
	}

	private static int _countFrom(
		List<Instant> latestFirst, Instant from, boolean inclusive) {

		int count = 0;

		for (Instant end : latestFirst) {
			if (end.isAfter(from) || (inclusive && end.equals(from))) {
				count++;
			}
		}

		return count;
	}

	private static Date _certifiedUntil(CertificationRun certificationRun) {
		if ((certificationRun == null) ||
			(certificationRun.getEnd() == null)) {

			return null;
		}

		return Date.from(certificationRun.getEnd());
	}

	/**
	 * @return whether a run of certifications covers today and does not end: what a null end date alone cannot
	 *         tell from none covering today
	 */
	private static boolean _openEnded(CertificationRun certificationRun) {
		if ((certificationRun != null) && (certificationRun.getEnd() == null)) {
			return true;
		}

		return false;
	}

	private static Instant _plusMonths(Instant instant, int months) {
		return instant.atZone(
			ZoneOffset.UTC
		).plusMonths(
			months
		).toInstant();
	}

	/**
	 * @return the standing the certification alone gives: lapsed without one covering today, at risk when the run
	 *         ends within the warning window
	 */
	private InstructorStanding _certificateStanding(
		CertificationRun certificationRun) {

		if (certificationRun == null) {
			return InstructorStanding.LAPSED;
		}

		Instant end = certificationRun.getEnd();

		if ((end != null) && !end.isAfter(_warningEnd)) {
			return InstructorStanding.AT_RISK;
		}

		return InstructorStanding.OK;
	}

	private static Instant _startOfDay(Instant instant) {
		return instant.truncatedTo(ChronoUnit.DAYS);
	}

	private final Instant _now;
	private final Instant _warningEnd;

}
