package se.livsviktig.instructor.internal.certification;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;

import se.livsviktig.instructor.constants.CertificationConstants;
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
 * The rules a certification must meet before anything is written, each refused with its own exception so the
 * page can name the field: the holder is a user of the company (not deleted), the method exists in the company
 * and is active (training's API), the dates are in order, issuer and number are given and fit, and no other
 * certification of the company has the same number from the same issuer for the same method.
 *
 * @author Livsviktig
 */
public class CertificationValidator {

	public CertificationValidator(
		UserLocalService userLocalService,
		TrainingMethodLocalService trainingMethodLocalService,
		CertificationPersistence certificationPersistence) {

		_userLocalService = userLocalService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_certificationPersistence = certificationPersistence;
	}

	public void validate(
			long companyId, long holderUserId, long trainingMethodId,
			Date certifiedDate, Date validUntil, String issuer, String number)
		throws PortalException {

		_validateHolder(companyId, holderUserId);
		_validateTrainingMethod(companyId, trainingMethodId);
		_validateDates(certifiedDate, validUntil);
		_validateText(
			issuer, CertificationConstants.ISSUER_MAX_LENGTH,
			new CertificationIssuerException(
				"Give an issuer of at most " +
					CertificationConstants.ISSUER_MAX_LENGTH + " characters"));
		_validateText(
			number, CertificationConstants.NUMBER_MAX_LENGTH,
			new CertificationNumberException(
				"Give a number of at most " +
					CertificationConstants.NUMBER_MAX_LENGTH + " characters"));

		if (_certificationPersistence.countByC_TM_I_N(
				companyId, trainingMethodId, issuer.trim(), number.trim()) > 0) {

			throw new DuplicateCertificationNumberException(
				"Number " + number + " of " + issuer + " is already used for " +
					"method " + trainingMethodId);
		}
	}

	public void validateStateReason(String reason) throws PortalException {
		_validateText(
			reason, CertificationConstants.STATE_REASON_MAX_LENGTH,
			new CertificationStateReasonException(
				"Give a reason of at most " +
					CertificationConstants.STATE_REASON_MAX_LENGTH +
						" characters"));
	}

	private void _validateDates(Date certifiedDate, Date validUntil)
		throws PortalException {

		if (certifiedDate == null) {
			throw new CertificationDatesException("Give the certified date");
		}

		if ((validUntil != null) && !validUntil.after(certifiedDate)) {
			throw new CertificationDatesException(
				"Valid until " + validUntil + " is not after the certified " +
					"date " + certifiedDate);
		}
	}

	private void _validateHolder(long companyId, long holderUserId)
		throws PortalException {

		User user = _userLocalService.fetchUser(holderUserId);

		if ((user == null) || (user.getCompanyId() != companyId)) {
			throw new CertificationHolderException(
				"User " + holderUserId + " is not a user of company " +
					companyId);
		}
	}

	private void _validateText(
			String text, int maxLength, PortalException portalException)
		throws PortalException {

		if ((text == null) || text.trim().isEmpty() ||
			(text.trim().length() > maxLength)) {
			throw portalException;
		}
	}

	private void _validateTrainingMethod(long companyId, long trainingMethodId)
		throws PortalException {

		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId);

		if ((trainingMethod == null) ||
			(trainingMethod.getCompanyId() != companyId)) {

			throw new CertificationTrainingMethodException(
				"Training method " + trainingMethodId + " is not one of " +
					"company " + companyId);
		}

		if (trainingMethod.getStatus() != WorkflowConstants.STATUS_APPROVED) {
			throw new CertificationTrainingMethodException(
				"Training method " + trainingMethodId + " is archived");
		}
	}

	private final CertificationPersistence _certificationPersistence;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private final UserLocalService _userLocalService;

}
