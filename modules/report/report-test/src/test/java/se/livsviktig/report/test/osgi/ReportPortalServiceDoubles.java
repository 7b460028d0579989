package se.livsviktig.report.test.osgi;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import aQute.bnd.annotation.metatype.Meta;

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
 * The portal services that training's service bundle and the report bundles reference, as doubles, as in
 * instructor-test (package-private there, and depending on another app's -test module would run all of its tiers in
 * this module's build). Every user belongs to
 * {@link #COMPANY_ID}; everything else refuses every call.
 *
 * @author Livsviktig
 */
final class ReportPortalServiceDoubles {

	static final long COMPANY_ID = 20097;

	final ConfigurationProvider configurationProvider = mock(
		ConfigurationProvider.class);
	final UserLocalService userLocalService = mock(UserLocalService.class);

	ReportPortalServiceDoubles() throws PortalException {
		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(COMPANY_ID);
		when(user.getFullName()).thenReturn("Test Coordinator");

		when(userLocalService.getUser(anyLong())).thenReturn(user);

		// A company that set nothing: the defaults of the settings training reads

		when(
			configurationProvider.getCompanyConfiguration(any(), anyLong())
		).thenAnswer(
			invocation -> _defaults(invocation.getArgument(0))
		);
	}

	/**
	 * A configuration of the bundle's own interface (the test's class path has other copies) answering each
	 * setting with the default its {@code @Meta.AD} declares, as the portal does for a company that set nothing.
	 */
	private static Object _defaults(Class<?> configurationInterface) {
		return Proxy.newProxyInstance(
			configurationInterface.getClassLoader(),
			new Class<?>[] {configurationInterface},
			(proxy, method, arguments) -> {
				Meta.AD ad = method.getAnnotation(Meta.AD.class);

				if (ad == null) {
					throw new UnsupportedOperationException(
						"No default for " + method);
				}

				if (method.getReturnType() == int.class) {
					return Integer.valueOf(ad.deflt());
				}

				if (method.getReturnType() == boolean.class) {
					return Boolean.valueOf(ad.deflt());
				}

				return ad.deflt();
			});
	}

	/**
	 * The doubles of the framework this tier's test classes share: the first class registers them, the others get
	 * the same mocks. A second set registered later would lose to the first (the lower service id wins), so a
	 * class stubbing its own set would stub mocks nobody calls.
	 */
	static synchronized ReportPortalServiceDoubles registeredIn(
			PortalFramework portalFramework)
		throws PortalException {

		if (_registeredFramework != portalFramework) {
			_registered = new ReportPortalServiceDoubles();

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
			"not called by the components this tier activates",
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

	private static ReportPortalServiceDoubles _registered;
	private static PortalFramework _registeredFramework;

}
