package se.livsviktig.instructor.internal.configuration;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/**
 * The "Livsviktig – Instruktörer" entry of Instance and System Settings, where the instructor app's settings
 * ({@code @ExtendedObjectClassDefinition(category = "livsviktig-instructor")}) are filed. The app brings its own
 * entry because training's "Livsviktig" entry lives in training's web bundle, which the instructor app does not
 * require (T2d checks that each app's settings have their category in the app's own jars).
 *
 * @author Livsviktig
 */
@Component(service = ConfigurationCategory.class)
public class InstructorConfigurationCategory implements ConfigurationCategory {

	/**
	 * The portal looks the label ({@code category.livsviktig-instructor}) up in this bundle's resource bundle.
	 */
	@Override
	public String getBundleSymbolicName() {
		return "se.livsviktig.instructor.service";
	}

	@Override
	public String getCategoryIcon() {
		return "users";
	}

	@Override
	public String getCategoryKey() {
		return "livsviktig-instructor";
	}

	@Override
	public String getCategorySection() {
		return "other";
	}

}
