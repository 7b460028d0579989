package se.livsviktig.report.test.osgi;

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
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.portlet.Portlet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;
import se.livsviktig.report.constants.ReportPortletKeys;

/**
 * The report's pages are published as the portal expects them: Livsviktig – Årsuppföljning as a hidden,
 * non-instanceable Site Administration portlet with its {@link PanelApp} under Content &amp; Data, one MVC
 * command per route found by portlet name and command name, the two exports as resource commands, and every
 * component of the web bundle ACTIVE when used, with its services from the report and training bundles and the
 * portal's doubles. The view tier renders the same commands outside OSGi; this is where their references are
 * proven to bind.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class ReportWebIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		ReportPortalServiceDoubles.registeredIn(portalFramework);

		portalFramework.doubles(
		).register(
			com.liferay.portal.kernel.model.Portlet.class, _portletModel,
			Map.of("javax.portlet.name", ReportPortletKeys.REPORT)
		);

		List<Bundle> bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);

		_webBundle = bundles.get(bundles.size() - 1);

		assertEquals("se.livsviktig.report.web", _webBundle.getSymbolicName());
	}

	@Test
	void theReportPortletIsAHiddenSiteAdministrationPortlet() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class,
				"(javax.portlet.name=" + ReportPortletKeys.REPORT + ")"));

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
	void thePanelAppPutsTheReportUnderSiteAdministrationContent() {
		ServiceReference<PanelApp> serviceReference = _only(
			_portalFramework.serviceReferences(
				PanelApp.class,
				"(&(panel.category.key=" +
					PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT +
						")(panel.app.order=830))"));

		_assertFromTheWebBundle(serviceReference);

		PanelApp panelApp = _portalFramework.bundleContext(
		).getService(
			serviceReference
		);

		try {
			assertEquals(ReportPortletKeys.REPORT, panelApp.getPortletId());
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
	void theOverviewIsTheFirstView() {
		assertArrayEquals(
			new String[] {"/", "/report/view_overview"},
			(String[])_only(
				_commands(MVCRenderCommand.class, "/")
			).getProperty(
				"mvc.command.name"
			));
	}

	@Test
	void everyRouteHasOneCommandThatActivates() {
		List<ServiceReference<?>> commands = new ArrayList<>();

		for (String commandName :
				new String[] {
					"/report/view_overview", "/report/view_drill_down",
					"/report/view_export", "/report/view_freeze",
					"/report/view_freezes"
				}) {

			commands.add(_only(_commands(MVCRenderCommand.class, commandName)));
		}

		for (String commandName :
				new String[] {
					"/report/edit_export_mapping", "/report/freeze",
					"/report/unfreeze"
				}) {

			commands.add(_only(_commands(MVCActionCommand.class, commandName)));
		}

		for (String commandName :
				new String[] {
					"/report/export_report_csv", "/report/export_report_xlsx"
				}) {

			commands.add(
				_only(_commands(MVCResourceCommand.class, commandName)));
		}

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
			"se.livsviktig.report.web",
			serviceReference.getBundle(
			).getSymbolicName());
	}

	private static <T> List<ServiceReference<T>> _commands(
		Class<T> type, String commandName) {

		return _portalFramework.serviceReferences(
			type,
			"(&(javax.portlet.name=" + ReportPortletKeys.REPORT +
				")(mvc.command.name=" + commandName + "))");
	}

	private static <T> ServiceReference<T> _only(
		List<ServiceReference<T>> serviceReferences) {

		assertEquals(1, serviceReferences.size(), serviceReferences::toString);

		return serviceReferences.get(0);
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.report.api", "se.livsviktig.report.service",
		"se.livsviktig.report.web");

	private static final com.liferay.portal.kernel.model.Portlet _portletModel =
		mock(com.liferay.portal.kernel.model.Portlet.class);
	private static PortalFramework _portalFramework;
	private static Bundle _webBundle;

}
