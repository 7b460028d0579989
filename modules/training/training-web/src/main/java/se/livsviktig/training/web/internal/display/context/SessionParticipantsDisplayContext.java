package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.LanguageUtil;
import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.portlet.url.builder.ResourceURLBuilder;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.registration.RegistrationImportReport;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.spi.InstructorCandidateProvider;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The coordinators' page of one session's participants: everyone registered with their state, the waitlist in
 * order, the requests waiting for approval, the other sessions of the course someone can be moved to, the outcome
 * of the last action (what it did, or why it was refused ({@link SessionParticipantsErrors}), with what was typed
 * kept) and an import's report line by line. Attendance per session date ({@link SessionAttendanceDisplayContext})
 * and the instructors invited and their answers ({@link SessionStaffingDisplayContext}) are display contexts of
 * their own, which the views of those tasks use.
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

	/**
	 * @return the attendance's part of the page: who of those with a seat was present on each date
	 */
	public SessionAttendanceDisplayContext getAttendance() {
		if (_sessionAttendanceDisplayContext == null) {
			_sessionAttendanceDisplayContext =
				new SessionAttendanceDisplayContext(
					_courseSession, _participants, _courseSessionLocalService,
					_attendanceService, _sessionParticipantsReader);
		}

		return _sessionAttendanceDisplayContext;
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
		return new SessionParticipantsErrors(
			_renderRequest, _locale, getReasonMaxLength(),
			getCommentMaxLength()
		).get();
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

	/**
	 * @return the staffing view's part: the instructors invited and their answers, and the candidates offered
	 */
	public SessionStaffingDisplayContext getStaffing() {
		return new SessionStaffingDisplayContext(
			_courseSession, _courseSessionLocalService, _sessionInstructorService,
			_sessionParticipantsReader, _instructorCandidateProvider);
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

	private String _getExportURL(String resourceID) {
		return ResourceURLBuilder.createResourceURL(
			_renderResponse
		).setParameter(
			"courseSessionId", getCourseSessionId()
		).setResourceID(
			resourceID
		).buildString();
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
	private final Locale _locale;
	private final List<AdminSessionParticipant> _participants;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SessionAttendanceDisplayContext _sessionAttendanceDisplayContext;
	private final SessionInstructorService _sessionInstructorService;
	private final SessionParticipantsReader _sessionParticipantsReader;

}
