package se.livsviktig.instructor.internal.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;

/**
 * When a certification's holder is reminded that it expires, and when it lapses. A certification is valid up to
 * its valid-until moment (as training's qualification check reads it); the reminder due is the nearest threshold
 * the remaining time is within, so someone certified 20 days before valid-until gets the 30-day reminder only,
 * never the 90-day one late. Revoked and lapsed certifications, open-ended ones, and renewed ones (their holder
 * stays certified) get no reminder; a renewed one that passes its date is marked lapsed without a notice.
 *
 * @author Livsviktig
 */
public class CertificationExpiryRule {

	/**
	 * @param reminderDays days before valid-until that the holder is reminded (non-positive values are ignored)
	 * @param lapsedNoticeWithinDays the holder is told of a lapse only while valid-until passed no longer ago
	 */
	public CertificationExpiryRule(
		int[] reminderDays, int lapsedNoticeWithinDays) {

		_reminderDays = Arrays.stream(
			reminderDays
		).filter(
			days -> days > 0
		).distinct(
		).sorted(
		).toArray();
		_lapsedNoticeWithin = Duration.ofDays(
			Math.max(0, lapsedNoticeWithinDays));
	}

	/**
	 * @return how far ahead of valid-until the furthest reminder goes: certifications expiring later need no look
	 */
	public Duration getHorizon() {
		if (_reminderDays.length == 0) {
			return Duration.ZERO;
		}

		return Duration.ofDays(_reminderDays[_reminderDays.length - 1]);
	}

	public ExpiryStep stepFor(
		Certification certification, boolean renewed, Instant now) {

		Date validUntil = certification.getValidUntil();

		if ((certification.getState() != CertificationConstants.STATE_ACTIVE) ||
			(validUntil == null)) {

			return ExpiryStep.NONE;
		}

		Instant end = validUntil.toInstant();

		if (now.isAfter(end)) {
			if (renewed ||
				Duration.between(
					end, now
				).compareTo(
					_lapsedNoticeWithin
				) > 0) {

				return ExpiryStep.lapse(null);
			}

			return ExpiryStep.lapse(CertificationNoticeKinds.LAPSED);
		}

		if (renewed) {
			return ExpiryStep.NONE;
		}

		Duration remaining = Duration.between(now, end);

		for (int days : _reminderDays) {
			if (remaining.compareTo(Duration.ofDays(days)) <= 0) {
				return ExpiryStep.remind(CertificationNoticeKinds.expiry(days));
			}
		}

		return ExpiryStep.NONE;
	}

	private final Duration _lapsedNoticeWithin;
	private final int[] _reminderDays;

}
