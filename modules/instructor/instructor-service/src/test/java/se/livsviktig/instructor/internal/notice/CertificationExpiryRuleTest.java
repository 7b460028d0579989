package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;

/**
 * Which notice a certification's holder gets on a given day, and when it is marked lapsed.
 *
 * @author Livsviktig
 */
public class CertificationExpiryRuleTest {

	@Test
	public void ninetyDaysBeforeValidUntilTheHolderGetsTheNinetyDayReminder() {
		assertEquals(
			ExpiryStep.remind("expiry-90"),
			_rule.stepFor(_validFor(Duration.ofDays(90)), false, _NOW));
		assertEquals(
			ExpiryStep.remind("expiry-90"),
			_rule.stepFor(_validFor(Duration.ofDays(45)), false, _NOW));
	}

	@Test
	public void thirtyDaysBeforeValidUntilTheHolderGetsTheThirtyDayReminder() {
		assertEquals(
			ExpiryStep.remind("expiry-30"),
			_rule.stepFor(_validFor(Duration.ofDays(30)), false, _NOW));
		assertEquals(
			ExpiryStep.remind("expiry-30"),
			_rule.stepFor(_validFor(Duration.ofHours(1)), false, _NOW));
	}

	@Test
	public void moreThanNinetyDaysAheadNoReminderIsDue() {
		assertEquals(
			ExpiryStep.NONE,
			_rule.stepFor(
				_validFor(Duration.ofDays(90).plusMinutes(1)), false, _NOW));
	}

	@Test
	public void aRevokedCertificationGetsNoNoticeAndIsNotMarked() {
		for (Duration remaining :
				new Duration[] {
					Duration.ofDays(20), Duration.ofDays(80),
					Duration.ofDays(-1)
				}) {

			Certification certification = _validFor(remaining);

			certification.setState(CertificationConstants.STATE_REVOKED);

			assertEquals(
				ExpiryStep.NONE, _rule.stepFor(certification, false, _NOW));
		}
	}

	@Test
	public void anOpenEndedCertificationNeverExpires() {
		assertEquals(
			ExpiryStep.NONE,
			_rule.stepFor(
				Certifications.active(1, _NOW.minus(Duration.ofDays(900)), null),
				false, _NOW));
	}

	@Test
	public void aRenewedCertificationGetsNoReminder() {
		assertEquals(
			ExpiryStep.NONE,
			_rule.stepFor(_validFor(Duration.ofDays(20)), true, _NOW));
		assertEquals(
			ExpiryStep.NONE,
			_rule.stepFor(_validFor(Duration.ofDays(80)), true, _NOW));
	}

	@Test
	public void onceValidUntilHasPassedItLapsesAndTheHolderIsTold() {
		assertEquals(
			ExpiryStep.lapse("lapsed"),
			_rule.stepFor(_validFor(Duration.ofMinutes(-1)), false, _NOW));
		assertEquals(
			ExpiryStep.lapse("lapsed"),
			_rule.stepFor(_validFor(Duration.ofDays(-30)), false, _NOW));
	}

	@Test
	public void aRenewedCertificationLapsesWithoutANotice() {
		assertEquals(
			ExpiryStep.lapse(null),
			_rule.stepFor(_validFor(Duration.ofDays(-2)), true, _NOW));
	}

	@Test
	public void aCertificationThatExpiredLongAgoLapsesWithoutANotice() {
		assertEquals(
			ExpiryStep.lapse(null),
			_rule.stepFor(
				_validFor(Duration.ofDays(-30).minusMinutes(1)), false, _NOW));
	}

	@Test
	public void theCompanysThresholdsDecideTheRemindersAndHowFarAheadToLook() {
		CertificationExpiryRule rule = new CertificationExpiryRule(
			new int[] {14, 60, 0, -5, 60}, 7);

		assertEquals(Duration.ofDays(60), rule.getHorizon());
		assertEquals(
			ExpiryStep.remind("expiry-60"),
			rule.stepFor(_validFor(Duration.ofDays(59)), false, _NOW));
		assertEquals(
			ExpiryStep.remind("expiry-14"),
			rule.stepFor(_validFor(Duration.ofDays(14)), false, _NOW));
		assertEquals(
			ExpiryStep.NONE,
			rule.stepFor(_validFor(Duration.ofDays(61)), false, _NOW));
		assertEquals(
			ExpiryStep.lapse(null),
			rule.stepFor(_validFor(Duration.ofDays(-8)), false, _NOW));
		assertEquals(Duration.ofDays(90), _rule.getHorizon());
	}

	private static Certification _validFor(Duration remaining) {
		return Certifications.active(
			1, _NOW.minus(Duration.ofDays(3 * 365)), _NOW.plus(remaining));
	}

	private static final Instant _NOW = Instant.parse("2027-03-01T09:00:00Z");

	private final CertificationExpiryRule _rule = new CertificationExpiryRule(
		new int[] {90, 30}, 30);

}
