package se.livsviktig.instructor.internal.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.standing.LicenceStanding;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * Each rule and edge of an instructor's licence standing: the certification alone, the method's rule of N
 * sessions in M months, the first period of a new instructor, the warning window and renewals.
 *
 * @author Livsviktig
 */
public class LicenceStandingCalculatorTest {

	@Test
	public void aCertificationEndingWithinTheWarningWindowIsAtRiskEvenWithEnoughSessions() {
		LicenceStanding licenceStanding = _calculate(
			2, 24, List.of(_period(_monthsAgo(30), _NOW.plus(_days(60)))),
			_monthsAgo(1), _monthsAgo(2));

		assertEquals(InstructorStanding.AT_RISK, licenceStanding.getStanding());
		assertEquals(
			Date.from(_NOW.plus(_days(60))),
			licenceStanding.getCertifiedUntil());
		assertEquals(1, licenceStanding.getSessionsStillNeeded());
	}

	@Test
	public void aCertificationNotYetStartedIsLapsed() {
		LicenceStanding licenceStanding = _calculate(
			0, 0, List.of(_period(_NOW.plus(_days(1)), null)));

		assertEquals(InstructorStanding.LAPSED, licenceStanding.getStanding());
	}

	@Test
	public void aCertificationThatEndedIsLapsed() {
		LicenceStanding licenceStanding = _calculate(
			0, 0,
			List.of(_period(_monthsAgo(40), _NOW.minus(Duration.ofSeconds(1)))));

		assertEquals(InstructorStanding.LAPSED, licenceStanding.getStanding());
		assertNull(licenceStanding.getCertifiedUntil());
	}

	@Test
	public void aLapsedLicenceUnderAnOpenEndedCertificationSaysItIsOpenEnded() {
		LicenceStanding licenceStanding = _calculate(
			3, 24, _longCertified(), _monthsAgo(2));

		assertEquals(InstructorStanding.LAPSED, licenceStanding.getStanding());
		assertNull(licenceStanding.getCertifiedUntil());
		assertTrue(
			licenceStanding.isOpenEnded(),
			"the sessions lapsed, the certification still covers today");
	}

	@Test
	public void aLicenceWithNoCertificationCoveringTodayIsNotOpenEnded() {
		LicenceStanding withARule = _calculate(
			1, 24,
			List.of(_period(_monthsAgo(40), _NOW.minus(Duration.ofSeconds(1)))),
			_monthsAgo(1));
		LicenceStanding withoutARule = _calculate(
			0, 0,
			List.of(_period(_monthsAgo(40), _NOW.minus(Duration.ofSeconds(1)))));

		assertNull(withARule.getCertifiedUntil());
		assertFalse(withARule.isOpenEnded());
		assertNull(withoutARule.getCertifiedUntil());
		assertFalse(withoutARule.isOpenEnded());
	}

	@Test
	public void aRunThatEndsIsNotOpenEnded() {
		LicenceStanding licenceStanding = _calculate(
			1, 24, List.of(_period(_monthsAgo(30), _NOW.plus(_days(400)))),
			_monthsAgo(1));

		assertEquals(InstructorStanding.OK, licenceStanding.getStanding());
		assertFalse(licenceStanding.isOpenEnded());
	}

	@Test
	public void aNewInstructorIsNotLapsedBeforeTheirFirstPeriodEnds() {
		Instant certified = _monthsAgo(6);

		LicenceStanding licenceStanding = _calculate(
			2, 24, List.of(_period(certified, null)));

		assertEquals(InstructorStanding.OK, licenceStanding.getStanding());
		assertEquals(
			Date.from(_plusMonths(certified, 24)),
			licenceStanding.getDeadline());
		assertEquals(2, licenceStanding.getSessionsStillNeeded());
	}

	@Test
	public void aNewInstructorShortOfSessionsWhenTheFirstPeriodEndsWithinTheWindowIsAtRisk() {
		Instant certified = _monthsAgo(23);

		LicenceStanding licenceStanding = _calculate(
			2, 24, List.of(_period(certified, null)), _monthsAgo(5));

		assertEquals(InstructorStanding.AT_RISK, licenceStanding.getStanding());
		assertEquals(
			Date.from(_plusMonths(certified, 24)),
			licenceStanding.getDeadline());
		assertEquals(1, licenceStanding.getSessionsDelivered());
		assertEquals(1, licenceStanding.getSessionsStillNeeded());
	}

