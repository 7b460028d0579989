package se.livsviktig.training.internal.sex;

import com.liferay.expando.kernel.model.ExpandoBridge;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Contact;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.util.Validator;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.StatisticalSexResolver;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;

/**
 * A registrant's statistical sex category from the company's configured source, read before the session's row is
 * locked and copied onto the registration: the portal's Contact gender (the portal stores male when nobody chose,
 * so this source says unknown only when the person has no contact), or a user custom field through the
 * company's value mapping (unknown when empty or not mapped). Published as {@link StatisticalSexResolver} too, so
 * the instructor app copies the same category onto a certification by this one rule.
 *
 * @author Livsviktig
 */
@Component(
	service = {RegistrationSexResolver.class, StatisticalSexResolver.class}
)
public class RegistrationSexResolver implements StatisticalSexResolver {

	@Override
	public String resolve(User user) throws PortalException {
		TrainingCompanyConfiguration trainingCompanyConfiguration =
			_trainingCompanySettings.get(user.getCompanyId());

		String customFieldName = trainingCompanyConfiguration.sexCustomFieldName();

		if (Validator.isBlank(customFieldName)) {
			return _fromContact(user);
		}

		ExpandoBridge expandoBridge = user.getExpandoBridge();

		if (expandoBridge == null) {
			return RegistrationSexes.UNKNOWN;
		}

		// Not secure: the registrant's own field is read for them, whoever registers them.

		return RegistrationSexMapping.parse(
			trainingCompanyConfiguration.sexCustomFieldValues()
		).sexOf(
			expandoBridge.getAttribute(customFieldName.trim(), false)
		);
	}

	private String _fromContact(User user) throws PortalException {
		Contact contact = user.getContact();

		if (contact == null) {
			return RegistrationSexes.UNKNOWN;
		}

		if (contact.isMale()) {
			return RegistrationSexes.MALE;
		}

		return RegistrationSexes.FEMALE;
	}

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

}
