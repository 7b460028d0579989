package se.livsviktig.training.internal.configuration;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.module.configuration.ConfigurationException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.configuration.TrainingCompanyConfiguration;

/**
 * A company's training settings, with the defaults of {@link TrainingCompanyConfiguration} when nobody has
 * set them.
 *
 * @author Livsviktig
 */
@Component(service = TrainingCompanySettings.class)
public class TrainingCompanySettings {

	public TrainingCompanyConfiguration get(long companyId) {
		try {
			return _configurationProvider.getCompanyConfiguration(
				TrainingCompanyConfiguration.class, companyId);
		}
		catch (ConfigurationException configurationException) {
			throw new SystemException(configurationException);
		}
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

}
