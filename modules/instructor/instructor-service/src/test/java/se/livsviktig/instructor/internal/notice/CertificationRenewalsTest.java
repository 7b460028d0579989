package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.Certification;

/**
 * A newer certification for the same person and method stops the reminders about the old one.
 *
 * @author Livsviktig
 */
public class CertificationRenewalsTest {

	@Test
	public void aCertificationCertifiedLaterRenewsTheOldOne() {
		Certification newer = Certifications.active(
			2, Instant.parse("2027-01-10T00:00:00Z"),
			Instant.parse("2030-01-10T00:00:00Z"));

		assertTrue(CertificationRenewals.isRenewed(_old, List.of(_old, newer)));
	}

	@Test
	public void aRowThatNamesTheOldOneAsRenewedRenewsIt() {
		Certification renewal = Certifications.active(
			2, _old.getCertifiedDate().toInstant(),
			Instant.parse("2030-01-10T00:00:00Z"));

		renewal.setRenewedCertificationId(_old.getCertificationId());

		assertTrue(
			CertificationRenewals.isRenewed(_old, List.of(renewal, _old)));
	}

	@Test
	public void theCertificationItselfOrAnOlderOneIsNoRenewal() {
		Certification older = Certifications.active(
			3, Instant.parse("2020-01-10T00:00:00Z"),
			Instant.parse("2023-01-10T00:00:00Z"));

		assertFalse(CertificationRenewals.isRenewed(_old, List.of(_old)));
		assertFalse(
			CertificationRenewals.isRenewed(_old, List.of(older, _old)));
	}

	private final Certification _old = Certifications.active(
		1, Instant.parse("2024-04-01T00:00:00Z"),
		Instant.parse("2027-04-01T00:00:00Z"));

}
