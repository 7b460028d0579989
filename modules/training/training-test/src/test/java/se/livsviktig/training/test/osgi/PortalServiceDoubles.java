package se.livsviktig.training.test.osgi;

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
import com.liferay.portal.kernel.portlet.PortletURLFactory;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.security.permission.PermissionCheckerFactory;
import com.liferay.portal.kernel.security.permission.ResourceActions;
import com.liferay.portal.kernel.service.ClassNameLocalService;
import com.liferay.portal.kernel.service.ClassNameService;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.ImageLocalService;
import com.liferay.portal.kernel.service.GroupLocalService;
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

import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.osgi.framework.ServiceRegistration;

import se.livsviktig.platform.osgi.harness.ServiceDoubles;
import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * The portal services the training bundles reference, which the portal provides and this tier replaces with
 * doubles. Mockito doubles where a test gives them behaviour; inert ones (refusing every call) where a
 * component only has to find them.
 *
 * @author Livsviktig
 */
final class PortalServiceDoubles {

	static final Locale SITE_DEFAULT_LOCALE = Locale.US;

	final AssetEntryLocalService assetEntryLocalService = mock(
		AssetEntryLocalService.class);
	final ConfigurationProvider configurationProvider = mock(
		ConfigurationProvider.class);
	final ExpandoBridgeFactory expandoBridgeFactory = mock(
		ExpandoBridgeFactory.class);
	final GroupLocalService groupLocalService = mock(GroupLocalService.class);
	final Language language = mock(Language.class);
	final Localization localization = mock(Localization.class);
	final Portal portal = mock(Portal.class);
	final PortletURLFactory portletURLFactory = mock(PortletURLFactory.class);
	final ResourceActions resourceActions = mock(ResourceActions.class);
	final com.liferay.portal.kernel.model.Portlet trainingAdminPortlet = mock(
		com.liferay.portal.kernel.model.Portlet.class);
	final UserLocalService userLocalService = mock(UserLocalService.class);

	PortalServiceDoubles() throws PortalException {
		when(portal.getOriginalServletRequest(any(HttpServletRequest.class)))
			.thenAnswer(invocation -> invocation.getArgument(0));
		when(portal.getSiteDefaultLocale(anyLong()))
			.thenReturn(SITE_DEFAULT_LOCALE);
	}

	void register(ServiceDoubles serviceDoubles) {
		serviceDoubles.register(
			AssetEntryLocalService.class, assetEntryLocalService);
		serviceDoubles.register(
			ConfigurationProvider.class, configurationProvider);
		serviceDoubles.register(
			ExpandoBridgeFactory.class, expandoBridgeFactory);
		serviceDoubles.register(GroupLocalService.class, groupLocalService);
		serviceDoubles.register(Language.class, language);
		serviceDoubles.register(UserLocalService.class, userLocalService);
		serviceDoubles.register(Portal.class, portal);
		serviceDoubles.register(PortletURLFactory.class, portletURLFactory);

		// The portal publishes each deployed portlet as a model Portlet service; panel apps reference theirs.

		serviceDoubles.register(
			com.liferay.portal.kernel.model.Portlet.class,
			trainingAdminPortlet,
			Map.of("javax.portlet.name", TrainingPortletKeys.TRAINING_ADMIN));
		serviceDoubles.register(ResourceActions.class, resourceActions);

		_localizationRegistration = serviceDoubles.register(
			Localization.class, localization);

		serviceDoubles.registerInert(
			"not used by the training code this tier runs",
			ClassNameLocalService.class, ClassNameService.class,
			CompanyLocalService.class, CounterLocalService.class,
			InlineSQLHelper.class, JSONFactory.class, MailService.class,
			OrganizationLocalService.class, PermissionCheckerFactory.class,
			PrefsProps.class, ResourceLocalService.class,
			ResourcePermissionLocalService.class,
			UserGroupRoleLocalService.class,
			UserNotificationEventLocalService.class, UserService.class);

		// The certificate's company logo.

		serviceDoubles.registerInert(
			"not used by the training code this tier runs",
			ImageLocalService.class);
	}

	/**
	 * Takes the Localization double away, as if the portal had no such service, until the returned handle is
	 * closed.
	 */
	AutoCloseable withdrawLocalization(ServiceDoubles serviceDoubles) {
		_localizationRegistration.unregister();

		return () -> _localizationRegistration = serviceDoubles.register(
			Localization.class, localization);
	}

	private ServiceRegistration<Localization> _localizationRegistration;

}
