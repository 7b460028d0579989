package se.livsviktig.training.web.internal.configuration.admin.category;

import com.liferay.configuration.admin.category.ConfigurationCategory;

import org.osgi.service.component.annotations.Component;

/**
 * The "Livsviktig" entry of Instance and System Settings, which the settings interfaces name with
 * {@code @ExtendedObjectClassDefinition(category = "livsviktig")}. Without a category component the portal
 * files them nowhere a coordinator would look.
 *
 * @author Livsviktig
 */
@Component(service = ConfigurationCategory.class)
public class LivsviktigConfigurationCategory implements ConfigurationCategory {

	/**
	 * The portal looks the label ({@code category.livsviktig}) up in this bundle's resource bundle; the default
	 * would be the configuration admin's own, which does not know the key.
	 */
	@Override
	public String getBundleSymbolicName() {
		return "se.livsviktig.training.web";
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
