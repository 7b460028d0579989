package se.livsviktig.instructor.internal.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.instructor.service.CertificationLocalService;

/**
 * Training's staffing check answered from the person's active certifications for the method.
 *
 * @author Livsviktig
 */
public class CertifiedInstructorQualificationCheckerTest {

	@Test
	public void aCertificationThatEndsBeforeTheLastDateNamesTheFirstDateAfterIt() {
		_certified(_day(0), _day(10));

		assertEquals(
			_day(11),
			_checker().getFirstUnqualifiedDate(
				_COMPANY_ID, _USER_ID, _METHOD_ID,
				List.of(_day(12), _day(5), _day(11))));
		assertFalse(
			_checker().isQualified(
				_COMPANY_ID, _USER_ID, _METHOD_ID, List.of(_day(5), _day(11))));
	}

	@Test
	public void aDateBeforeTheCertifiedDateIsNotCovered() {
		_certified(_day(10), null);

		assertEquals(
			_day(9),
			_checker().getFirstUnqualifiedDate(
				_COMPANY_ID, _USER_ID, _METHOD_ID, List.of(_day(9), _day(10))));
	}

	@Test
	public void aRenewalCoversTheDatesAfterTheRenewedOne() {
		_certified(_day(0), _day(10));
		_certified(_day(10), _day(400));

		assertNull(
			_checker().getFirstUnqualifiedDate(
				_COMPANY_ID, _USER_ID, _METHOD_ID,
				List.of(_day(9), _day(10), _day(11))));
	}

	@Test
	public void theValidUntilDateItselfIsCovered() {
		_certified(_day(0), _day(10));

		assertTrue(
			_checker().isQualified(
				_COMPANY_ID, _USER_ID, _METHOD_ID, List.of(_day(10))));
	}

	@Test
	public void openEndedCoversEveryLaterDate() {
		_certified(_day(0), null);

		assertTrue(
			_checker().isQualified(
				_COMPANY_ID, _USER_ID, _METHOD_ID,
				List.of(_day(1), _day(4000))));
	}

	@Test
	public void withoutAnActiveCertificationNothingIsCovered() {
		assertEquals(
			_day(1),
			_checker().getFirstUnqualifiedDate(
				_COMPANY_ID, _USER_ID, _METHOD_ID, List.of(_day(2), _day(1))));
		assertFalse(
			_checker().isQualified(
				_COMPANY_ID, _USER_ID, _METHOD_ID, List.of()),
			"with no dates an active certification is still needed");

		_certified(_day(0), null);

		assertTrue(
			_checker().isQualified(
				_COMPANY_ID, _USER_ID, _METHOD_ID, List.of()));
	}

	private static Date _day(int day) {
		return new Date(1_900_000_000_000L + (day * 86_400_000L));
	}

	private void _certified(Date certifiedDate, Date validUntil) {
		Certification certification = new CertificationImpl();

		certification.setCertifiedDate(certifiedDate);
		certification.setValidUntil(validUntil);

		_active.add(certification);
	}

	private CertifiedInstructorQualificationChecker _checker() {
		when(
			_certificationLocalService.getActiveCertifications(
				_COMPANY_ID, _USER_ID, _METHOD_ID)
		).thenReturn(
			_active
		);

		CertifiedInstructorQualificationChecker checker =
			new CertifiedInstructorQualificationChecker();

		checker.setCertificationLocalService(_certificationLocalService);

		return checker;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _METHOD_ID = 501;

	private static final long _USER_ID = 301;

	private final List<Certification> _active = new ArrayList<>();
	private final CertificationLocalService _certificationLocalService = mock(
		CertificationLocalService.class);

}
