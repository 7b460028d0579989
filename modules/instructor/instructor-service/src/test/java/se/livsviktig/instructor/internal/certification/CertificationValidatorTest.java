package se.livsviktig.instructor.internal.certification;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.exception.CertificationDatesException;
import se.livsviktig.instructor.exception.CertificationHolderException;
import se.livsviktig.instructor.exception.CertificationIssuerException;
import se.livsviktig.instructor.exception.CertificationNumberException;
import se.livsviktig.instructor.exception.CertificationStateReasonException;
import se.livsviktig.instructor.exception.CertificationTrainingMethodException;
import se.livsviktig.instructor.exception.DuplicateCertificationNumberException;
import se.livsviktig.instructor.service.persistence.CertificationPersistence;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * One test per rule a certification must meet; each starts from a valid certification and breaks one thing.
 *
 * @author Livsviktig
 */
public class CertificationValidatorTest {

	@BeforeEach
	public void setUp() {
		_user(HOLDER_USER_ID, COMPANY_ID);
		_user(_OTHER_COMPANY_USER_ID, 1);
		_trainingMethod(
			METHOD_ID, COMPANY_ID, WorkflowConstants.STATUS_APPROVED);
		_trainingMethod(
			_OTHER_COMPANY_METHOD_ID, 1, WorkflowConstants.STATUS_APPROVED);
		_trainingMethod(
			_ARCHIVED_METHOD_ID, COMPANY_ID,
			WorkflowConstants.STATUS_INACTIVE);
	}

	@Test
	public void aBlankIssuerIsRefused() {
		assertThrows(
			CertificationIssuerException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL, " ",
				NUMBER));
		assertThrows(
			CertificationIssuerException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL, null,
				NUMBER));
	}

	@Test
	public void aBlankNumberIsRefused() {
		assertThrows(
			CertificationNumberException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL, ISSUER,
				""));
	}

	@Test
	public void aBlankOrTooLongReasonIsRefused() {
		assertThrows(
			CertificationStateReasonException.class,
			() -> _validator.validateStateReason(" "));
		assertThrows(
			CertificationStateReasonException.class,
			() -> _validator.validateStateReason("x".repeat(501)));
	}

	@Test
	public void aDeletedHolderIsRefused() {
		assertThrows(
			CertificationHolderException.class,
			() -> _validate(
				404, METHOD_ID, CERTIFIED, VALID_UNTIL, ISSUER, NUMBER));
	}

	@Test
	public void aDeletedMethodIsRefused() {
		assertThrows(
			CertificationTrainingMethodException.class,
			() -> _validate(
				HOLDER_USER_ID, 404, CERTIFIED, VALID_UNTIL, ISSUER, NUMBER));
	}

	@Test
	public void aHolderOfAnotherCompanyIsRefused() {
		assertThrows(
			CertificationHolderException.class,
			() -> _validate(
				_OTHER_COMPANY_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL,
				ISSUER, NUMBER));
	}

	@Test
	public void aMethodOfAnotherCompanyIsRefused() {
		assertThrows(
			CertificationTrainingMethodException.class,
			() -> _validate(
				HOLDER_USER_ID, _OTHER_COMPANY_METHOD_ID, CERTIFIED,
				VALID_UNTIL, ISSUER, NUMBER));
	}

	@Test
	public void anArchivedMethodIsRefused() {
		assertThrows(
			CertificationTrainingMethodException.class,
			() -> _validate(
				HOLDER_USER_ID, _ARCHIVED_METHOD_ID, CERTIFIED, VALID_UNTIL,
				ISSUER, NUMBER));
	}

	@Test
	public void aNumberAlreadyUsedByTheIssuerForTheMethodIsRefused() {
		when(
			_certificationPersistence.countByC_TM_I_N(
				COMPANY_ID, METHOD_ID, ISSUER, NUMBER)
		).thenReturn(
			1
		);

		assertThrows(
			DuplicateCertificationNumberException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL,
				" " + ISSUER, NUMBER + " "));
	}

	@Test
	public void aValidCertificationPasses() throws Exception {
		_validate(
			HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL, ISSUER, NUMBER);
		_validate(HOLDER_USER_ID, METHOD_ID, CERTIFIED, null, ISSUER, NUMBER);
		_validate(
			HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL, "x".repeat(75),
			"x".repeat(75));
	}

	@Test
	public void missingCertifiedDateIsRefused() {
		assertThrows(
			CertificationDatesException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, null, VALID_UNTIL, ISSUER, NUMBER));
	}

	@Test
	public void tooLongIssuerOrNumberIsRefused() {
		assertThrows(
			CertificationIssuerException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL,
				"x".repeat(76), NUMBER));
		assertThrows(
			CertificationNumberException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED, VALID_UNTIL, ISSUER,
				"x".repeat(76)));
	}

	@Test
	public void validUntilOnOrBeforeTheCertifiedDateIsRefused() {
		assertThrows(
			CertificationDatesException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED, CERTIFIED, ISSUER,
				NUMBER));
		assertThrows(
			CertificationDatesException.class,
			() -> _validate(
				HOLDER_USER_ID, METHOD_ID, CERTIFIED,
				new Date(CERTIFIED.getTime() - 1), ISSUER, NUMBER));
	}

	static final long COMPANY_ID = 20097;

	static final Date CERTIFIED = new Date(1_900_000_000_000L);

	static final long HOLDER_USER_ID = 301;

	static final String ISSUER = "MHFA Sverige";

	static final long METHOD_ID = 501;

	static final String NUMBER = "MHFA-2030-117";

	static final Date VALID_UNTIL = new Date(
		1_900_000_000_000L + (3 * 365 * 86_400_000L));

	private void _trainingMethod(long trainingMethodId, long companyId, int status) {
		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			trainingMethod.getStatus()
		).thenReturn(
			status
		);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId)
		).thenReturn(
			trainingMethod
		);
	}

	private void _user(long userId, long companyId) {
		User user = mock(User.class);

		when(
			user.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			_userLocalService.fetchUser(userId)
		).thenReturn(
			user
		);
	}

	private void _validate(
			long holderUserId, long trainingMethodId, Date certifiedDate,
			Date validUntil, String issuer, String number)
		throws Exception {

		_validator.validate(
			COMPANY_ID, holderUserId, trainingMethodId, certifiedDate,
			validUntil, issuer, number);
	}

	private static final long _ARCHIVED_METHOD_ID = 503;

	private static final long _OTHER_COMPANY_METHOD_ID = 502;

	private static final long _OTHER_COMPANY_USER_ID = 302;

	private final CertificationPersistence _certificationPersistence = mock(
		CertificationPersistence.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);
	private final CertificationValidator _validator =
		new CertificationValidator(
			_userLocalService, _trainingMethodLocalService,
			_certificationPersistence);

}