	@Test
	public void aRenewalAfterAGapStartsANewFirstPeriod() {
		LicenceStanding licenceStanding = _calculate(
			1, 24,
			List.of(
				_period(_monthsAgo(40), _monthsAgo(3)),
				_period(_monthsAgo(3).plus(_days(2)), null)));

		assertEquals(InstructorStanding.OK, licenceStanding.getStanding());
		assertEquals(
			Date.from(_plusMonths(_monthsAgo(3).plus(_days(2)), 24)),
			licenceStanding.getDeadline());
	}

	@Test
	public void aRenewalTheNextDayKeepsTheFirstPeriodAndExtendsTheCertification() {
		Instant renewalEnds = _NOW.plus(_days(1000));

		LicenceStanding licenceStanding = _calculate(
			1, 24,
			List.of(
				_period(_monthsAgo(3).plus(_days(1)), renewalEnds),
				_period(_monthsAgo(40), _monthsAgo(3))));

		assertEquals(InstructorStanding.LAPSED, licenceStanding.getStanding());
		assertEquals(
			Date.from(renewalEnds), licenceStanding.getCertifiedUntil());
	}

	@Test
	public void aSessionEndingOnTheDayThePeriodStartsStillCounts() {
		LicenceStanding licenceStanding = _calculate(
			1, 24, _longCertified(), _dayOf(_monthsAgo(24)));

		assertEquals(InstructorStanding.AT_RISK, licenceStanding.getStanding());
		assertEquals(1, licenceStanding.getSessionsDelivered());
		assertEquals(Date.from(_dayOf(_NOW)), licenceStanding.getDeadline());
	}

	@Test
	public void aSessionLeavingThePeriodWithinTheWarningWindowIsAtRiskWithItsDeadline() {
		Instant secondLatest = _monthsAgo(22);

		LicenceStanding licenceStanding = _calculate(
			2, 24, _longCertified(), _monthsAgo(3), secondLatest,
			_monthsAgo(23));

		assertEquals(InstructorStanding.AT_RISK, licenceStanding.getStanding());
		assertEquals(3, licenceStanding.getSessionsDelivered());
		assertEquals(2, licenceStanding.getSessionsRequired());
		assertEquals(1, licenceStanding.getSessionsStillNeeded());
		assertEquals(
			Date.from(_plusMonths(_dayOf(secondLatest), 24)),
			licenceStanding.getDeadline());
	}

	@Test
	public void enoughSessionsThatStayInThePeriodPastTheWarningWindowAreOk() {
		Instant secondLatest = _monthsAgo(20);

		LicenceStanding licenceStanding = _calculate(
			2, 24, _longCertified(), _monthsAgo(3), secondLatest);

		assertEquals(InstructorStanding.OK, licenceStanding.getStanding());
		assertEquals(
			Date.from(_plusMonths(_dayOf(secondLatest), 24)),
			licenceStanding.getDeadline());
		assertEquals(1, licenceStanding.getSessionsStillNeeded());
	}

	@Test
	public void fewerSessionsThanTheRuleAfterTheFirstPeriodIsLapsed() {
		LicenceStanding licenceStanding = _calculate(
			3, 24, _longCertified(), _monthsAgo(2),
			_dayOf(_monthsAgo(24)).minus(Duration.ofSeconds(1)));

		assertEquals(InstructorStanding.LAPSED, licenceStanding.getStanding());
		assertEquals(1, licenceStanding.getSessionsDelivered());
		assertEquals(2, licenceStanding.getSessionsStillNeeded());
		assertNull(licenceStanding.getDeadline());
	}

	@Test
	public void noCertificationIsLapsedWhateverTheSessions() {
		LicenceStanding licenceStanding = _calculate(
			1, 24, List.of(), _monthsAgo(1));

		assertEquals(InstructorStanding.LAPSED, licenceStanding.getStanding());
		assertEquals(1, licenceStanding.getSessionsDelivered());
		assertNull(licenceStanding.getDeadline());
	}

