package se.livsviktig.instructor.web.internal.display.context;

import java.util.List;

/**
 * Mina instruktörsuppdrag for the signed-in person. Each part of the page is one getter here and one section in
 * my_instructor_assignments/view.jsp: today the certifications with their history; the standing per method (what
 * to deliver by when, from LicenceStandingLocalService); the networks with their meetings join as a part of their
 * own when the service that computes them exists, so the page never shows a part without data behind it.
 *
 * @author Livsviktig
 */
public class MyInstructorAssignmentsDisplayContext {

	public MyInstructorAssignmentsDisplayContext(
		List<CertificationRow> certificationRows,
		List<LicenceStandingRow> licenceStandingRows) {

		_certificationRows = certificationRows;
		_licenceStandingRows = licenceStandingRows;
	}

	/**
	 * @return every certification the person holds or held, newest certified first
	 */
	public List<CertificationRow> getCertificationRows() {
		return _certificationRows;
	}

	/**
	 * @return the person's licence standing per method they hold an active certification for
	 */
	public List<LicenceStandingRow> getLicenceStandingRows() {
		return _licenceStandingRows;
	}

	private final List<CertificationRow> _certificationRows;
	private final List<LicenceStandingRow> _licenceStandingRows;

}
