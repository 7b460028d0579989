package se.livsviktig.careprogram.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;

import com.liferay.application.list.PanelApp;
import com.liferay.application.list.constants.PanelCategoryKeys;
import com.liferay.journal.util.JournalContent;
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

import se.livsviktig.careprogram.constants.CareProgramPortletKeys;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The care programme pages are published as the portal expects them: Livsviktig – Vård- och insatsprogram as a
 * hidden, non-instanceable Site Administration portlet with its {@link PanelApp} under Content &amp; Data, the
 * programme list and Mina granskningar as widgets, one MVC command per route found by portlet name and command
 * name (the confirm action for the three portlets alike), and every component of the web bundle ACTIVE when used,
 * with its services from the care programme and training bundles and the portal's doubles (Web Content's journal
 * content among them).
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class CareProgramWebIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		CareProgramPortalServiceDoubles.registeredIn(portalFramework);

		// The programme page renders its summary through the portal's journal content: a double here.

		portalFramework.doubles(
		).registerInert(
			"the programme page's summary, rendered by the portal",
			JournalContent.class
		);

		portalFramework.doubles(
		).register(
			com.liferay.portal.kernel.model.Portlet.class, _portletModel,
			Map.of(
				"javax.portlet.name", CareProgramPortletKeys.CARE_PROGRAM_ADMIN)
		);

		List<Bundle> bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);

		_webBundle = bundles.get(bundles.size() - 1);
	}

	@Test
	void theAdminPortletIsAHiddenSiteAdministrationPortlet() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class,
				"(javax.portlet.name=" +
					CareProgramPortletKeys.CARE_PROGRAM_ADMIN + ")"));

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
				"false",
				serviceReference.getProperty(
					"com.liferay.portlet.instanceable")));
	}

	@Test
	void thePanelAppPutsTheAdminPortletUnderSiteAdministrationContent() {
		ServiceReference<PanelApp> serviceReference = _only(
			_portalFramework.serviceReferences(
				PanelApp.class,
				"(&(panel.category.key=" +
					PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT +
						")(panel.app.order=820))"));

		_assertFromTheWebBundle(serviceReference);

		PanelApp panelApp = _portalFramework.bundleContext(
		).getService(
			serviceReference
		);

		try {
			assertEquals(
				CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
				panelApp.getPortletId());
			assertSame(_portletModel, panelApp.getPortlet());
		}
		finally {
			_portalFramework.bundleContext(
			).ungetService(
				serviceReference
			);
		}
	}

	@Test
	void theListAndMinaGranskningarAreWidgetsWithTheirFirstViews() {
		for (String portletName :
				new String[] {
					CareProgramPortletKeys.CARE_PROGRAM_LIST,
					CareProgramPortletKeys.MY_REVIEWS
				}) {

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
					_only(_commands(MVCRenderCommand.class, portletName, "/"))));
		}

		assertArrayEquals(
			new String[] {"/", "/careprogram/admin/view_care_programs"},
			(String[])_only(
				_commands(
					MVCRenderCommand.class,
					CareProgramPortletKeys.CARE_PROGRAM_ADMIN, "/")
			).getProperty(
				"mvc.command.name"
			));
	}

	@Test
	void everyRouteHasOneCommandThatActivates() {
		List<ServiceReference<?>> commands = new ArrayList<>();

		for (String commandName :
				new String[] {
					"/careprogram/admin/edit_care_program",
					"/careprogram/admin/edit_local_routine",
					"/careprogram/admin/view_local_routines",
					"/careprogram/admin/view_review_log",
					"/careprogram/admin/confirm_delete_care_program",
					"/careprogram/admin/confirm_delete_local_routine",
					"/careprogram/admin/pick_person"
				}) {

			commands.add(
				_only(
					_commands(
						MVCRenderCommand.class,
						CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
						commandName)));
		}

		for (String commandName :
				new String[] {
					"/careprogram/admin/add_national_care_programs",
					"/careprogram/admin/edit_care_program",
					"/careprogram/admin/edit_local_routine",
					"/careprogram/admin/add_target_group_vocabulary",
					"/careprogram/admin/delete_care_program",
					"/careprogram/admin/delete_local_routine",
					"/careprogram/admin/choose_person"
				}) {

			commands.add(
				_only(
					_commands(
						MVCActionCommand.class,
						CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
						commandName)));
		}

		commands.add(
			_only(
				_commands(
					MVCRenderCommand.class,
					CareProgramPortletKeys.CARE_PROGRAM_LIST,
					"/careprogram/view_care_program")));

		for (ServiceReference<?> serviceReference : commands) {
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
	void theConfirmActionIsOneCommandForTheThreePortlets() {
		ServiceReference<MVCActionCommand> confirm = _only(
			_commands(
				MVCActionCommand.class, CareProgramPortletKeys.MY_REVIEWS,
				"/careprogram/confirm_review"));

		for (String portletName :
				new String[] {
					CareProgramPortletKeys.CARE_PROGRAM_ADMIN,
					CareProgramPortletKeys.CARE_PROGRAM_LIST
				}) {

			assertEquals(
				confirm,
				_only(
					_commands(
						MVCActionCommand.class, portletName,
						"/careprogram/confirm_review")));
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

	private static void _assertFromTheWebBundle(
		ServiceReference<?> serviceReference) {

		assertEquals(
			"se.livsviktig.careprogram.web",
			serviceReference.getBundle(
			).getSymbolicName());
	}

	private static <T> List<ServiceReference<T>> _commands(
		Class<T> type, String portletName, String commandName) {

		return _portalFramework.serviceReferences(
			type,
			"(&(javax.portlet.name=" + portletName + ")(mvc.command.name=" +
				commandName + "))");
	}

	private static <T> ServiceReference<T> _only(
		List<ServiceReference<T>> serviceReferences) {

		assertEquals(1, serviceReferences.size(), serviceReferences::toString);

		return serviceReferences.get(0);
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.careprogram.api", "se.livsviktig.careprogram.service",
		"se.livsviktig.careprogram.web");

	private static final com.liferay.portal.kernel.model.Portlet _portletModel =
		mock(com.liferay.portal.kernel.model.Portlet.class);
	private static PortalFramework _portalFramework;
	private static Bundle _webBundle;

}
