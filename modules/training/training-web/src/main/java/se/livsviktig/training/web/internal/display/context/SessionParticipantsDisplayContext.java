package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.Date;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.DuplicateSessionInstructorException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.SessionCancelledException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.spi.InstructorCandidate;
import se.livsviktig.training.spi.InstructorCandidateProvider;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.portlet.action.ParticipantListMissingException;

/**
 * The coordinators' page of one session's participants: everyone registered with their state, the waitlist in
 * order, the requests waiting for approval, attendance per session date, the instructors invited and their
 * answers, the other sessions of the course someone can be moved to, the outcome of the last action (what it
 * did, or why it was refused, with what was typed kept) and an import's report line by line.
 *
 * <p>
 * Everything is read through the remote services, which check VIEW and VIEW_PARTICIPANTS on the session; the
 * actions check MANAGE_PARTICIPANTS. Names in message arguments are HTML-escaped here, as the portal's
 * message tag inserts arguments as they are.
 * </p>
 *
 * @author Livsviktig
 */
public class SessionParticipantsDisplayContext {

	public static final String IMPORT_REPORT_KEY = "sessionParticipantsImport";

	public static final String SUCCESS_MESSAGE_KEY =
		"sessionParticipantsSuccess";

	public SessionParticipantsDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse,
			CourseSessionService courseSessionService,
			CourseSessionLocalService courseSessionLocalService,
			CourseLocalService courseLocalService,
			AttendanceService attendanceService,
			SessionInstructorService sessionInstructorService,
			SessionParticipantsReader sessionParticipantsReader,
			InstructorCandidateProvider instructorCandidateProvider)
		throws PortalException {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_courseSessionLocalService = courseSessionLocalService;
		_attendanceService = attendanceService;
		_sessionInstructorService = sessionInstructorService;
		_sessionParticipantsReader = sessionParticipantsReader;
		_instructorCandidateProvider = instructorCandidateProvider;

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_locale = themeDisplay.getLocale();

		_courseSession = courseSessionService.getCourseSession(
			ParamUtil.getLong(renderRequest, "courseSessionId"));

		_course = courseLocalService.fetchCourse(_courseSession.getCourseId());

		_participants = sessionParticipantsReader.read(
			_courseSession.getCourseSessionId());
	}

	/**
	 * @return per session date, who of those with a seat was present, absent or not marked yet
	 */
	public List<AttendanceDate> getAttendanceDates() throws PortalException {
		List<AttendanceDate> attendanceDates = new ArrayList<>();

		for (SessionDate sessionDate : getSessionDates()) {
			Map<Long, Boolean> presence = new HashMap<>();

			for (Attendance attendance :
					_attendanceService.getSessionDateAttendances(
						sessionDate.getSessionDateId())) {

				presence.put(
					attendance.getRegistrationId(), attendance.getPresent());
			}

			attendanceDates.add(
				new AttendanceDate(
					sessionDate.getSessionDateId(),
					_sessionParticipantsReader.format(
						sessionDate.getStartDate()),
					presence));
		}

		return attendanceDates;
	}

	/**
	 * @return the people with a seat, whose attendance is followed
	 */
	public List<AdminSessionParticipant> getAttendanceParticipants() {
		List<AdminSessionParticipant> attendanceParticipants = new ArrayList<>();

		for (AdminSessionParticipant participant : _participants) {
			if (RegistrationConstants.holdsSeat(participant.getStatus()) &&
				(participant.getStatus() !=
					RegistrationConstants.STATUS_PENDING_APPROVAL) &&
				(participant.getStatus() !=
					RegistrationConstants.STATUS_OFFERED)) {

				attendanceParticipants.add(participant);
			}
		}

		return attendanceParticipants;
	}

	/**
	 * @return the person a move or cancellation is about, named by the given parameter, when their registration
	 *         is still active on this session; otherwise null
	 */
	public AdminSessionParticipant getChosenParticipant(String parameterName) {
		long registrationId = ParamUtil.getLong(_renderRequest, parameterName);

		for (AdminSessionParticipant participant : _participants) {
			if ((participant.getRegistrationId() == registrationId) &&
				RegistrationConstants.isActive(participant.getStatus())) {

				return participant;
			}
		}

		return null;
	}

	public int getCommentMaxLength() {
		return ModelHintsUtil.getMaxLength(
			Registration.class.getName(), "reviewComment");
	}

	public CourseSession getCourseSession() {
		return _courseSession;
	}

	public long getCourseSessionId() {
		return _courseSession.getCourseSessionId();
	}

	public String getCourseTitle() {
		if (_course == null) {
			return StringPool.BLANK;
		}

		return _course.getTitle(_locale);
	}

	/**
	 * @return why the last action was refused, each message linked to the field it is about
	 */
	public List<FormError> getErrors() {
		List<FormError> errors = new ArrayList<>();

		String form = ParamUtil.getString(_renderRequest, "form");

		String personField = "participant";

		if (form.equals(FORM_INVITE)) {
			personField = "instructor";
		}
		else if (form.equals(FORM_MOVE)) {
			personField = "targetCourseSessionId";
		}

		String reasonField = "waitlistReason";

		if (form.equals(FORM_CANCEL)) {
			reasonField = "cancelReason";
		}
		else if (form.equals(FORM_MOVE)) {
			reasonField = "moveReason";
		}

		if (SessionErrors.contains(
				_renderRequest, PrincipalException.getNestedClasses())) {

			errors.add(
				new FormError(null, "you-do-not-have-permission-to-do-this"));
		}

		if (_contains(NoSuchUserException.class)) {
			errors.add(
				new FormError(
					personField, "no-user-has-the-email-address-or-screen-name-x",
					HtmlUtil.escape(
						ParamUtil.getString(_renderRequest, personField))));
		}

		if (_contains(DuplicateRegistrationException.class)) {
			errors.add(
				new FormError(
					personField,
					form.equals(FORM_MOVE) ?
						"the-person-is-already-registered-on-the-other-session" :
							"the-person-is-already-registered-on-this-session"));
		}

		if (_contains(NotInSessionAudienceException.class)) {
			errors.add(
				new FormError(
					personField, "the-person-is-not-in-the-sessions-audience"));
		}

		if (_contains(
				SessionNotPublishedException.class,
				SessionCancelledException.class,
				RegistrationClosedException.class)) {

			errors.add(
				new FormError(
					form.equals(FORM_MOVE) ? personField : null,
					"the-session-is-not-open-for-registration"));
		}

		if (_contains(MoveRegistrationTargetException.class)) {
			errors.add(
				new FormError(
					"targetCourseSessionId",
					"choose-another-session-of-the-same-course"));
		}

		if (_contains(RegistrationStatusException.class)) {
			errors.add(
				new FormError(
					null, "the-registration-has-changed-meanwhile-see-its-state"));
		}

		if (_contains(NoSuchRegistrationException.class)) {
			errors.add(
				new FormError(null, "the-registration-could-not-be-found"));
		}

		if (_contains(WaitlistReorderReasonException.class)) {
			errors.add(
				new FormError(
					"waitlistReason", "give-a-reason-for-moving-someone-in-line"));
		}

		if (_contains(CancellationReasonException.class)) {

			// On the cancel form the service also asks for a reason once the cancellation deadline has passed.

			errors.add(
				new FormError(
					reasonField,
					form.equals(FORM_CANCEL) ?
						"give-a-reason-of-at-most-x-characters-after-the-cancellation-deadline-it-is-required" :
							"a-reason-may-have-at-most-x-characters",
					getReasonMaxLength()));
		}

		if (_contains(CancellationDeadlinePassedException.class)) {
			errors.add(
				new FormError(
					null,
					"the-cancellation-deadline-has-passed-only-someone-who-manages-the-participants-may-cancel"));
		}

		if (_contains(WaitlistPositionException.class)) {
			errors.add(
				new FormError(
					"waitlistPosition", "a-place-in-line-is-1-or-more"));
		}

		if (_contains(ParticipantMessageSubjectException.class)) {
			errors.add(
				new FormError(
					"messageSubject", "write-a-subject-of-at-most-x-characters",
					SUBJECT_MAX_LENGTH));
		}

		if (_contains(ParticipantMessageBodyException.class)) {
			errors.add(
				new FormError(
					"messageBody", "write-a-message-of-at-most-x-characters",
					BODY_MAX_LENGTH));
		}

		if (_contains(ParticipantMessageRecipientsException.class)) {
			errors.add(
				new FormError(
					"messageRecipients", "choose-at-least-one-recipient"));
		}

		if (_contains(InstructorNotQualifiedException.class)) {
			ThemeDisplay themeDisplay =
				(ThemeDisplay)_renderRequest.getAttribute(WebKeys.THEME_DISPLAY);

			errors.add(
				_INSTRUCTOR_NOT_QUALIFIED_MESSAGE.toFormError(
					"instructor",
					SessionErrors.get(
						_renderRequest,
						InstructorNotQualifiedException.class.getName()),
					_locale,
					themeDisplay.getTimeZone(
					).toZoneId()));
		}

		if (_contains(DuplicateSessionInstructorException.class)) {
			errors.add(
				new FormError(
					"instructor", "the-instructor-is-already-invited-to-this-session"));
		}

		if (_contains(NoSuchSessionInstructorException.class)) {
			errors.add(
				new FormError(null, "the-invitation-could-not-be-found"));
		}

		if (_contains(RegistrationCommentException.class)) {
			errors.add(
				new FormError(
					null, "a-comment-may-have-at-most-x-characters",
					getCommentMaxLength()));
		}

		if (_contains(ParticipantListMissingException.class)) {
			errors.add(
				new FormError("csvFile", "choose-a-csv-file-or-paste-a-list"));
		}

		if (errors.isEmpty() && !SessionErrors.isEmpty(_renderRequest)) {
			errors.add(new FormError(null, "something-went-wrong-try-again"));
		}

		return errors;
	}

	/**
	 * @return how many session dates have attendance marked, of the session's dates
	 */
	public int getDatesWithAttendanceCount() throws PortalException {
		int count = 0;

		for (AttendanceDate attendanceDate : getAttendanceDates()) {
			if (attendanceDate.isMarked()) {
				count++;
			}
		}

		return count;
	}

	public String getExportCsvURL() {
		return _getExportURL(
			TrainingMVCCommandNames.EXPORT_SESSION_PARTICIPANTS_CSV);
	}

	public String getExportXlsxURL() {
		return _getExportURL(
			TrainingMVCCommandNames.EXPORT_SESSION_PARTICIPANTS_XLSX);
	}

	/**
	 * @return the report of the last import (checked or registered), or null
	 */
	public RegistrationImportReport getImportReport() {
		Object importReport = SessionMessages.get(
			_renderRequest, IMPORT_REPORT_KEY);

		if (importReport instanceof RegistrationImportReport) {
			return (RegistrationImportReport)importReport;
		}

		return null;
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

		for (SessionDate sessionDate : getSessionDates()) {
			dates.add(sessionDate.getStartDate());
			dates.add(sessionDate.getEndDate());
		}

		return _instructorCandidateProvider.getCandidates(
			_courseSession.getCompanyId(), getCourseSessionId(),
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
					getCourseSessionId(),
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
	 * @return the other published sessions of the course, someone can be moved to
	 */
	public List<MoveTarget> getMoveTargets() {
		List<MoveTarget> moveTargets = new ArrayList<>();

		for (CourseSession courseSession :
				_courseSessionLocalService.getCourseCourseSessions(
					_courseSession.getCourseId(),
					new int[] {CourseSessionConstants.STATUS_PUBLISHED})) {

			if (courseSession.getCourseSessionId() == getCourseSessionId()) {
				continue;
			}

			List<String> parts = new ArrayList<>();

			parts.add(
				_sessionParticipantsReader.format(
					courseSession.getStartDate()));

			if (Validator.isNotNull(courseSession.getLocality())) {
				parts.add(courseSession.getLocality());
			}

			moveTargets.add(
				new MoveTarget(
					courseSession.getCourseSessionId(),
					String.join(", ", parts),
					courseSession.getSeats() - courseSession.getSeatsTaken()));
		}

		return moveTargets;
	}

	/**
	 * @return what was typed into a form whose action was refused, or empty
	 */
	public String getParameter(String name) {
		return ParamUtil.getString(_renderRequest, name);
	}

	public List<AdminSessionParticipant> getParticipants() {
		return _participants;
	}

	/**
	 * @return the view of one person's task (move or cancel), opened from their row
	 */
	public String getPersonTaskURL(
		String view, String parameterName, long registrationId) {

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_SESSION_PARTICIPANTS
		).setParameter(
			"courseSessionId", getCourseSessionId()
		).setParameter(
			"view", view
		).setParameter(
			parameterName, registrationId
		).buildString();
	}

	public List<AdminSessionParticipant> getPendingApprovals() {
		return _withStatus(RegistrationConstants.STATUS_PENDING_APPROVAL);
	}

	public int getReasonMaxLength() {
		return ModelHintsUtil.getMaxLength(
			Registration.class.getName(), "cancellationReason");
	}

	/**
	 * @return the recipients chosen in a refused message, so the choice is not lost; none by default
	 */
	public Set<Long> getSelectedRecipients() {
		Set<Long> selected = new HashSet<>();

		for (long registrationId :
				GetterUtil.getLongValues(
					_renderRequest.getParameterValues("registrationIds"))) {

			selected.add(registrationId);
		}

		return selected;
	}

	public List<SessionDate> getSessionDates() throws PortalException {
		if (_sessionDates == null) {
			_sessionDates = _courseSessionLocalService.getSessionDates(
				getCourseSessionId());
		}

		return _sessionDates;
	}

	/**
	 * @return the key and arguments of what the last action did, or null. The arguments are HTML-escaped, and a
	 *         registration's state is given in the reader's language
	 */
	public FormError getSuccessMessage() {
		Object value = SessionMessages.get(_renderRequest, SUCCESS_MESSAGE_KEY);

		if (!(value instanceof String[])) {
			return null;
		}

		String[] parts = (String[])value;

		Object[] arguments = new Object[parts.length - 1];

		for (int i = 1; i < parts.length; i++) {
			if (parts[i].startsWith(
					SessionParticipantsReader.STATUS_KEY_PREFIX)) {

				arguments[i - 1] = HtmlUtil.escape(
					LanguageUtil.get(_locale, parts[i]));
			}
			else {
				arguments[i - 1] = HtmlUtil.escape(parts[i]);
			}
		}

		return new FormError(null, parts[0], arguments);
	}

	/**
	 * @return which of the page's views to show, the participant list unless another was asked for
	 */
	public String getView() {
		return SessionParticipantsView.valueOf(
			ParamUtil.getString(_renderRequest, "view"));
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

	public String getViewURL(String view) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_SESSION_PARTICIPANTS
		).setParameter(
			"courseSessionId", getCourseSessionId()
		).setParameter(
			"view", view
		).buildString();
	}

	public List<AdminSessionParticipant> getWaitlist() {
		return _withStatus(RegistrationConstants.STATUS_WAITLISTED);
	}

	public static final int BODY_MAX_LENGTH = 10000;

	public static final String FORM_ADD = "add";

	public static final String FORM_APPROVAL = "approval";

	public static final String FORM_CANCEL = "cancel";

	public static final String FORM_IMPORT = "import";

	public static final String FORM_INVITE = "invite";

	public static final String FORM_MESSAGE = "message";

	public static final String FORM_MOVE = "move";

	public static final String FORM_WAITLIST = "waitlist";

	public static final int SUBJECT_MAX_LENGTH = 200;

	/**
	 * One session date of the attendance overview.
	 */
	public static class AttendanceDate {

		public AttendanceDate(
			long sessionDateId, String label, Map<Long, Boolean> presence) {

			_sessionDateId = sessionDateId;
			_label = label;
			_presence = presence;
		}

		public String getLabel() {
			return _label;
		}

		/**
		 * @return "present", "absent" or "not-marked": the Language key of the participant's attendance
		 */
		public String getPresenceKey(long registrationId) {
			Boolean present = _presence.get(registrationId);

			if (present == null) {
				return "not-marked";
			}

			return present ? "present" : "absent";
		}

		public long getSessionDateId() {
			return _sessionDateId;
		}

		/**
		 * @return whether anyone's attendance has been marked on this date
		 */
		public boolean isMarked() {
			return !_presence.isEmpty();
		}

		private final String _label;
		private final Map<Long, Boolean> _presence;
		private final long _sessionDateId;

	}

	/**
	 * Another session of the course.
	 */
	public static class MoveTarget {

		public MoveTarget(long courseSessionId, String label, int seatsLeft) {
			_courseSessionId = courseSessionId;
			_label = label;
			_seatsLeft = seatsLeft;
		}

		public long getCourseSessionId() {
			return _courseSessionId;
		}

		public String getLabel() {
			return _label;
		}

		public int getSeatsLeft() {
			return Math.max(0, _seatsLeft);
		}

		private final long _courseSessionId;
		private final String _label;
		private final int _seatsLeft;

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

	private boolean _contains(Class<?>... classes) {
		for (Class<?> clazz : classes) {
			if (SessionErrors.contains(_renderRequest, clazz.getName())) {
				return true;
			}
		}

		return false;
	}

	private String _getExportURL(String resourceID) {
		return ResourceURLBuilder.createResourceURL(
			_renderResponse
		).setParameter(
			"courseSessionId", getCourseSessionId()
		).setResourceID(
			resourceID
		).buildString();
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

	private List<AdminSessionParticipant> _withStatus(int status) {
		List<AdminSessionParticipant> participants = new ArrayList<>();

		for (AdminSessionParticipant participant : _participants) {
			if (participant.getStatus() == status) {
				participants.add(participant);
			}
		}

		return Collections.unmodifiableList(participants);
	}

	private final AttendanceService _attendanceService;
	private final Course _course;
	private final CourseSession _courseSession;
	private final CourseSessionLocalService _courseSessionLocalService;
	private final InstructorCandidateProvider _instructorCandidateProvider;
	private static final InstructorNotQualifiedMessage
		_INSTRUCTOR_NOT_QUALIFIED_MESSAGE = new InstructorNotQualifiedMessage(
			"the-instructor-is-not-certified-for-x-on-x",
			"the-instructor-is-not-qualified-for-this-method-on-every-date");

	private final Locale _locale;
	private final List<AdminSessionParticipant> _participants;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private List<SessionDate> _sessionDates;
	private final SessionInstructorService _sessionInstructorService;
	private final SessionParticipantsReader _sessionParticipantsReader;

}