	@Test
	public void sessionsEndingAtTheSameMomentLeaveThePeriodTogether() {
		LicenceStanding licenceStanding = _calculate(
			2, 24, _longCertified(), _monthsAgo(22), _monthsAgo(22));

		assertEquals(InstructorStanding.AT_RISK, licenceStanding.getStanding());
		assertEquals(2, licenceStanding.getSessionsStillNeeded());
	}

	@Test
	public void theDeadlineOnTheLastDayOfTheWarningWindowIsAtRiskAndTheDayAfterIsOk() {
		Instant atWindowEnd = _NOW.plus(_days(90));

		assertEquals(
			InstructorStanding.AT_RISK,
			_calculate(
				1, 24, _longCertified(), _plusMonths(atWindowEnd, -24)
			).getStanding());
		assertEquals(
			InstructorStanding.OK,
			_calculate(
				1, 24, _longCertified(),
				_plusMonths(atWindowEnd, -24).plus(_days(1))
			).getStanding());
	}

	@Test
	public void theWarningWindowIsTheCompanysSetting() {
		Instant latest = _plusMonths(_NOW.plus(_days(60)), -24);

		List<CertificationPeriod> certificationPeriods = _longCertified();

		assertEquals(
			InstructorStanding.OK,
			new LicenceStandingCalculator(
				_NOW, 30
			).calculate(
				_USER_ID, _METHOD_ID, 1, 24, certificationPeriods,
				List.of(latest)
			).getStanding());
		assertEquals(
			InstructorStanding.AT_RISK,
			new LicenceStandingCalculator(
				_NOW, 90
			).calculate(
				_USER_ID, _METHOD_ID, 1, 24, certificationPeriods,
				List.of(latest)
			).getStanding());
	}

	@Test
	public void withoutARuleACertificationEndingOnTheLastDayOfTheWindowIsAtRiskAndLaterIsOk() {
		assertEquals(
			InstructorStanding.AT_RISK,
			_calculate(
				0, 0, List.of(_period(_monthsAgo(12), _NOW.plus(_days(90))))
			).getStanding());
		assertEquals(
			InstructorStanding.OK,
			_calculate(
				0, 24,
				List.of(
					_period(
						_monthsAgo(12),
						_NOW.plus(_days(90)).plus(Duration.ofSeconds(1))))
			).getStanding());
	}

	@Test
	public void withoutARuleAnOpenEndedCertificationIsOkWithoutSessions() {
		LicenceStanding licenceStanding = _calculate(
			0, 0, List.of(_period(_monthsAgo(60), null)));

		assertEquals(InstructorStanding.OK, licenceStanding.getStanding());
		assertEquals(0, licenceStanding.getSessionsRequired());
		assertEquals(0, licenceStanding.getSessionsStillNeeded());
		assertNull(licenceStanding.getDeadline());
		assertNull(licenceStanding.getCertifiedUntil());
		assertTrue(licenceStanding.isOpenEnded());
	}

	private static LicenceStanding _calculate(
		int sessionsRequired, int periodMonths,
		List<CertificationPeriod> certificationPeriods,
		Instant... sessionEnds) {

		return new LicenceStandingCalculator(
			_NOW, 90
		).calculate(
			_USER_ID, _METHOD_ID, sessionsRequired, periodMonths,
			certificationPeriods, Arrays.asList(sessionEnds)
		);
	}

	/**
	 * The day an end is read as: the portal's Hibernate reads a session's end as its day (UTC).
	 */
	private static Instant _dayOf(Instant instant) {
		return instant.truncatedTo(ChronoUnit.DAYS);
	}

	private static Duration _days(int days) {
		return Duration.ofDays(days);
	}

	private static List<CertificationPeriod> _longCertified() {
		return List.of(_period(_monthsAgo(60), null));
	}

	private static Instant _monthsAgo(int months) {
		return _plusMonths(_NOW, -months);
	}

	private static CertificationPeriod _period(
		Instant certifiedDate, Instant validUntil) {

		return new CertificationPeriod(certifiedDate, validUntil);
	}

	private static Instant _plusMonths(Instant instant, int months) {
		return instant.atZone(
			ZoneOffset.UTC
		).plusMonths(
			months
		).toInstant();
	}

	private static final long _METHOD_ID = 501;

	private static final Instant _NOW = Instant.parse("2030-06-15T12:00:00Z");

	private static final long _USER_ID = 20123;

}
