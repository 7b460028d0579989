package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import java.util.Arrays;
import java.util.List;

import javax.portlet.Portlet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * Livsviktig – Utbildning is published as Site Administration expects it: a hidden, non-instanceable
 * {@link Portlet} service, a {@link PanelApp} under Content & Data that answers with the portlet's id, and one
 * MVC command per route, found by portlet name and command name; the method form of the course catalogue is
 * registered for this portlet too.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class TrainingAdminPortletIT {

	static final String PORTLET_NAME =
		"se_livsviktig_training_web_internal_portlet_TrainingAdminPortlet";

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;

		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void actionCommandsAreRegistered() {
		for (String commandName :
				new String[] {
					"/training/admin/archive_course",
					"/training/admin/archive_training_method",
					"/training/admin/restore_training_method",
					"/training/admin/archive_course_session",
					"/training/admin/cancel_course_session",
					"/training/admin/delete_course",
					"/training/admin/delete_course_session",
					"/training/admin/edit_course",
					"/training/admin/edit_course_session",
					"/training/admin/publish_course_session",
					"/training/admin/restore_course",
					"/training/edit_training_method"
				}) {

			_assertFromTheWebBundle(
				_only(_commands(MVCActionCommand.class, commandName)));
		}
	}

	@Test
	void panelAppPutsThePortletUnderSiteAdministrationContent() {
		ServiceReference<PanelApp> serviceReference = _only(
			_portalFramework.serviceReferences(
				PanelApp.class,
				"(panel.category.key=" +
					PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT + ")"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertEquals(
				100, serviceReference.getProperty("service.ranking")),
			() -> assertEquals(
				800, serviceReference.getProperty("panel.app.order")));

		PanelApp panelApp = _portalFramework.bundleContext(
		).getService(
			serviceReference
		);

		try {
			assertEquals(PORTLET_NAME, panelApp.getPortletId());
			assertEquals(
				"se.livsviktig.training.web.internal.application.list." +
					"TrainingAdminPanelApp",
				panelApp.getKey());
			assertSame(
				_trainingPortal.portalServiceDoubles.trainingAdminPortlet,
				panelApp.getPortlet(),
				"the portal's Portlet model of this portlet, by its name");
		}
		finally {
			_portalFramework.bundleContext(
			).ungetService(
				serviceReference
			);
		}
	}

	@Test
	void portletIsPublishedAsAHiddenSiteAdministrationPortlet() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class, "(javax.portlet.name=" + PORTLET_NAME + ")"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertEquals(
				"content.Language",
				serviceReference.getProperty("javax.portlet.resource-bundle")),
			() -> assertEquals(
				"/META-INF/resources/",
				serviceReference.getProperty(
					"javax.portlet.init-param.template-path")),
			() -> assertEquals(
				"category.hidden",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category"),
				"not offered as a widget: it lives in Site Administration"),
			() -> assertEquals(
				"Livsviktig – Training",
				serviceReference.getProperty("javax.portlet.display-name")),
			() -> assertEquals(
				"false",
				serviceReference.getProperty(
					"com.liferay.portlet.instanceable")),
			() -> assertEquals(
				"true",
				serviceReference.getProperty(
					"com.liferay.portlet.add-default-resource")),
			() -> assertEquals(
				"0",
				serviceReference.getProperty(
					"javax.portlet.expiration-cache")));
	}

	@Test
	void renderCommandsAreRegisteredWithTheSessionsAsTheFirstView() {
		ServiceReference<MVCRenderCommand> sessions = _only(
			_commands(
				MVCRenderCommand.class,
				"/training/admin/view_course_sessions"));

		assertArrayEquals(
			new String[] {"/", "/training/admin/view_course_sessions"},
			(String[])sessions.getProperty("mvc.command.name"));
		assertEquals(sessions, _only(_commands(MVCRenderCommand.class, "/")));

		for (String commandName :
				new String[] {
					"/training/admin/edit_course",
					"/training/admin/edit_course_session",
					"/training/admin/view_course_interests",
					"/training/admin/view_courses",
					"/training/admin/view_training_methods",
					"/training/edit_training_method"
				}) {

			_assertFromTheWebBundle(
				_only(_commands(MVCRenderCommand.class, commandName)));
		}
	}

	@Test
	void theMethodFormServesTheCatalogueAndThisPortletAlike() {
		ServiceReference<MVCActionCommand> serviceReference = _only(
			_commands(
				MVCActionCommand.class, "/training/edit_training_method"));

		assertArrayEquals(
			new String[] {CourseCatalogPortletIT.PORTLET_NAME, PORTLET_NAME},
			(String[])serviceReference.getProperty("javax.portlet.name"));
	}

	private static void _assertFromTheWebBundle(
		ServiceReference<?> serviceReference) {

		assertEquals(
			TrainingBundles.WEB,
			serviceReference.getBundle(
			).getSymbolicName(),
			() -> Arrays.toString(
				(String[])serviceReference.getProperty(Constants.OBJECTCLASS)));
	}

	private static <T> List<ServiceReference<T>> _commands(
		Class<T> type, String commandName) {

		return _portalFramework.serviceReferences(
			type,
			"(&(javax.portlet.name=" + PORTLET_NAME + ")(mvc.command.name=" +
				commandName + "))");
	}

	private static <T> ServiceReference<T> _only(
		List<ServiceReference<T>> serviceReferences) {

		assertEquals(1, serviceReferences.size(), serviceReferences::toString);

		return serviceReferences.get(0);
	}

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
