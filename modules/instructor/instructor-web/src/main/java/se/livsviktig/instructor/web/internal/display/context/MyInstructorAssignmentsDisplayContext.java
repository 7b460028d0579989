package se.livsviktig.instructor.web.internal.display.context;

import java.util.List;

/**
 * Mina instruktörsuppdrag for the signed-in person. Each part of the page is one getter here and one section in
 * my_instructor_assignments/view.jsp: the certifications with their history; the standing per method (what to
 * deliver by when); the sessions they taught; their networks; and the upcoming meetings they are invited to, each
 * answered by a POST to the answer URL that returns to this page.
 *
 * @author Livsviktig
 */
public class MyInstructorAssignmentsDisplayContext {

	public MyInstructorAssignmentsDisplayContext(
		List<CertificationRow> certificationRows,
		List<LicenceStandingRow> licenceStandingRows,
		List<TaughtSessionRow> taughtSessionRows,
		List<NetworkMembershipRow> networkMembershipRows,
		List<MeetingInvitationRow> meetingInvitationRows, String answerURL,
		String redirect, String successMessageKey,
		List<FieldError> fieldErrors) {

		_certificationRows = certificationRows;
		_licenceStandingRows = licenceStandingRows;
		_taughtSessionRows = taughtSessionRows;
		_networkMembershipRows = networkMembershipRows;
		_meetingInvitationRows = meetingInvitationRows;
		_answerURL = answerURL;
		_redirect = redirect;
		_successMessageKey = successMessageKey;
		_fieldErrors = fieldErrors;
	}

	/**
	 * @return why the answer just posted from this page was refused (the meeting started, not invited...), or none
	 */
	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	/**
	 * @return the language key saying the answer just posted was saved, or null
	 */
	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	/**
	 * @return the action URL that records an answer to a meeting invitation (networkMeetingId, answer, redirect)
	 */
	public String getAnswerURL() {
		return _answerURL;
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

	/**
	 * @return the upcoming scheduled meetings the person is invited to, soonest first, with their answers
	 */
	public List<MeetingInvitationRow> getMeetingInvitationRows() {
		return _meetingInvitationRows;
	}

	/**
	 * @return the networks the person is in, with their role, by name
	 */
	public List<NetworkMembershipRow> getNetworkMembershipRows() {
		return _networkMembershipRows;
	}

	/**
	 * @return this page, where an answer returns to
	 */
	public String getRedirect() {
		return _redirect;
	}

	/**
	 * @return the latest sessions the person taught, newest first
	 */
	public List<TaughtSessionRow> getTaughtSessionRows() {
		return _taughtSessionRows;
	}

	private final String _answerURL;
	private final List<FieldError> _fieldErrors;
	private final List<CertificationRow> _certificationRows;
	private final List<LicenceStandingRow> _licenceStandingRows;
	private final List<MeetingInvitationRow> _meetingInvitationRows;
	private final List<NetworkMembershipRow> _networkMembershipRows;
	private final String _redirect;
	private final String _successMessageKey;
	private final List<TaughtSessionRow> _taughtSessionRows;

}
