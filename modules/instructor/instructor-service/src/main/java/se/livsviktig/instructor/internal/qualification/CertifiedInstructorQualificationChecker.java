package se.livsviktig.instructor.internal.qualification;

import java.util.Date;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.service.CertificationLocalService;
import se.livsviktig.training.spi.InstructorQualificationChecker;

/**
 * Training's staffing check, answered from certifications: a person may teach a method on the dates that their
 * active certifications for it cover. With this component deployed, training refuses to invite (or let accept)
 * an uncertified instructor and names the first date that fails.
 *
 * @author Livsviktig
 */
@Component(service = InstructorQualificationChecker.class)
public class CertifiedInstructorQualificationChecker
	implements InstructorQualificationChecker {

	@Override
	public Date getFirstUnqualifiedDate(
		long companyId, long userId, long trainingMethodId, List<Date> dates) {

		CertificationValidity certificationValidity = new CertificationValidity(
			_certificationLocalService.getActiveCertifications(
				companyId, userId, trainingMethodId));

		return certificationValidity.getFirstUncoveredDate(dates);
	}

	/**
	 * With no dates, holding an active certification for the method is enough.
	 */
	@Override
	public boolean isQualified(
		long companyId, long userId, long trainingMethodId, List<Date> dates) {

		if (dates.isEmpty()) {
			return !_certificationLocalService.getActiveCertifications(
				companyId, userId, trainingMethodId
			).isEmpty();
		}

		if (getFirstUnqualifiedDate(
				companyId, userId, trainingMethodId, dates) == null) {

			return true;
		}

		return false;
	}

	protected void setCertificationLocalService(
		CertificationLocalService certificationLocalService) {

		_certificationLocalService = certificationLocalService;
	}

	@Reference
	private CertificationLocalService _certificationLocalService;

}
