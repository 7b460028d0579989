package se.livsviktig.training.internal.upgrade.registry;

import com.liferay.portal.upgrade.registry.UpgradeStepRegistrator;

import org.osgi.service.component.annotations.Component;

/**
 * Schema 1.0.0 is created from the bundle's META-INF/sql on first deploy. Every later schema change adds its
 * step here, e.g. {@code registry.register("1.0.0", "1.1.0", new ...UpgradeProcess())}, and raises
 * Liferay-Require-SchemaVersion in bnd.bnd.
 *
 * @author Livsviktig
 */
@Component(service = UpgradeStepRegistrator.class)
public class TrainingServiceUpgradeStepRegistrator
	implements UpgradeStepRegistrator {

	@Override
	public void register(Registry registry) {
		registry.registerInitialization();
	}

}
