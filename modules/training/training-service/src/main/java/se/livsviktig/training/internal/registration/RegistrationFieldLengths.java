package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.ModelHintsUtil;

import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationDietaryNeedsException;
import se.livsviktig.training.exception.RegistrationMotivationException;
import se.livsviktig.training.model.Registration;

/**
 * The free-text fields of a registration fit their columns (the model hints' lengths), each refused with its own
 * exception, so the form can say which field is too long.
 *
 * @author Livsviktig
 */
public final class RegistrationFieldLengths {

	public static void validate(String field, String value)
		throws PortalException {

		if (value == null) {
			return;
		}

		int maxLength = ModelHintsUtil.getMaxLength(
			Registration.class.getName(), field);

		if (value.length() <= maxLength) {
			return;
		}

		String message =
			field + " may have at most " + maxLength + " characters";

		if (field.equals("dietaryNeeds")) {
			throw new RegistrationDietaryNeedsException(message);
		}
		else if (field.equals("motivation")) {
			throw new RegistrationMotivationException(message);
		}
		else if (field.equals("cancellationReason")) {
			throw new CancellationReasonException(message);
		}

		throw new RegistrationCommentException(message);
	}

	private RegistrationFieldLengths() {
	}

}
