package se.livsviktig.training.test.persistence;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import aQute.bnd.annotation.metatype.Configurable;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;

import java.util.HashMap;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;

/**
 * The portal services a registration reads, as doubles: one active person behind every user ID, in no
 * organisation, and the company's settings without a .config file (the defaults of the configuration's
 * metatype, through bnd's Configurable, which the portal's ConfigurableUtil snapshots).
 *
 * @author Livsviktig
 */
final class OneUserCompany {

	static User stand(
			PersistenceHarness harness, long companyId, String fullName)
		throws Exception {

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(companyId);
		when(user.getFullName()).thenReturn(fullName);
		when(user.isActive()).thenReturn(true);

		UserLocalService userLocalService = harness.portalService(
			UserLocalService.class);

		when(userLocalService.getUser(anyLong())).thenReturn(user);
		when(userLocalService.fetchUser(anyLong())).thenReturn(user);

		when(
			harness.portalService(
				OrganizationLocalService.class
			).getUserOrganizationIds(
				anyLong(), anyBoolean()
			)
		).thenReturn(
			new long[0]
		);

		when(
			harness.portalService(
				ConfigurationProvider.class
			).getCompanyConfiguration(
				TrainingCompanyConfiguration.class, companyId
			)
		).thenReturn(
			Configurable.createConfigurable(
				TrainingCompanyConfiguration.class, new HashMap<>())
		);

		return user;
	}

	private OneUserCompany() {
	}

}
