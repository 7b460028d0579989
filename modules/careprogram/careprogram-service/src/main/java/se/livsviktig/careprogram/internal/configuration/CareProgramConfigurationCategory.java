package se.livsviktig.careprogram.internal.configuration;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/**
 * The "Livsviktig – Vård- och insatsprogram" entry of Instance and System Settings, where the app's settings
 * ({@code @ExtendedObjectClassDefinition(category = "livsviktig-careprogram")}) are filed. The app brings its own
 * entry, as the instructor app does, because it must not require training's web bundle.
 *
 * @author Livsviktig
 */
@Component(service = ConfigurationCategory.class)
public class CareProgramConfigurationCategory implements ConfigurationCategory {

	/**
	 * The portal looks the label ({@code category.livsviktig-careprogram}) up in this bundle's resource bundle.
	 */
	@Override
	public String getBundleSymbolicName() {
		return "se.livsviktig.careprogram.service";
	}

	@Override
	public String getCategoryIcon() {
		return "books";
	}

	@Override
	public String getCategoryKey() {
		return "livsviktig-careprogram";
	}

	@Override
	public String getCategorySection() {
		return "other";
	}

}
