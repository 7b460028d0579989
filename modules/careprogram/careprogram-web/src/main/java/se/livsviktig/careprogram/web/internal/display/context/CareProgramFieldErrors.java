package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.servlet.SessionErrors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.portlet.PortletRequest;

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
 * The care programme services' refusals of input as the admin forms explain them: each exception with its
 * language key and the field it is about, in the order of the fields. Everything else (a missing permission, a
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

	/**
	 * The review log's comment column (ContentReview.comment, String(2000)).
	 */
	private static final int _COMMENT_MAX_LENGTH = 2000;

	private static final Map<Class<? extends PortalException>, FieldError>
		_FIELD_ERRORS = new LinkedHashMap<>();

	static {
		_FIELD_ERRORS.put(
			CareProgramTitleException.class,
			new FieldError("titleSv", "enter-the-programme-title"));
		_FIELD_ERRORS.put(
			LocalRoutineOrganizationException.class,
			new FieldError(
				"organizationId", "choose-an-administration-of-this-portal"));
		_FIELD_ERRORS.put(
			DuplicateLocalRoutineException.class,
			new FieldError(
				"organizationId",
				"this-administration-already-has-a-routine-for-the-programme"));
		_FIELD_ERRORS.put(
			CareProgramArticleException.class,
			new FieldError(
				"articleResourcePrimKey",
				"the-article-must-be-a-web-content-article-of-this-site"));
		_FIELD_ERRORS.put(
			CareProgramURLException.class,
			new FieldError(
				"nationalURL",
				"the-national-link-must-start-with-http-or-https"));
		_FIELD_ERRORS.put(
			ContentOwnerException.class,
			new FieldError(
				"ownerEmailAddress",
				"the-owner-must-be-an-active-user-of-this-portal"));
		_FIELD_ERRORS.put(
			ReviewIntervalException.class,
			new FieldError(
				"reviewIntervalMonths",
				"the-review-interval-must-be-1-to-60-months"));
		_FIELD_ERRORS.put(
			CareProgramTargetGroupException.class,
			new FieldError(
				"targetGroupCategoryIds",
				"choose-target-groups-of-the-target-group-vocabulary"));
		_FIELD_ERRORS.put(
			CareProgramMethodException.class,
			new FieldError(
				"methodIds", "choose-training-methods-that-exist"));
		_FIELD_ERRORS.put(
			CareProgramContactException.class,
			new FieldError(
				"contactEmailAddresses",
				"the-contacts-must-be-active-users-of-this-portal"));
		_FIELD_ERRORS.put(
			ContentReviewCommentException.class,
			new FieldError(
				null, "the-comment-can-have-at-most-x-characters",
				_COMMENT_MAX_LENGTH));
	}

}
