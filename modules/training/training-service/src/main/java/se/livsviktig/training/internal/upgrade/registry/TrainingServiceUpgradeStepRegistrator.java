package se.livsviktig.training.internal.upgrade.registry;

import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.upgrade.v1_1_0.RegistrationSexUpgradeProcess;

/**
 * A fresh deploy creates the whole schema from the bundle's META-INF/sql; an instance on 1.0.0 gets the
 * registration's statistical attributes (sex, participant key) from the 1.0.0 to 1.1.0 step. Every later schema
 * change adds its step here and raises Liferay-Require-SchemaVersion in bnd.bnd.
 *
 * @author Livsviktig
 */
@Component(service = UpgradeStepRegistrator.class)
public class TrainingServiceUpgradeStepRegistrator
	implements UpgradeStepRegistrator {

	@Override
	public void register(Registry registry) {
		registry.registerInitialization();

		// The step reads each company's configured source of the category, so existing rows are filled the
		// way new registrations will be.

		registry.register(
			"1.0.0", "1.1.0",
			new RegistrationSexUpgradeProcess(_trainingCompanySettings));
	}

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

}
