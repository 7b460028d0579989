package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.attendance.CheckInWindow;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.CheckInClosedException;
import se.livsviktig.training.exception.CheckInCodeException;
import se.livsviktig.training.exception.CheckInNotConfirmedException;
import se.livsviktig.training.exception.CheckInNotRegisteredException;
import se.livsviktig.training.exception.DuplicateCheckInException;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.OfferExpiredException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.exception.RegistrationDietaryNeedsException;
import se.livsviktig.training.exception.RegistrationMotivationException;
import se.livsviktig.training.exception.RegistrationNotOpenException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.SessionCancelledException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * One session's page for a member of staff: what it is, when and where, and the user's own state on it with the
 * actions that fit that state.
 *
 * @author Livsviktig
 */
public class CourseSessionDisplayContext {

	/**
	 * The success message of a check-in; after it the page stops offering the check-in form.
	 */
	public static final String CHECKED_IN_MESSAGE_KEY =
		"you-are-checked-in-and-marked-present";

	public static final String SUCCESS_MESSAGE_KEY = "registrationSuccess";

	public CourseSessionDisplayContext(
			RenderRequest renderRequest, RenderResponse renderResponse,
			CourseSessionService courseSessionService,
			CourseLocalService courseLocalService,
			TrainingMethodService trainingMethodService,
			RegistrationService registrationService,
			PortletResourcePermission portletResourcePermission,
			String redirect, Date now)
		throws PortalException {

		_renderRequest = renderRequest;
		_redirect = redirect;
		_now = now;
		_renderResponse = renderResponse;
		_portletResourcePermission = portletResourcePermission;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_courseSession = courseSessionService.getCourseSession(
			ParamUtil.getLong(renderRequest, "courseSessionId"));

		_course = courseLocalService.fetchCourse(_courseSession.getCourseId());
		_sessionDates = courseSessionService.getSessionDates(
			_courseSession.getCourseSessionId());
		_trainingMethod = _fetchTrainingMethod(
			trainingMethodService, _courseSession.getTrainingMethodId());

		_registration = registrationService.fetchMyRegistration(
			_courseSession.getCourseSessionId());

		if ((_registration != null) &&
			(_registration.getStatus() ==
				RegistrationConstants.STATUS_WAITLISTED)) {

			_waitlistPosition = registrationService.getWaitlistPosition(
				_registration.getRegistrationId());
		}
		else {
			_waitlistPosition = 0;
		}
	}

	public String getAcceptOfferURL() {
		return _actionURL(TrainingMVCCommandNames.ACCEPT_OFFER);
	}

