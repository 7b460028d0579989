package se.livsviktig.instructor.web.internal.display.context;

import java.util.List;

/**
 * Mina instruktörsuppdrag for the signed-in person. Each part of the page is one getter here and one section in
 * my_instructor_assignments/view.jsp: today the certifications with their history; the standing per method (what
 * to deliver by when) and the networks with their meetings join as parts of their own when the services that
 * compute them exist, so the page never shows a part without data behind it.
 *
 * @author Livsviktig
 */
public class MyInstructorAssignmentsDisplayContext {

	public MyInstructorAssignmentsDisplayContext(
		List<CertificationRow> certificationRows) {

		_certificationRows = certificationRows;
	}

	/**
	 * @return every certification the person holds or held, newest certified first
	 */
	public List<CertificationRow> getCertificationRows() {
		return _certificationRows;
	}

	private final List<CertificationRow> _certificationRows;

}
