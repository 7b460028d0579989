package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.portlet.PortletRequest;

import se.livsviktig.careprogram.constants.CareProgramConstants;
import se.livsviktig.careprogram.constants.CareProgramErrorKeys;
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
import se.livsviktig.careprogram.exception.ReviewIntervalException;

/**
 * The care programme services' refusals of input as the admin forms explain them: each exception with the field
 * it is about, in the order of the fields, and the language key careprogram-api's {@link CareProgramErrorKeys}
 * gives it. Everything else (a missing permission, a
 * programme gone) is not the form's to explain and goes to the error page.
 *
 * @author Livsviktig
 */
public class CareProgramFieldErrors {

	/**
	 * The refusals the programme form explains.
	 */
	public static final Set<Class<? extends PortalException>>
		CARE_PROGRAM_FORM_ERRORS = Set.of(
			CareProgramArticleException.class,
			CareProgramContactException.class,
			CareProgramMethodException.class,
			CareProgramTargetGroupException.class,
			CareProgramTitleException.class, CareProgramURLException.class,
			ContentOwnerException.class, ReviewIntervalException.class);

	/**
	 * The refusals the routine form explains.
	 */
	public static final Set<Class<? extends PortalException>>
		LOCAL_ROUTINE_FORM_ERRORS = Set.of(
			CareProgramArticleException.class, ContentOwnerException.class,
			DuplicateLocalRoutineException.class,
			LocalRoutineOrganizationException.class,
			ReviewIntervalException.class);

	/**
	 * The refusal a confirmation explains above the list (the comment is too long).
	 */
	public static final Set<Class<? extends PortalException>>
		CONFIRM_REVIEW_ERRORS = Set.of(ContentReviewCommentException.class);

	/**
	 * @return every refusal's field (an input id without the portlet namespace) and language key, in the order of
	 *         the forms' fields
	 */
	public static Map<Class<? extends PortalException>, FieldError>
		getFieldErrors() {

		return _FIELD_ERRORS;
	}

	/**
	 * @return the form's errors in the order of its fields
	 */
	public static List<FieldError> of(
		PortletRequest portletRequest,
		Set<Class<? extends PortalException>> formErrors) {

		List<FieldError> fieldErrors = new ArrayList<>();

		for (Map.Entry<Class<? extends PortalException>, FieldError> entry :
				_FIELD_ERRORS.entrySet()) {

			if (formErrors.contains(entry.getKey()) &&
				SessionErrors.contains(portletRequest, entry.getKey())) {

				fieldErrors.add(entry.getValue());
			}
		}

		return fieldErrors;
	}

	private CareProgramFieldErrors() {
	}

	private static void _put(
		Class<? extends PortalException> exceptionClass, String fieldName,
		Object... arguments) {

		_FIELD_ERRORS.put(
			exceptionClass,
			new FieldError(
				fieldName, CareProgramErrorKeys.getErrorKey(exceptionClass),
				arguments));
	}

	private static final Map<Class<? extends PortalException>, FieldError>
		_FIELD_ERRORS = new LinkedHashMap<>();

	static {

		// Only the field is the web's: the words are the api's (CareProgramErrorKeys), so a refusal reads the same
		// on every page and a new exception cannot get a key here that the service's Language files lack.

		_put(
			CareProgramTitleException.class, "titleSv",
			CareProgramConstants.TITLE_MAX_LENGTH);
		_put(LocalRoutineOrganizationException.class, "organizationId");
		_put(DuplicateLocalRoutineException.class, "organizationId");
		_put(CareProgramArticleException.class, "articleResourcePrimKey");
		_put(CareProgramURLException.class, "nationalURL");
		_put(ContentOwnerException.class, "ownerEmailAddress");
		_put(ReviewIntervalException.class, "reviewIntervalMonths");
		_put(CareProgramTargetGroupException.class, "targetGroupCategoryIds");
		_put(CareProgramMethodException.class, "methodIds");
		_put(CareProgramContactException.class, "contactEmailAddresses");
		_put(
			ContentReviewCommentException.class, null,
			CareProgramConstants.REVIEW_COMMENT_MAX_LENGTH);
	}

}
