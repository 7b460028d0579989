package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.portlet.RenderRequest;

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

/**
 * Why the last action on a session's page was refused: a registration, cancellation, offer or self check-in,
 * each refusal of the services as its own message, a missing permission, and a general message for anything else.
 *
 * @author Livsviktig
 */
public class CourseSessionPageErrors {

	public CourseSessionPageErrors(RenderRequest renderRequest) {
		_renderRequest = renderRequest;
	}

	/**
	 * The key of the message for the error the last action left, or null when it left none.
	 */
	public String getMessageKey() {
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

	/**
	 * @return whether the last action was a self check-in that was refused, so the page offers the form again
	 */
	public boolean isCheckInRefused() {
		for (Class<?> exceptionClass : _CHECK_IN_ERROR_MESSAGE_KEYS.keySet()) {
			if (SessionErrors.contains(_renderRequest, exceptionClass)) {
				return true;
			}
		}

		return false;
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

	private final RenderRequest _renderRequest;

}