	public String getBackURL() {
		if (Validator.isNotNull(_redirect)) {
			return _redirect;
		}

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_COURSE_CATALOG
		).buildString();
	}

	public String getCancellationDeadline() {
		return _formatDateTime(_courseSession.getCancellationDeadline());
	}

	public String getCancelURL() {
		return _actionURL(TrainingMVCCommandNames.CANCEL_REGISTRATION);
	}

	/**
	 * @return the check-in code the QR code's link carried, or the one typed before a refusal, to prefill the
	 *         form; blank when there is none
	 */
	public String getCheckInCode() {
		return ParamUtil.getString(_renderRequest, "checkInCode");
	}

	public String getCheckInURL() {
		return _actionURL(TrainingMVCCommandNames.CHECK_IN);
	}

	public String getCourseDescription() {
		if (_course == null) {
			return StringPool.BLANK;
		}

		return _course.getDescription(getLocale());
	}

	public CourseSession getCourseSession() {
		return _courseSession;
	}

	public String getCourseTitle() {
		if (_course == null) {
			return StringPool.BLANK;
		}

		return _course.getTitle(getLocale());
	}

	public String getDeclineOfferURL() {
		return _actionURL(TrainingMVCCommandNames.DECLINE_OFFER);
	}

	/**
	 * The key of the message for the error the last action left, or null when it left none.
	 */
	public String getErrorMessageKey() {
		for (Map<Class<?>, String> errorMessageKeys :
				Arrays.asList(
					_CHECK_IN_ERROR_MESSAGE_KEYS, _ERROR_MESSAGE_KEYS)) {

			for (Map.Entry<Class<?>, String> entry :
					errorMessageKeys.entrySet()) {

				if (SessionErrors.contains(_renderRequest, entry.getKey())) {
					return entry.getValue();
				}
			}
		}

		if (SessionErrors.contains(
				_renderRequest, PrincipalException.getNestedClasses())) {

			return "you-do-not-have-permission-to-do-this";
		}

		if (!SessionErrors.isEmpty(_renderRequest)) {
			return "something-went-wrong-try-again";
		}

		return null;
	}

	public String getFormValue(String name) {
		return ParamUtil.getString(_renderRequest, name);
	}

	public Locale getLocale() {
		return _themeDisplay.getLocale();
	}

	public String getMethodName() {
		if (_trainingMethod == null) {
			return StringPool.BLANK;
		}

		return _trainingMethod.getName(getLocale());
	}

	public String getOfferExpiration() {
		if (_registration == null) {
			return StringPool.BLANK;
		}

		return _formatDateTime(_registration.getHoldExpirationDate());
	}

	public String getRegisterColleagueURL() {
		return _actionURL(TrainingMVCCommandNames.REGISTER_COLLEAGUE);
	}

	public String getRegisterURL() {
		return _actionURL(TrainingMVCCommandNames.REGISTER);
	}

	public String getRegistrationCloseDate() {
		return _formatDateTime(_courseSession.getRegistrationCloseDate());
	}

	public long getRegistrationId() {
		if (_registration == null) {
			return 0;
		}

		return _registration.getRegistrationId();
	}

	public int getSeatsLeft() {
		return Math.max(
			0, _courseSession.getSeats() - _courseSession.getSeatsTaken());
	}

	public String getSessionDateText(SessionDate sessionDate) {
		String start = _formatDateTime(sessionDate.getStartDate());

		if (sessionDate.getEndDate() == null) {
			return start;
		}

		return start + "–" +
			DateTimeFormatter.ofPattern(
				"HH:mm", getLocale()
			).format(
				sessionDate.getEndDate(
				).toInstant(
				).atZone(
					_getZoneId()
				));
	}

	public List<SessionDate> getSessionDates() {
		return _sessionDates;
	}

	/**
	 * The user's state on the session, which decides the sentence and the actions the page shows.
	 */
	public State getState() {
		if (_registration != null) {
			switch (_registration.getStatus()) {
				case RegistrationConstants.STATUS_CONFIRMED:
					return State.CONFIRMED;
				case RegistrationConstants.STATUS_OFFERED:
					return State.OFFERED;
				case RegistrationConstants.STATUS_PENDING_APPROVAL:
					return State.PENDING_APPROVAL;
				case RegistrationConstants.STATUS_WAITLISTED:
					return State.WAITLISTED;
				default:
					return State.DONE;
			}
		}

		if (!_isOpenForRegistration()) {
			return State.CLOSED;
		}

		if (getSeatsLeft() == 0) {
			return State.FULL;
		}

		return State.OPEN;
	}

	public String getVenue() {
		if (isOnline()) {
			return StringPool.BLANK;
		}

		StringBuilder sb = new StringBuilder();

		for (String part :
				new String[] {
					_courseSession.getVenueName(),
					_courseSession.getVenueAddress(),
					_courseSession.getLocality()
				}) {

			if (Validator.isNotNull(part)) {
				if (sb.length() > 0) {
					sb.append(", ");
				}

				sb.append(part);
			}
		}

		return sb.toString();
	}

	public int getWaitlistPosition() {
		return _waitlistPosition;
	}

	/**
	 * Cancelling is the participant's own until the deadline; after it, the page says whom to ask.
	 */
	public boolean isBeforeCancellationDeadline() {
		Date cancellationDeadline = _courseSession.getCancellationDeadline();

		if ((cancellationDeadline == null) ||
			new Date().before(cancellationDeadline)) {

			return true;
		}

		return false;
	}

	/**
	 * Whether the page offers the check-in form: to a signed-in user who came with a code (the QR code's link),
	 * who was just refused a check-in, or who holds a seat while a date's check-in is open; not right after a
	 * successful check-in.
	 */
	public boolean isShowCheckIn() {
		if (!_themeDisplay.isSignedIn() ||
			CHECKED_IN_MESSAGE_KEY.equals(getSuccessMessageKey())) {

			return false;
		}

		if (Validator.isNotNull(getCheckInCode()) || _isCheckInRefused()) {
			return true;
		}

		State state = getState();

		if ((state != State.CONFIRMED) && (state != State.DONE)) {
			return false;
		}

		for (SessionDate sessionDate : _sessionDates) {
			if (CheckInWindow.isOpen(sessionDate, _now)) {
				return true;
			}
		}

		return false;
	}

	/**
	 * Whether a guest came with a check-in code: the page says to sign in first, since only a signed-in person
	 * can be marked present.
	 */
	public boolean isSignInToCheckIn() {
		if (!_themeDisplay.isSignedIn() &&
			Validator.isNotNull(getCheckInCode())) {

			return true;
		}

		return false;
	}

	public boolean isDietaryNeedsRequested() {
		return _courseSession.isDietaryNeedsRequested();
	}

	public boolean isMotivationRequested() {
		return _courseSession.isApprovalRequired();
	}

	public boolean isOnline() {
		if (_courseSession.getDeliveryMode() ==
				CourseSessionConstants.DELIVERY_MODE_ONLINE) {

			return true;
		}

		return false;
	}

	/**
	 * The key of the message that tells what the last action did, or null.
	 */
	public String getSuccessMessageKey() {
		return (String)SessionMessages.get(_renderRequest, SUCCESS_MESSAGE_KEY);
	}

	/**
	 * Whether the user may register colleagues here (REGISTER_OTHERS on the site; the service also lets a
	 * session's coordinators do it) while the session takes registrations.
	 */
	public boolean isShowRegisterColleague() {
		if (!_isOpenForRegistration()) {
			return false;
		}

		return _portletResourcePermission.contains(
			_themeDisplay.getPermissionChecker(), _courseSession.getGroupId(),
			TrainingActionKeys.REGISTER_OTHERS);
	}

	public enum State {

		CLOSED, CONFIRMED, DONE, FULL, OFFERED, OPEN, PENDING_APPROVAL,
		WAITLISTED

	}

	private static TrainingMethod _fetchTrainingMethod(
			TrainingMethodService trainingMethodService, long trainingMethodId)
		throws PortalException {

		try {
			return trainingMethodService.getTrainingMethod(trainingMethodId);
		}
		catch (PrincipalException principalException) {

			// The method's name is a nicety on this page; the session itself may be viewed.

			return null;
		}
	}

	private String _actionURL(String actionName) {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			actionName
		).setParameter(
			"courseSessionId", _courseSession.getCourseSessionId()
		).setParameter(
			"registrationId", getRegistrationId()
		).buildString();
	}

	private String _formatDateTime(Date date) {
		if (date == null) {
			return StringPool.BLANK;
		}

		return DateTimeFormatter.ofPattern(
			"d MMMM yyyy HH:mm", getLocale()
		).format(
			date.toInstant(
			).atZone(
				_getZoneId()
			));
	}

	private ZoneId _getZoneId() {
		return _themeDisplay.getTimeZone(
		).toZoneId();
	}

	private boolean _isCheckInRefused() {
		for (Class<?> exceptionClass : _CHECK_IN_ERROR_MESSAGE_KEYS.keySet()) {
			if (SessionErrors.contains(_renderRequest, exceptionClass)) {
				return true;
			}
		}

		return false;
	}

	private boolean _isOpenForRegistration() {
		if (_courseSession.getStatus() !=
				CourseSessionConstants.STATUS_PUBLISHED) {

			return false;
		}

		Date now = new Date();

		Date openDate = _courseSession.getRegistrationOpenDate();

		if ((openDate != null) && now.before(openDate)) {
			return false;
		}

		Date closeDate = _courseSession.getRegistrationCloseDate();

		if ((closeDate != null) && !now.before(closeDate)) {
			return false;
		}

		return true;
	}

	/**
	 * Each refusal of a self check-in says what to do next: look at the code again, come back when check-in is
	 * open, or ask the instructor (who can mark attendance by hand).
	 */
	private static final Map<Class<?>, String> _CHECK_IN_ERROR_MESSAGE_KEYS =
		new LinkedHashMap<Class<?>, String>() {
			{
				put(
					CheckInClosedException.class,
					"check-in-with-this-code-is-not-open-now");
				put(
					CheckInCodeException.class,
					"the-check-in-code-is-not-right-for-this-session");
				put(
					CheckInNotConfirmedException.class,
					"you-have-no-confirmed-seat-on-this-session-so-you-cannot-check-in");
				put(
					CheckInNotRegisteredException.class,
					"you-are-not-registered-on-this-session-so-you-cannot-check-in");
				put(
					DuplicateCheckInException.class,
					"you-are-already-checked-in-for-this-session-date");
			}
		};

	private static final Map<Class<?>, String> _ERROR_MESSAGE_KEYS =
		new LinkedHashMap<Class<?>, String>() {
			{
				put(
					CancellationDeadlinePassedException.class,
					"the-cancellation-deadline-has-passed");
				put(
					CancellationReasonException.class,
					"please-give-a-reason-for-the-late-cancellation");
				put(
					DuplicateRegistrationException.class,
					"you-are-already-registered-on-this-session");
				put(
					NotInSessionAudienceException.class,
					"this-session-is-not-open-to-your-organization");
				put(
					NoSuchUserException.class,
					"no-colleague-has-that-email-address");
				put(OfferExpiredException.class, "the-offer-has-expired");
				put(
					RegistrationClosedException.class,
					"registration-for-this-session-has-closed");
				put(
					RegistrationDietaryNeedsException.class,
					"the-dietary-needs-are-too-long");
				put(
					RegistrationMotivationException.class,
					"the-motivation-is-too-long");
				put(
					RegistrationNotOpenException.class,
					"registration-for-this-session-has-not-opened-yet");
				put(
					RegistrationStatusException.class,
					"your-registration-has-changed-meanwhile");
				put(
					SessionCancelledException.class,
					"this-session-has-been-cancelled");
				put(
					SessionNotPublishedException.class,
					"this-session-is-not-published");
			}
		};

	private final Course _course;
	private final Date _now;
	private final String _redirect;
	private final CourseSession _courseSession;
	private final Registration _registration;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final PortletResourcePermission _portletResourcePermission;
	private final List<SessionDate> _sessionDates;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethod _trainingMethod;
	private final int _waitlistPosition;

}
