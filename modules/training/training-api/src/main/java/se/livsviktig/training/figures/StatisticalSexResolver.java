package se.livsviktig.training.figures;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A person's statistical sex category ({@code RegistrationSexes}: female, male, unknown) from the company's
 * configured source (Instance Settings › Livsviktig › Utbildning), as training copies it onto a registration.
 * Published so another app that counts people for the year's report (the instructor app's certifications) copies
 * the same category by the same rule, never a second reading of the setting.
 *
 * @author Livsviktig
 */
@ProviderType
public interface StatisticalSexResolver {

	/**
	 * @return the category the person has now in the company's source; unknown when the source cannot tell
	 */
	public String resolve(User user) throws PortalException;

}
