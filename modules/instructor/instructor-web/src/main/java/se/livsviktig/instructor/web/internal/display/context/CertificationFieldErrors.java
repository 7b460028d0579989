package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.portlet.PortletRequest;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.exception.CertificationDatesException;
import se.livsviktig.instructor.exception.CertificationHolderException;
import se.livsviktig.instructor.exception.CertificationIssuerException;
import se.livsviktig.instructor.exception.CertificationNumberException;
import se.livsviktig.instructor.exception.CertificationStateException;
import se.livsviktig.instructor.exception.CertificationStateReasonException;
import se.livsviktig.instructor.exception.CertificationTrainingMethodException;
import se.livsviktig.instructor.exception.DuplicateCertificationNumberException;

/**
 * The certification service's refusals as the forms explain them: each typed exception the action commands
 * leave in SessionErrors becomes a message at the field it is about. Everything else (a missing permission, a
 * certification gone) is not the form's to explain and goes to the error page.
 *
 * @author Livsviktig
 */
public class CertificationFieldErrors {

	/**
	 * The refusals the add and renew forms explain.
	 */
	public static final Set<Class<?>> CERTIFICATION_FORM_ERRORS = Set.of(
		CertificationDatesException.class, CertificationHolderException.class,
		CertificationIssuerException.class, CertificationNumberException.class,
		CertificationTrainingMethodException.class,
		DuplicateCertificationNumberException.class);

	/**
	 * The refusals the revoke form explains.
	 */
	public static final Set<Class<?>> REVOKE_FORM_ERRORS = Set.of(
		CertificationStateException.class,
		CertificationStateReasonException.class);

	/**
	 * @return the form's errors in the order of its fields
	 */
	public static List<FieldError> of(PortletRequest portletRequest) {
		List<FieldError> fieldErrors = new ArrayList<>();

		if (SessionErrors.contains(
				portletRequest, CertificationHolderException.class)) {

			fieldErrors.add(
				new FieldError(
					"holder", "enter-the-e-mail-address-or-screen-name-of-a-user"));
		}

		if (SessionErrors.contains(
				portletRequest, CertificationTrainingMethodException.class)) {

			fieldErrors.add(
				new FieldError(
					"trainingMethodId", "choose-an-active-training-method"));
		}

		if (SessionErrors.contains(
				portletRequest, CertificationDatesException.class)) {

			fieldErrors.add(_datesError(portletRequest));
		}

		if (SessionErrors.contains(
				portletRequest, CertificationIssuerException.class)) {

			fieldErrors.add(
				new FieldError(
					"issuer", "enter-an-issuer-of-at-most-x-characters",
					CertificationConstants.ISSUER_MAX_LENGTH));
		}

		if (SessionErrors.contains(
				portletRequest, CertificationNumberException.class)) {

			fieldErrors.add(
				new FieldError(
					"number", "enter-a-number-of-at-most-x-characters",
					CertificationConstants.NUMBER_MAX_LENGTH));
		}

		if (SessionErrors.contains(
				portletRequest, DuplicateCertificationNumberException.class)) {

			fieldErrors.add(
				new FieldError(
					"number",
					"the-issuer-has-already-given-this-number-for-the-method"));
		}

		if (SessionErrors.contains(
				portletRequest, CertificationStateException.class)) {

			fieldErrors.add(
				new FieldError(
					null, "only-an-active-certification-can-be-revoked"));
		}

		if (SessionErrors.contains(
				portletRequest, CertificationStateReasonException.class)) {

			fieldErrors.add(
				new FieldError(
					"reason", "enter-a-reason-of-at-most-x-characters",
					CertificationConstants.STATE_REASON_MAX_LENGTH));
		}

		return fieldErrors;
	}

	/**
	 * The service refuses both a missing certified date and a valid-until not after it with one exception; what
	 * was typed says which field is at fault.
	 */
	private static FieldError _datesError(PortletRequest portletRequest) {
		if (ParamUtil.getString(
				portletRequest, "certifiedDate"
			).isBlank()) {

			return new FieldError("certifiedDate", "enter-the-certified-date");
		}

		return new FieldError(
			"validUntil", "valid-until-must-be-after-the-certified-date");
	}

}
