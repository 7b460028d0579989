package se.livsviktig.instructor.internal.standing;

import java.time.Instant;

/**
 * When one active certification is valid: from its certified date to its valid-until date, both included, or
 * open-ended.
 *
 * @author Livsviktig
 */
public final class CertificationPeriod {

	/**
	 * @param validUntil <code>null</code> when the certification is open-ended
	 */
	public CertificationPeriod(Instant certifiedDate, Instant validUntil) {
		_certifiedDate = certifiedDate;
		_validUntil = validUntil;
	}

	public Instant getCertifiedDate() {
		return _certifiedDate;
	}

	public Instant getValidUntil() {
		return _validUntil;
	}

	private final Instant _certifiedDate;
	private final Instant _validUntil;

}
