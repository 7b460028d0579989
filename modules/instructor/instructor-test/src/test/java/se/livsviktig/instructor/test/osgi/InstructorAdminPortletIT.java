package se.livsviktig.instructor.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;

import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.portlet.Portlet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * Livsviktig – Instruktörer is published as Site Administration expects it: a hidden, non-instanceable
 * {@link Portlet} service, a {@link PanelApp} under Content & Data that answers with the portlet's id, one MVC
 * command per route found by portlet name and command name, and every component of the web bundle ACTIVE or
 * SATISFIED with its services from the instructor and training bundles and the portal's doubles.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class InstructorAdminPortletIT {

	static final String PORTLET_NAME =
		"se_livsviktig_instructor_web_internal_portlet_InstructorAdminPortlet";

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		InstructorPortalServiceDoubles.registeredIn(portalFramework);

		portalFramework.doubles(
		).register(
			com.liferay.portal.kernel.model.Portlet.class, _portletModel,
			Map.of("javax.portlet.name", PORTLET_NAME)
		);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);

		_webBundle = _bundles.get(_bundles.size() - 1);
	}

	@Test
	void instructorDirectoryIsAWidgetWithItsView() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class,
				"(javax.portlet.name=" +
					InstructorPortletKeys.INSTRUCTOR_DIRECTORY + ")"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertEquals(
				"category.livsviktig",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category")),
			() -> assertEquals(
				"content.Language",
				serviceReference.getProperty(
					"javax.portlet.resource-bundle")),
			() -> _assertFromTheWebBundle(
				_only(
					_portalFramework.serviceReferences(
						MVCRenderCommand.class,
						"(&(javax.portlet.name=" +
							InstructorPortletKeys.INSTRUCTOR_DIRECTORY +
								")(mvc.command.name=/))"))));
	}

	@Test
	void actionCommandsAreRegistered() {
		for (String commandName :
				new String[] {
					"/instructor/admin/add_certification",
					"/instructor/admin/renew_certification",
					"/instructor/admin/revoke_certification"
				}) {

			_assertFromTheWebBundle(
				_only(_commands(MVCActionCommand.class, commandName)));
		}
	}

	@Test
	void everyWebComponentIsActiveOrSatisfiedAndActivatesWhenUsed() {
		_portalFramework.components(
		).assertAllActivateWhenUsed(
			List.of(_webBundle)
		);
	}

	@Test
	void everyFieldReferenceIsOneSCRCanInject() {
		_portalFramework.referenceFields(
		).assertAllInjectable(
			List.of(_webBundle)
		);
	}

	@Test
	void panelAppPutsThePortletUnderSiteAdministrationContent() {
		ServiceReference<PanelApp> serviceReference = _only(
			_portalFramework.serviceReferences(
				PanelApp.class,
				"(&(panel.category.key=" +
					PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT +
						")(panel.app.order=810))"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertEquals(
				100, serviceReference.getProperty("service.ranking")));

		PanelApp panelApp = _portalFramework.bundleContext(
		).getService(
			serviceReference
		);

		try {
			assertEquals(PORTLET_NAME, panelApp.getPortletId());
			assertSame(
				_portletModel, panelApp.getPortlet(),
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
					"com.liferay.portlet.display-category")),
			() -> assertEquals(
				"Livsviktig – Instructors",
				serviceReference.getProperty("javax.portlet.display-name")),
			() -> assertEquals(
				"false",
				serviceReference.getProperty(
					"com.liferay.portlet.instanceable")));
	}

	@Test
	void renderCommandsAreRegisteredWithTheCertificationsAsTheFirstView() {
		ServiceReference<MVCRenderCommand> certifications = _only(
			_commands(
				MVCRenderCommand.class,
				"/instructor/admin/view_certifications"));

		assertArrayEquals(
			new String[] {"/", "/instructor/admin/view_certifications"},
			(String[])certifications.getProperty("mvc.command.name"));
		assertEquals(
			certifications, _only(_commands(MVCRenderCommand.class, "/")));

		for (String commandName :
				new String[] {
					"/instructor/admin/add_certification",
					"/instructor/admin/renew_certification",
					"/instructor/admin/revoke_certification",
					"/instructor/admin/view_holder_certifications"
				}) {

			_assertFromTheWebBundle(
				_only(_commands(MVCRenderCommand.class, commandName)));
		}
	}

	@Test
	void networkCommandsAreRegisteredForTheAdminPortletAndActivate() {
		List<ServiceReference<?>> networkCommands = new ArrayList<>();

		for (String commandName :
				new String[] {
					"/instructor/admin/view_networks",
					"/instructor/admin/edit_network",
					"/instructor/admin/delete_network",
					"/instructor/admin/view_network_members"
				}) {

			networkCommands.add(
				_only(_commands(MVCRenderCommand.class, commandName)));
		}

		for (String commandName :
				new String[] {
					"/instructor/admin/edit_network",
					"/instructor/admin/delete_network",
					"/instructor/admin/add_network_member",
					"/instructor/admin/update_network_member_role",
					"/instructor/admin/remove_network_member"
				}) {

			networkCommands.add(
				_only(_commands(MVCActionCommand.class, commandName)));
		}

		for (ServiceReference<?> serviceReference : networkCommands) {
			_assertFromTheWebBundle(serviceReference);

			Object command = _portalFramework.bundleContext(
			).getService(
				serviceReference
			);

			try {
				assertNotNull(
					command,
					"activates: " +
						serviceReference.getProperty("mvc.command.name"));
			}
			finally {
				_portalFramework.bundleContext(
				).ungetService(
					serviceReference
				);
			}
		}
	}

	@Test
	void myInstructorAssignmentsIsAWidgetWithItsView() {
		String portletName =
			"se_livsviktig_instructor_web_internal_portlet_" +
				"MyInstructorAssignmentsPortlet";

		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class, "(javax.portlet.name=" + portletName + ")"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertEquals(
				"category.livsviktig",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category")),
			() -> _assertFromTheWebBundle(
				_only(
					_portalFramework.serviceReferences(
						MVCRenderCommand.class,
						"(&(javax.portlet.name=" + portletName +
							")(mvc.command.name=/))"))));
	}

	@Test
	void instructorNetworksIsAWidgetWhoseFirstViewIsTheNetworks() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class,
				"(javax.portlet.name=" + _NETWORK_PORTLET_NAME + ")"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertEquals(
				"category.livsviktig",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category")),
			() -> assertEquals(
				"content.Language",
				serviceReference.getProperty("javax.portlet.resource-bundle")),
			() -> assertEquals(
				"/META-INF/resources/",
				serviceReference.getProperty(
					"javax.portlet.init-param.template-path")),
			() -> assertEquals(
				"false",
				serviceReference.getProperty(
					"com.liferay.portlet.instanceable")),
			() -> assertEquals(
				"Instructor Networks",
				serviceReference.getProperty("javax.portlet.display-name")),
			() -> assertEquals(
				"se.livsviktig.instructor.web.internal.portlet.action." +
					"network.ViewInstructorNetworkMVCRenderCommand",
				_componentName(
					_only(
						_commands(
							MVCRenderCommand.class, _NETWORK_PORTLET_NAME,
							"/")))));
	}

	@Test
	void meetingCommandsServeTheNetworkWidgetAndTheAdministrationAppAlike() {
		for (String commandName :
				new String[] {
					"/instructor/view_network_meetings",
					"/instructor/edit_network_meeting",
					"/instructor/cancel_network_meeting",
					"/instructor/update_meeting_notes",
					"/instructor/mark_meeting_attendance"
				}) {

			ServiceReference<MVCRenderCommand> inTheWidget = _only(
				_commands(
					MVCRenderCommand.class, _NETWORK_PORTLET_NAME,
					commandName));

			_assertFromTheWebBundle(inTheWidget);
			assertEquals(
				inTheWidget,
				_only(_commands(MVCRenderCommand.class, commandName)),
				commandName + " is one component for both portlets");
		}

		for (String commandName :
				new String[] {
					"/instructor/edit_network_meeting",
					"/instructor/cancel_network_meeting",
					"/instructor/update_meeting_notes",
					"/instructor/mark_meeting_attendance",
					"/instructor/answer_meeting_invitation"
				}) {

			ServiceReference<MVCActionCommand> inTheWidget = _only(
				_commands(
					MVCActionCommand.class, _NETWORK_PORTLET_NAME,
					commandName));

			_assertFromTheWebBundle(inTheWidget);
			assertEquals(
				inTheWidget,
				_only(_commands(MVCActionCommand.class, commandName)),
				commandName + " is one component for both portlets");
		}

		assertEquals(
			_only(
				_commands(
					MVCActionCommand.class, _NETWORK_PORTLET_NAME,
					"/instructor/answer_meeting_invitation")),
			_only(
				_commands(
					MVCActionCommand.class,
					"se_livsviktig_instructor_web_internal_portlet_" +
						"MyInstructorAssignmentsPortlet",
					"/instructor/answer_meeting_invitation")),
			"Mina instruktörsuppdrag posts its answer buttons to the same " +
				"command");
	}

	private static <T> List<ServiceReference<T>> _commands(
		Class<T> type, String portletName, String commandName) {

		return _portalFramework.serviceReferences(
			type,
			"(&(javax.portlet.name=" + portletName + ")(mvc.command.name=" +
				commandName + "))");
	}

	private static String _componentName(ServiceReference<?> serviceReference) {
		return (String)serviceReference.getProperty("component.name");
	}

	private static void _assertFromTheWebBundle(
		ServiceReference<?> serviceReference) {

		assertEquals(
			"se.livsviktig.instructor.web",
			serviceReference.getBundle(
			).getSymbolicName());
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

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service",
		"se.livsviktig.instructor.web");

	private static final String _NETWORK_PORTLET_NAME =
		"se_livsviktig_instructor_web_internal_portlet_InstructorNetworkPortlet";

	private static List<Bundle> _bundles;
	private static final com.liferay.portal.kernel.model.Portlet _portletModel =
		mock(com.liferay.portal.kernel.model.Portlet.class);
	private static PortalFramework _portalFramework;
	private static Bundle _webBundle;

}
