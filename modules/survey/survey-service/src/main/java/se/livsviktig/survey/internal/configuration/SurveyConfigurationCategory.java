package se.livsviktig.survey.internal.configuration;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/**
 * The "Livsviktig – Enkäter" entry of Instance and System Settings, where the survey app's settings
 * ({@code @ExtendedObjectClassDefinition(category = "livsviktig-survey")}) are filed. The app brings its own entry,
 * as the instructor app does, so it exists without training's web bundle.
 *
 * @author Livsviktig
 */
@Component(service = ConfigurationCategory.class)
public class SurveyConfigurationCategory implements ConfigurationCategory {

	/**
	 * The portal looks the label ({@code category.livsviktig-survey}) up in this bundle's resource bundle.
	 */
	@Override
	public String getBundleSymbolicName() {
		return "se.livsviktig.survey.service";
	}

	@Override
	public String getCategoryIcon() {
		return "forms";
	}

	@Override
	public String getCategoryKey() {
		return "livsviktig-survey";
	}

	@Override
	public String getCategorySection() {
		return "other";
	}

}
