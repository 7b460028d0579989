package se.livsviktig.careprogram.constants;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import se.livsviktig.careprogram.exception.CareProgramArticleException;
import se.livsviktig.careprogram.exception.CareProgramContactException;
import se.livsviktig.careprogram.exception.CareProgramMethodException;
import se.livsviktig.careprogram.exception.CareProgramTargetGroupException;
import se.livsviktig.careprogram.exception.CareProgramTitleException;
import se.livsviktig.careprogram.exception.CareProgramURLException;
import se.livsviktig.careprogram.exception.ContentOwnerException;
import se.livsviktig.careprogram.exception.ContentReviewCommentException;
import se.livsviktig.careprogram.exception.DuplicateLocalRoutineException;
import se.livsviktig.careprogram.exception.LocalRoutineOrganizationException;
import se.livsviktig.careprogram.exception.NoSuchCareProgramException;
import se.livsviktig.careprogram.exception.NoSuchLocalRoutineException;
import se.livsviktig.careprogram.exception.ReviewIntervalException;

/**
 * The Language key (in the care programme service bundle's content/Language*.properties, English and Swedish)
 * that tells a person what to correct when a care programme service refuses a call, one per typed exception, so
 * every page names the same field the same way.
 *
 * @author Livsviktig
 */
public final class CareProgramErrorKeys {

	/**
	 * @return the key for the exception's class, or null when it is not one of the care programme services'
	 *         refusals
	 */
	public static String getErrorKey(
		Class<? extends PortalException> exceptionClass) {

		return _ERROR_KEYS.get(exceptionClass);
	}

	/**
	 * @return every refusal of the care programme services and its key, in a stable order
	 */
	public static Map<Class<? extends PortalException>, String>
		getErrorKeys() {

		return _ERROR_KEYS;
	}

	private CareProgramErrorKeys() {
	}

	private static final Map<Class<? extends PortalException>, String>
		_ERROR_KEYS;

	static {
		Map<Class<? extends PortalException>, String> errorKeys =
			new LinkedHashMap<>();

		errorKeys.put(
			CareProgramArticleException.class,
			"choose-a-web-content-article-of-this-site");
		errorKeys.put(
			CareProgramMethodException.class,
			"choose-training-methods-that-exist");
		errorKeys.put(
			CareProgramTitleException.class,
			"enter-a-title-of-at-most-x-characters");
		errorKeys.put(
			CareProgramURLException.class,
			"enter-a-web-address-that-starts-with-https-or-http");
		errorKeys.put(
			ContentOwnerException.class,
			"choose-an-owner-with-an-active-account");
		errorKeys.put(
			DuplicateLocalRoutineException.class,
			"the-administration-already-has-a-routine-for-the-programme");
		errorKeys.put(
			LocalRoutineOrganizationException.class,
			"choose-an-administration-of-this-intranet");
		errorKeys.put(
			NoSuchCareProgramException.class,
			"the-care-program-could-not-be-found");
		errorKeys.put(
			NoSuchLocalRoutineException.class,
			"the-local-routine-could-not-be-found");
		errorKeys.put(
			ReviewIntervalException.class,
			"enter-a-review-interval-of-1-to-60-months");

		errorKeys.put(
			CareProgramContactException.class,
			"choose-contacts-with-an-active-account");
		errorKeys.put(
			CareProgramTargetGroupException.class,
			"choose-target-groups-of-the-sites-target-group-vocabulary");
		errorKeys.put(
			ContentReviewCommentException.class,
			"enter-a-comment-of-at-most-x-characters");

		_ERROR_KEYS = Collections.unmodifiableMap(errorKeys);
	}

}
