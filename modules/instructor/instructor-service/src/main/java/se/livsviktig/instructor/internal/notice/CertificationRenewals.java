package se.livsviktig.instructor.internal.notice;

import java.util.List;

import se.livsviktig.instructor.model.Certification;

/**
 * Whether a certification has been renewed: its holder has a newer active certification for the same method
 * (certified later, or the row that names it as the one it renews). Then reminders about the old one would only
 * confuse.
 *
 * @author Livsviktig
 */
public class CertificationRenewals {

	/**
	 * @param activeOfHolderAndMethod the holder's active certifications for the certification's method
	 */
	public static boolean isRenewed(
		Certification certification,
		List<Certification> activeOfHolderAndMethod) {

		for (Certification other : activeOfHolderAndMethod) {
			if (other.getCertificationId() ==
					certification.getCertificationId()) {

				continue;
			}

			if ((other.getRenewedCertificationId() ==
					certification.getCertificationId()) ||
				other.getCertifiedDate(
				).after(
					certification.getCertifiedDate()
				)) {

				return true;
			}
		}

		return false;
	}

	private CertificationRenewals() {
	}

}
