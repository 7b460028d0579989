package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Instant;

import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A printed number and code check out only for the certificate they were printed on: a changed number, a
 * changed code, another company, a registration no longer completed and an anonymised participant all fail,
 * alike. What people do typing from paper (case, spaces, O for 0) does not.
 *
 * @author Livsviktig
 */
public class CertificateVerifierTest {

	@BeforeEach
	public void setUp() throws Exception {
		_company = _company(_COMPANY_ID, "company-key-of-helsingborg");

		Company otherCompany = _company(_OTHER_COMPANY_ID, "another-key");

		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		when(
			companyLocalService.getCompany(_COMPANY_ID)
		).thenReturn(
			_company
		);
		when(
			companyLocalService.fetchCompany(_COMPANY_ID)
		).thenReturn(
			_company
		);
		when(
			companyLocalService.fetchCompany(_OTHER_COMPANY_ID)
		).thenReturn(
			otherCompany
		);

		_registration = _registration(_REGISTRATION_ID, _COMPANY_ID);

		Registration otherRegistration = _registration(
			_REGISTRATION_ID + 1, _COMPANY_ID);

		RegistrationLocalService registrationLocalService = mock(
			RegistrationLocalService.class);

		when(
			registrationLocalService.fetchRegistration(_REGISTRATION_ID)
		).thenReturn(
			_registration
		);
		when(
			registrationLocalService.fetchRegistration(_REGISTRATION_ID + 1)
		).thenReturn(
			otherRegistration
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getTrainingMethodId()
		).thenReturn(
			_METHOD_ID
		);

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.fetchCourseSession(_SESSION_ID)
		).thenReturn(
			courseSession
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(Locale.UK)
		).thenReturn(
			"MHFA Adult"
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.fetchTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		User user = mock(User.class);

		when(
			user.getFullName()
		).thenReturn(
			"Anna Andersson"
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(_USER_ID)
		).thenReturn(
			user
		);
		when(
			userLocalService.fetchUser(_ANONYMOUS_USER_ID)
		).thenReturn(
			mock(User.class)
		);

		Fields.set(_verifier, "_companyLocalService", companyLocalService);
		Fields.set(
			_verifier, "_courseSessionLocalService", courseSessionLocalService);
		Fields.set(
			_verifier, "_registrationLocalService", registrationLocalService);
		Fields.set(
			_verifier, "_trainingMethodLocalService",
			trainingMethodLocalService);
		Fields.set(_verifier, "_userLocalService", userLocalService);

		_code = _verifier.code(_registration);
	}

	@Test
	public void theCodeIsTenUnambiguousCharactersInTwoGroups() {
		assertTrue(_code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), _code);
	}

	@Test
	public void thePrintedNumberAndCodeVerifyWithNameMethodAndDate() {
		VerifiedCertificate verifiedCertificate = _verify(
			_COMPANY_ID, "50001", _code
		).get();

		assertEquals(
			"Anna Andersson", verifiedCertificate.getParticipantName());
		assertEquals(
			"MHFA Adult", verifiedCertificate.getTrainingMethodName());
		assertEquals(_COMPLETION_DATE, verifiedCertificate.getCompletionDate());
	}

	@Test
	public void aCodeTypedFromPaperVerifies() {
		String typed =
			" " + _code.toLowerCase(
			).replace(
				"-", " "
			).replace(
				'0', 'o'
			).replace(
				'1', 'l'
			) + " ";

		assertTrue(_verify(_COMPANY_ID, " 50001 ", typed).isPresent(), typed);
	}

	@Test
	public void aChangedNumberDoesNotVerify() {
		assertFalse(_verify(_COMPANY_ID, "50002", _code).isPresent());
		assertFalse(_verify(_COMPANY_ID, "", _code).isPresent());
		assertFalse(_verify(_COMPANY_ID, null, _code).isPresent());
	}

	@Test
	public void aChangedCodeDoesNotVerify() {
		char last = _code.charAt(_code.length() - 1);

		String changed =
			_code.substring(0, _code.length() - 1) +
				((last == 'Z') ? 'Y' : (char)(last + 1));

		assertNotEquals(_code, changed);
		assertFalse(_verify(_COMPANY_ID, "50001", changed).isPresent());
		assertFalse(_verify(_COMPANY_ID, "50001", "").isPresent());
		assertFalse(_verify(_COMPANY_ID, "50001", null).isPresent());
	}

	@Test
	public void anotherCompanysPortalDoesNotVerifyIt() {
		assertFalse(_verify(_OTHER_COMPANY_ID, "50001", _code).isPresent());
	}

	@Test
	public void anotherCompanysKeyMakesAnotherCode() {
		assertNotEquals(
			_code,
			new CertificateCode(
				new SecretKeySpec(new byte[] {1, 2, 3}, "AES")
			).code(
				_COMPANY_ID, _REGISTRATION_ID, _USER_ID, _COMPLETION_DATE,
				_METHOD_ID
			));
	}

	@Test
	public void aRegistrationNoLongerCompletedDoesNotVerify() {
		when(
			_registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_CANCELLED
		);

		assertFalse(_verify(_COMPANY_ID, "50001", _code).isPresent());
	}

	@Test
	public void anAnonymisedParticipantsCertificateDoesNotVerify() {
		when(
			_registration.getUserId()
		).thenReturn(
			_ANONYMOUS_USER_ID
		);

		assertFalse(_verify(_COMPANY_ID, "50001", _code).isPresent());
	}

	@Test
	public void aChangedCompletionDateDoesNotVerify() {
		when(
			_registration.getCompletionDate()
		).thenReturn(
			Date.from(Instant.parse("2027-02-17T15:30:00Z"))
		);

		assertFalse(_verify(_COMPANY_ID, "50001", _code).isPresent());
	}

	private static Company _company(long companyId, String key) {
		Company company = mock(Company.class);

		when(
			company.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			company.getKeyObj()
		).thenReturn(
			new SecretKeySpec(key.getBytes(), "AES")
		);

		return company;
	}

	private static Registration _registration(
		long registrationId, long companyId) {

		Registration registration = mock(Registration.class);

		when(
			registration.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			registration.getCompletionDate()
		).thenReturn(
			_COMPLETION_DATE
		);
		when(
			registration.getCourseSessionId()
		).thenReturn(
			_SESSION_ID
		);
		when(
			registration.getRegistrationId()
		).thenReturn(
			registrationId
		);
		when(
			registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_COMPLETED
		);
		when(
			registration.getUserId()
		).thenReturn(
			_USER_ID
		);

		return registration;
	}

	private Optional<VerifiedCertificate> _verify(
		long companyId, String number, String code) {

		return _verifier.verify(companyId, number, code, Locale.UK);
	}

	private static final long _ANONYMOUS_USER_ID = 30999;

	private static final long _COMPANY_ID = 20097;

	private static final Date _COMPLETION_DATE = Date.from(
		Instant.parse("2027-02-16T15:30:00Z"));

	private static final long _METHOD_ID = 80001;

	private static final long _OTHER_COMPANY_ID = 20098;

	private static final long _REGISTRATION_ID = 50001;

	private static final long _SESSION_ID = 60001;

	private static final long _USER_ID = 30001;

	private String _code;
	private Company _company;
	private Registration _registration;
	private final CertificateVerifier _verifier = new CertificateVerifier();

}
