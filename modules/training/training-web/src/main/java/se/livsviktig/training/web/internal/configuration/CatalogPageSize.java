package se.livsviktig.training.web.internal.configuration;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.module.configuration.ConfigurationException;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.PortletRequest;

import se.livsviktig.training.configuration.TrainingCompanyConfiguration;

/**
 * How many rows a catalogue page shows, from the company's training configuration.
 *
 * @author Livsviktig
 */
public final class CatalogPageSize {

	public static int of(
			ConfigurationProvider configurationProvider,
			PortletRequest portletRequest)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)portletRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		try {
			TrainingCompanyConfiguration trainingCompanyConfiguration =
				configurationProvider.getCompanyConfiguration(
					TrainingCompanyConfiguration.class,
					themeDisplay.getCompanyId());

			return trainingCompanyConfiguration.catalogPageSize();
		}
		catch (ConfigurationException configurationException) {
			throw new PortletException(configurationException);
		}
	}

	private CatalogPageSize() {
	}

}
