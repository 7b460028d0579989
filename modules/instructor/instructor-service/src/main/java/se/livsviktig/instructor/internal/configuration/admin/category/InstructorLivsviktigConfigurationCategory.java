package se.livsviktig.instructor.internal.configuration.admin.category;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/**
 * The "Livsviktig" entry of Instance and System Settings for the instructor app's settings (the certification
 * notices), the same category training's web bundle registers. The instructor app may be deployed without
 * training's pages, and its settings must still be filed where a coordinator looks; where both bundles register
 * it, the portal keeps one per key.
 *
 * @author Livsviktig
 */
@Component(service = ConfigurationCategory.class)
public class InstructorLivsviktigConfigurationCategory
	implements ConfigurationCategory {

	/**
	 * The portal looks the label ({@code category.livsviktig}) up in this bundle's resource bundle.
	 */
	@Override
	public String getBundleSymbolicName() {
		return "se.livsviktig.instructor.service";
	}

	@Override
	public String getCategoryIcon() {
		return "heart";
	}

	@Override
	public String getCategoryKey() {
		return "livsviktig";
	}

	@Override
	public String getCategorySection() {
		return "other";
	}

}
