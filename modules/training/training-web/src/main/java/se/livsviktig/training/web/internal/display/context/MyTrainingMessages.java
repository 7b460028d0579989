package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.NoSuchCourseInterestException;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.OfferExpiredException;
import se.livsviktig.training.exception.RegistrationStatusException;

/**
 * What Mina utbildningar tells the user after an action: the refusals the services explain with a typed
 * exception, each with its Language key, and the confirmations of what was done. The action commands put the
 * exception's type in SessionErrors; the display context turns it into the message.
 *
 * @author Livsviktig
 */
public class MyTrainingMessages {

	public static final String INTEREST_REMOVED = "interestRemoved";

	public static final String OFFER_ACCEPTED = "offerAccepted";

	public static final String OFFER_DECLINED = "offerDeclined";

	public static final String REGISTRATION_CANCELLED =
		"registrationCancelled";

	/**
	 * @return the refusals the user is told about, in the order the error summary lists them
	 */
	public static Map<Class<? extends PortalException>, String>
		getErrorKeys() {

		return _ERROR_KEYS;
	}

	/**
	 * @return the type under which a refusal is kept in SessionErrors, or null when it is not one the user can
	 *         be told about (then the action must fail loudly)
	 */
	public static Class<? extends PortalException> getErrorType(
		PortalException portalException) {

		for (Class<? extends PortalException> errorType :
				_ERROR_KEYS.keySet()) {

			if (errorType.isInstance(portalException)) {
				return errorType;
			}
		}

		return null;
	}

	/**
	 * @return the Language key of each confirmation, by its SessionMessages key
	 */
	public static Map<String, String> getSuccessKeys() {
		return _SUCCESS_KEYS;
	}

	private static final Map<Class<? extends PortalException>, String>
		_ERROR_KEYS;

	private static final Map<String, String> _SUCCESS_KEYS;

	static {
		Map<Class<? extends PortalException>, String> errorKeys =
			new LinkedHashMap<>();

		errorKeys.put(
			CancellationDeadlinePassedException.class,
			"the-cancellation-deadline-has-passed");
		errorKeys.put(
			CancellationReasonException.class,
			"a-cancellation-after-the-deadline-needs-a-reason");
		errorKeys.put(
			OfferExpiredException.class, "the-offer-has-expired");
		errorKeys.put(
			RegistrationStatusException.class,
			"the-registration-has-changed-and-cannot-be-changed-like-this");
		errorKeys.put(
			NoSuchRegistrationException.class,
			"the-registration-could-not-be-found");
		errorKeys.put(
			NoSuchCourseInterestException.class,
			"you-are-no-longer-on-the-interest-list");
		errorKeys.put(
			PrincipalException.class, "you-do-not-have-permission-to-do-this");

		_ERROR_KEYS = Collections.unmodifiableMap(errorKeys);

		Map<String, String> successKeys = new LinkedHashMap<>();

		successKeys.put(
			REGISTRATION_CANCELLED, "your-registration-was-cancelled");
		successKeys.put(OFFER_ACCEPTED, "you-accepted-the-offered-seat");
		successKeys.put(OFFER_DECLINED, "you-declined-the-offered-seat");
		successKeys.put(
			INTEREST_REMOVED, "you-were-removed-from-the-interest-list");

		_SUCCESS_KEYS = Collections.unmodifiableMap(successKeys);
	}

}
