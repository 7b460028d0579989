package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.spi.InstructorCandidate;
import se.livsviktig.training.spi.InstructorCandidateProvider;

/**
 * The staffing view of a session's participants page: the instructors invited and their answers, and whom an
 * instructor app offers as candidates, when one is deployed. Read through the remote services, as the page is.
 *
 * @author Livsviktig
 */
public class SessionStaffingDisplayContext {

	public SessionStaffingDisplayContext(
		CourseSession courseSession,
		CourseSessionLocalService courseSessionLocalService,
		SessionInstructorService sessionInstructorService,
		SessionParticipantsReader sessionParticipantsReader,
		InstructorCandidateProvider instructorCandidateProvider) {

		_courseSession = courseSession;
		_courseSessionLocalService = courseSessionLocalService;
		_sessionInstructorService = sessionInstructorService;
		_sessionParticipantsReader = sessionParticipantsReader;
		_instructorCandidateProvider = instructorCandidateProvider;
	}

	/**
	 * @return whom the deployed {@link InstructorCandidateProvider} offers for this session, asked with the
	 *         session's method and the start and end of each of its dates; none without a provider
	 */
	public List<InstructorCandidate> getInstructorCandidates()
		throws PortalException {

		if (_instructorCandidateProvider == null) {
			return Collections.emptyList();
		}

		List<Date> dates = new ArrayList<>();

		for (SessionDate sessionDate : _courseSessionLocalService.getSessionDates(
					_courseSession.getCourseSessionId())) {
			dates.add(sessionDate.getStartDate());
			dates.add(sessionDate.getEndDate());
		}

		return _instructorCandidateProvider.getCandidates(
			_courseSession.getCompanyId(),
			_courseSession.getCourseSessionId(),
			_courseSession.getTrainingMethodId(), dates);
	}

	/**
	 * @return the Language key of a candidate's standing
	 */
	public String getInstructorStandingKey(
		InstructorCandidate instructorCandidate) {

		switch (instructorCandidate.getStanding()) {
			case AT_RISK:
				return "instructor-standing-at-risk";
			case LAPSED:
				return "instructor-standing-lapsed";
			default:
				return "instructor-standing-ok";
		}
	}

	public List<SessionInstructorRow> getInstructors() throws PortalException {
		List<SessionInstructorRow> instructors = new ArrayList<>();

		for (SessionInstructor sessionInstructor :
				_sessionInstructorService.getCourseSessionInstructors(
					_courseSession.getCourseSessionId(),
					new int[] {
						SessionInstructorConstants.STATUS_INVITED,
						SessionInstructorConstants.STATUS_ACCEPTED,
						SessionInstructorConstants.STATUS_DECLINED,
						SessionInstructorConstants.STATUS_WITHDRAWN
					})) {

			instructors.add(
				new SessionInstructorRow(
					sessionInstructor.getSessionInstructorId(),
					sessionInstructor.getUserName(),
					_getInstructorStatusKey(sessionInstructor.getStatus()),
					_sessionParticipantsReader.format(
						sessionInstructor.getResponseDate()),
					sessionInstructor.getStatus() ==
						SessionInstructorConstants.STATUS_WITHDRAWN ? false :
							true));
		}

		return instructors;
	}

	/**
	 * @return whether an app that offers instructor candidates is deployed, so the staffing view lists them
	 */
	public boolean isInstructorCandidatesOffered() {
		if (_instructorCandidateProvider != null) {
			return true;
		}

		return false;
	}

	/**
	 * An instructor invited to the session, and their answer.
	 */
	public static class SessionInstructorRow {

		public SessionInstructorRow(
			long sessionInstructorId, String name, String statusKey,
			String responseDate, boolean withdrawable) {

			_sessionInstructorId = sessionInstructorId;
			_name = name;
			_statusKey = statusKey;
			_responseDate = responseDate;
			_withdrawable = withdrawable;
		}

		public String getName() {
			return _name;
		}

		public String getResponseDate() {
			return _responseDate;
		}

		public long getSessionInstructorId() {
			return _sessionInstructorId;
		}

		public String getStatusKey() {
			return _statusKey;
		}

		public boolean isWithdrawable() {
			return _withdrawable;
		}

		private final String _name;
		private final String _responseDate;
		private final long _sessionInstructorId;
		private final String _statusKey;
		private final boolean _withdrawable;

	}

	private String _getInstructorStatusKey(int status) {
		if (status == SessionInstructorConstants.STATUS_ACCEPTED) {
			return "instructor-answer-accepted";
		}

		if (status == SessionInstructorConstants.STATUS_DECLINED) {
			return "instructor-answer-declined";
		}

		if (status == SessionInstructorConstants.STATUS_WITHDRAWN) {
			return "instructor-answer-withdrawn";
		}

		return "instructor-answer-invited";
	}

	private final CourseSession _courseSession;
	private final CourseSessionLocalService _courseSessionLocalService;
	private final InstructorCandidateProvider _instructorCandidateProvider;
	private final SessionInstructorService _sessionInstructorService;
	private final SessionParticipantsReader _sessionParticipantsReader;

}
