package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
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
 * actions that fit that state. Its refusals ({@link CourseSessionPageErrors}), its times
 * ({@link SessionDateTimeText}), its self check-in ({@link SelfCheckInOffer}) and when it takes registrations ({@link SessionRegistrationWindow}) are classes of
 * their own.
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

		_courseSessionPageErrors = new CourseSessionPageErrors(renderRequest);

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_courseSession = courseSessionService.getCourseSession(
			ParamUtil.getLong(renderRequest, "courseSessionId"));

		_sessionRegistrationWindow = new SessionRegistrationWindow(
			_courseSession);

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
		return _getSessionDateTimeText().format(
			_courseSession.getCancellationDeadline());
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
		return _courseSessionPageErrors.getMessageKey();
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

		return _getSessionDateTimeText().format(
			_registration.getHoldExpirationDate());
	}

	public String getRegisterColleagueURL() {
		return _actionURL(TrainingMVCCommandNames.REGISTER_COLLEAGUE);
	}

	public String getRegisterURL() {
		return _actionURL(TrainingMVCCommandNames.REGISTER);
	}

	public String getRegistrationCloseDate() {
		return _getSessionDateTimeText().format(
			_courseSession.getRegistrationCloseDate());
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
		return _getSessionDateTimeText().format(sessionDate);
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

		if (!_sessionRegistrationWindow.isOpen()) {
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

		return SessionPlace.of(_courseSession);
	}

	public int getWaitlistPosition() {
		return _waitlistPosition;
	}

	/**
	 * Cancelling is the participant's own until the deadline; after it, the page says whom to ask.
	 */
	public boolean isBeforeCancellationDeadline() {
		return _sessionRegistrationWindow.isBeforeCancellationDeadline();
	}

	/**
	 * Whether the page offers the check-in form ({@link SelfCheckInOffer#isShown()}).
	 */
	public boolean isShowCheckIn() {
		return _getSelfCheckInOffer().isShown();
	}

	/**
	 * Whether a guest came with a check-in code: the page says to sign in first, since only a signed-in person
	 * can be marked present.
	 */
	public boolean isSignInToCheckIn() {
		return _getSelfCheckInOffer().isSignInFirst();
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
		if (!_sessionRegistrationWindow.isOpen()) {
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

	private SelfCheckInOffer _getSelfCheckInOffer() {
		State state = getState();

		return new SelfCheckInOffer(
			_themeDisplay.isSignedIn(), getCheckInCode(),
			CHECKED_IN_MESSAGE_KEY.equals(getSuccessMessageKey()),
			_courseSessionPageErrors.isCheckInRefused(),
			(state == State.CONFIRMED) || (state == State.DONE), _sessionDates,
			_now);
	}

	private SessionDateTimeText _getSessionDateTimeText() {
		return new SessionDateTimeText(
			getLocale(),
			_themeDisplay.getTimeZone(
			).toZoneId());
	}

	private final Course _course;
	private final Date _now;
	private final String _redirect;
	private final CourseSession _courseSession;
	private final CourseSessionPageErrors _courseSessionPageErrors;
	private final Registration _registration;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final PortletResourcePermission _portletResourcePermission;
	private final List<SessionDate> _sessionDates;
	private final SessionRegistrationWindow _sessionRegistrationWindow;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethod _trainingMethod;
	private final int _waitlistPosition;

}
