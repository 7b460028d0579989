package se.livsviktig.instructor.internal.notice;

import java.time.Instant;

import java.util.Date;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;

/**
 * Certifications for the notice tests: active, of one holder and method, unless a test says otherwise.
 */
final class Certifications {

	static final long COMPANY_ID = 20097;

	static final long GROUP_ID = 20121;

	static final long HOLDER_USER_ID = 30001;

	static final long METHOD_ID = 40001;

	static Certification active(
		long certificationId, Instant certifiedDate, Instant validUntil) {

		Certification certification = new CertificationImpl();

		certification.setCertificationId(certificationId);
		certification.setCompanyId(COMPANY_ID);
		certification.setGroupId(GROUP_ID);
		certification.setHolderUserId(HOLDER_USER_ID);
		certification.setTrainingMethodId(METHOD_ID);
		certification.setCertifiedDate(Date.from(certifiedDate));

		if (validUntil != null) {
			certification.setValidUntil(Date.from(validUntil));
		}

		certification.setIssuer("MHFA Sverige");
		certification.setNumber("MHFA-" + certificationId);
		certification.setState(CertificationConstants.STATE_ACTIVE);

		return certification;
	}

	private Certifications() {
	}

}
