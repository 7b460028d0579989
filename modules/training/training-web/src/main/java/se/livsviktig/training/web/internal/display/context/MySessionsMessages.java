package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import se.livsviktig.training.exception.AttendanceSessionDateException;
import se.livsviktig.training.exception.InstructorNotQualifiedException;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.NoSuchSessionDateException;
import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.exception.RegistrationStatusException;

/**
 * What Mina kurstillfällen tells an instructor after an action: for each of its two actions (answer an
 * invitation, mark attendance) the refusals the services explain with a typed exception, each with its Language
 * key, and the confirmations. The same exception means different things for the two (RegistrationStatusException
 * is an invitation already answered, or a participant no longer registered), so the action that failed is kept
 * in the render parameters: an answer keeps {@code sessionInstructorId}.
 *
 * @author Livsviktig
 */
public class MySessionsMessages {

	public static final String ATTENDANCE_SAVED = "attendanceSaved";

	public static final String INVITATION_ACCEPTED = "invitationAccepted";

	public static final String INVITATION_DECLINED = "invitationDeclined";

	/**
	 * @return the refusals of marking attendance, in the order the error summary lists them
	 */
	public static Map<Class<? extends PortalException>, String>
		getAttendanceErrorKeys() {

		return _ATTENDANCE_ERROR_KEYS;
	}

	/**
	 * @return the type under which a refusal is kept in SessionErrors, or null when it is not one the user can
	 *         be told about (then the action must fail loudly)
	 */
	public static Class<? extends PortalException> getErrorType(
		Map<Class<? extends PortalException>, String> errorKeys,
		PortalException portalException) {

		for (Class<? extends PortalException> errorType : errorKeys.keySet()) {
			if (errorType.isInstance(portalException)) {
				return errorType;
			}
		}

		return null;
	}

	/**
	 * @return the refusals of answering an invitation, in the order the error summary lists them
	 */
	public static Map<Class<? extends PortalException>, String>
		getInvitationErrorKeys() {

		return _INVITATION_ERROR_KEYS;
	}

	/**
	 * @return the Language key of each confirmation, by its SessionMessages key
	 */
	public static Map<String, String> getSuccessKeys() {
		return _SUCCESS_KEYS;
	}

	private static final Map<Class<? extends PortalException>, String>
		_ATTENDANCE_ERROR_KEYS;

	private static final Map<Class<? extends PortalException>, String>
		_INVITATION_ERROR_KEYS;

	private static final Map<String, String> _SUCCESS_KEYS;

	static {
		Map<Class<? extends PortalException>, String> invitationErrorKeys =
			new LinkedHashMap<>();

		invitationErrorKeys.put(
			RegistrationStatusException.class,
			"this-invitation-has-already-been-answered");
		invitationErrorKeys.put(
			InstructorNotQualifiedException.class,
			"you-are-not-certified-for-this-method-on-every-date-of-the-session");
		invitationErrorKeys.put(
			NoSuchSessionInstructorException.class,
			"the-invitation-could-not-be-found");
		invitationErrorKeys.put(
			PrincipalException.class, "you-may-not-answer-this-invitation");

		_INVITATION_ERROR_KEYS = Collections.unmodifiableMap(
			invitationErrorKeys);

		Map<Class<? extends PortalException>, String> attendanceErrorKeys =
			new LinkedHashMap<>();

		attendanceErrorKeys.put(
			AttendanceSessionDateException.class,
			"attendance-can-be-marked-once-check-in-has-opened");
		attendanceErrorKeys.put(
			RegistrationStatusException.class,
			"someone-in-the-list-is-no-longer-registered-reload-the-page");
		attendanceErrorKeys.put(
			NoSuchSessionDateException.class,
			"the-session-date-could-not-be-found");
		attendanceErrorKeys.put(
			NoSuchRegistrationException.class,
			"someone-in-the-list-is-no-longer-registered-reload-the-page");
		attendanceErrorKeys.put(
			PrincipalException.class,
			"you-may-not-mark-attendance-on-this-session");

		_ATTENDANCE_ERROR_KEYS = Collections.unmodifiableMap(
			attendanceErrorKeys);

		Map<String, String> successKeys = new LinkedHashMap<>();

		successKeys.put(
			INVITATION_ACCEPTED, "you-accepted-the-invitation-the-session-is-in-your-list");
		successKeys.put(
			INVITATION_DECLINED, "you-declined-the-invitation");
		successKeys.put(ATTENDANCE_SAVED, "the-attendance-was-saved");

		_SUCCESS_KEYS = Collections.unmodifiableMap(successKeys);
	}

}
