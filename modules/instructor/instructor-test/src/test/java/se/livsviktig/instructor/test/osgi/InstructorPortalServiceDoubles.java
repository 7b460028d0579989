package se.livsviktig.instructor.test.osgi;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.util.ExpandoBridgeFactory;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.PortletURLFactory;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.security.permission.ResourceActions;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.ClassNameService;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ImageLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ResourcePermissionLocalService;
import com.liferay.portal.kernel.service.UserGroupRoleLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;
import com.liferay.portal.kernel.service.UserService;
import com.liferay.portal.kernel.util.Localization;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.PrefsProps;

import se.livsviktig.platform.osgi.harness.ServiceDoubles;

/**
 * The portal services that training's service bundle and the instructor bundles reference, as doubles. A
 * narrower copy of training-test's PortalServiceDoubles (package-private there, and depending on training-test
 * would run all of its tiers in this module's build): no web bundles run here. Every user belongs to
 * {@link #COMPANY_ID}; everything else refuses every call.
 *
 * @author Livsviktig
 */
final class InstructorPortalServiceDoubles {

	static final long COMPANY_ID = 20097;

	final UserLocalService userLocalService = mock(UserLocalService.class);

	InstructorPortalServiceDoubles() throws PortalException {
		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(COMPANY_ID);
		when(user.getFullName()).thenReturn("Test Coordinator");

		when(userLocalService.getUser(anyLong())).thenReturn(user);
	}

	void register(ServiceDoubles serviceDoubles) {
		serviceDoubles.register(UserLocalService.class, userLocalService);

		serviceDoubles.registerInert(
			"not used by the staffing check this tier runs",
			AssetEntryLocalService.class, ClassNameLocalService.class,
			ClassNameService.class, CompanyLocalService.class,
			ConfigurationProvider.class, CounterLocalService.class,
			ExpandoBridgeFactory.class, GroupLocalService.class,
			ImageLocalService.class, InlineSQLHelper.class,
			JSONFactory.class, Language.class, Localization.class,
			MailService.class, OrganizationLocalService.class,
			PermissionCheckerFactory.class, Portal.class,
			PortletURLFactory.class, PrefsProps.class, ResourceActions.class,
			ResourceLocalService.class, ResourcePermissionLocalService.class,
			UserGroupRoleLocalService.class,
			UserNotificationEventLocalService.class, UserService.class);
	}

}
