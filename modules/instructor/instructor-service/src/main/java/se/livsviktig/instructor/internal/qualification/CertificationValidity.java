package se.livsviktig.instructor.internal.qualification;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import se.livsviktig.instructor.model.Certification;

/**
 * Whether a person's active certifications for a method cover given dates: a date is covered by a certification
 * certified on or before it and valid until on or after it (or open-ended). Certifications may follow each other
 * (a renewal), so each date may be covered by a different one.
 *
 * @author Livsviktig
 */
public class CertificationValidity {

	public CertificationValidity(List<Certification> activeCertifications) {
		_activeCertifications = activeCertifications;
	}

	/**
	 * @return the earliest date no certification covers, or <code>null</code> when every date is covered
	 */
	public Date getFirstUncoveredDate(List<Date> dates) {
		List<Date> earliestFirst = new ArrayList<>(dates);

		earliestFirst.sort(null);

		for (Date date : earliestFirst) {
			if (!_covers(date)) {
				return date;
			}
		}

		return null;
	}

	private boolean _covers(Date date) {
		for (Certification certification : _activeCertifications) {
			Date validUntil = certification.getValidUntil();

			if (!date.before(certification.getCertifiedDate()) &&
				((validUntil == null) || !date.after(validUntil))) {

				return true;
			}
		}

		return false;
	}

	private final List<Certification> _activeCertifications;

}
