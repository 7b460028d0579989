package se.livsviktig.instructor.test.osgi;

import static org.mockito.ArgumentMatchers.any;
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

import java.lang.reflect.Proxy;

import se.livsviktig.platform.osgi.harness.PortalFramework;
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

	final ConfigurationProvider configurationProvider = mock(
		ConfigurationProvider.class);
	final UserLocalService userLocalService = mock(UserLocalService.class);

	InstructorPortalServiceDoubles() throws PortalException {
		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(COMPANY_ID);
		when(user.getFullName()).thenReturn("Test Coordinator");

		when(userLocalService.getUser(anyLong())).thenReturn(user);

		// A company that set nothing: the defaults of the settings the instructor app reads

		when(
			configurationProvider.getCompanyConfiguration(any(), anyLong())
		).thenAnswer(
			invocation -> _defaults(invocation.getArgument(0))
		);
	}

	/**
	 * A configuration of the bundle's own interface (the test's class path has other copies) answering each
	 * setting with its default.
	 */
	private static Object _defaults(Class<?> configurationInterface) {
		Object atRiskWarningDays = 90;

		return Proxy.newProxyInstance(
			configurationInterface.getClassLoader(),
			new Class<?>[] {configurationInterface},
			(proxy, method, arguments) -> {
				if (method.getName().equals("atRiskWarningDays")) {
					return atRiskWarningDays;
				}

				throw new UnsupportedOperationException(
					"No default for " + method);
			});
	}

	/**
	 * The doubles of the framework this tier's test classes share: the first class registers them, the others get
	 * the same mocks. A second set registered later would lose to the first (the lower service id wins), so a
	 * class stubbing its own set would stub mocks nobody calls.
	 */
	static synchronized InstructorPortalServiceDoubles registeredIn(
			PortalFramework portalFramework)
		throws PortalException {

		if (_registeredFramework != portalFramework) {
			_registered = new InstructorPortalServiceDoubles();

			_registered.register(portalFramework.doubles());

			_registeredFramework = portalFramework;
		}

		return _registered;
	}

	void register(ServiceDoubles serviceDoubles) {
		serviceDoubles.register(
			ConfigurationProvider.class, configurationProvider);
		serviceDoubles.register(UserLocalService.class, userLocalService);

		serviceDoubles.registerInert(
			"not used by the staffing check this tier runs",
			AssetEntryLocalService.class, ClassNameLocalService.class,
			ClassNameService.class, CompanyLocalService.class,
			CounterLocalService.class,
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

	private static InstructorPortalServiceDoubles _registered;
	private static PortalFramework _registeredFramework;

}
