package se.livsviktig.training.web.internal.certificate;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.GetterUtil;

import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Numbers and codes certificates, and checks a number and code someone typed. The check is public (whoever
 * holds the paper, signed in or not), so it reads through the local services and answers only "valid, with
 * name, method and date" or nothing: an unknown number, another company's registration, a wrong code, a
 * registration no longer completed (revoked) and an anonymised participant all look the same from outside.
 *
 * @author Livsviktig
 */
@Component(service = CertificateVerifier.class)
public class CertificateVerifier {

	/**
	 * @return the certificate number printed on a registration's certificate: its registration id
	 */
	public static String number(Registration registration) {
		return String.valueOf(registration.getRegistrationId());
	}

	public static Date completionDate(Registration registration) {
		if (registration.getCompletionDate() != null) {
			return registration.getCompletionDate();
		}

		return registration.getStatusDate();
	}

	public String code(Registration registration) throws PortalException {
		Company company = _companyLocalService.getCompany(
			registration.getCompanyId());

		return new CertificateCode(
			company.getKeyObj()
		).code(
			registration.getCompanyId(), registration.getRegistrationId(),
			registration.getUserId(), completionDate(registration),
			_trainingMethodId(registration)
		);
	}

	public Optional<VerifiedCertificate> verify(
		long companyId, String number, String code, Locale locale) {

		long registrationId = GetterUtil.getLong(
			(number == null) ? null : number.replaceAll("\\D", ""));

		Registration registration = _registrationLocalService.fetchRegistration(
			registrationId);

		if ((registration == null) ||
			(registration.getCompanyId() != companyId) ||
			(registration.getStatus() !=
				RegistrationConstants.STATUS_COMPLETED)) {

			return Optional.empty();
		}

		Company company = _companyLocalService.fetchCompany(companyId);
		User user = _userLocalService.fetchUser(registration.getUserId());

		long trainingMethodId = _trainingMethodId(registration);

		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId);

		if ((company == null) || (user == null) || (trainingMethod == null) ||
			!new CertificateCode(
				company.getKeyObj()
			).matches(
				code, companyId, registrationId, registration.getUserId(),
				completionDate(registration), trainingMethodId
			)) {

			return Optional.empty();
		}

		return Optional.of(
			new VerifiedCertificate(
				user.getFullName(), trainingMethod.getName(locale),
				completionDate(registration)));
	}

	private long _trainingMethodId(Registration registration) {
		CourseSession courseSession =
			_courseSessionLocalService.fetchCourseSession(
				registration.getCourseSessionId());

		if (courseSession == null) {
			return 0;
		}

		return courseSession.getTrainingMethodId();
	}

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private RegistrationLocalService _registrationLocalService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
