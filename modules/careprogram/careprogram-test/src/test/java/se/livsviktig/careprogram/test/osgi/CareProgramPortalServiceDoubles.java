package se.livsviktig.careprogram.test.osgi;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;
import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.expando.kernel.util.ExpandoBridgeFactory;
import com.liferay.journal.service.JournalArticleLocalService;
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
 * The portal services that training's service bundle and the care programme bundles reference, as doubles: a copy
 * of instructor-test's InstructorPortalServiceDoubles (package-private there). The portal's Web Content
 * (JournalArticleLocalService) and asset services (the "Målgrupp" vocabulary and its categories) are doubles too:
 * T2 proves wiring and activation, not the portal's behaviour. Every user belongs to {@link #COMPANY_ID};
 * everything else refuses every call.
 *
 * @author Livsviktig
 */
final class CareProgramPortalServiceDoubles {

	static final long COMPANY_ID = 20097;

	final ConfigurationProvider configurationProvider = mock(
		ConfigurationProvider.class);
	final UserLocalService userLocalService = mock(UserLocalService.class);

	CareProgramPortalServiceDoubles() throws PortalException {
		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(COMPANY_ID);
		when(user.getFullName()).thenReturn("Test Editor");

		when(userLocalService.getUser(anyLong())).thenReturn(user);

		// A company that set nothing: the defaults of the settings the care programme app reads

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
		return Proxy.newProxyInstance(
			configurationInterface.getClassLoader(),
			new Class<?>[] {configurationInterface},
			(proxy, method, arguments) -> {
				String name = method.getName();

				if (name.equals("reminderDaysBeforeDue")) {
					return 30;
				}

				if (name.equals("escalationWeeksOverdue")) {
					return 4;
				}

				if (name.equals("myReviewsURL") ||
					name.equals("programPageURL")) {

					return "";
				}

				if (name.equals("atRiskWarningDays")) {
					return 90;
				}

				throw new UnsupportedOperationException(
					"No default for " + method);
			});
	}

	/**
	 * The doubles of the framework this tier's test classes share: the first class registers them, the others get
	 * the same mocks (a second set registered later would lose to the first: the lower service id wins).
	 */
	static synchronized CareProgramPortalServiceDoubles registeredIn(
			PortalFramework portalFramework)
		throws PortalException {

		if (_registeredFramework != portalFramework) {
			_registered = new CareProgramPortalServiceDoubles();

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
			"not called by the activation this tier checks",
			AssetCategoryLocalService.class, AssetEntryLocalService.class,
			AssetVocabularyLocalService.class, ClassNameLocalService.class,
			ClassNameService.class, CompanyLocalService.class,
			CounterLocalService.class, ExpandoBridgeFactory.class,
			GroupLocalService.class, ImageLocalService.class,
			InlineSQLHelper.class, JournalArticleLocalService.class,
			JSONFactory.class, Language.class, Localization.class,
			MailService.class, OrganizationLocalService.class,
			PermissionCheckerFactory.class, Portal.class,
			PortletURLFactory.class, PrefsProps.class, ResourceActions.class,
			ResourceLocalService.class, ResourcePermissionLocalService.class,
			UserGroupRoleLocalService.class,
			UserNotificationEventLocalService.class, UserService.class);
	}

	private static CareProgramPortalServiceDoubles _registered;
	private static PortalFramework _registeredFramework;

}
