package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

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
 * Godkänn anmälningar is published as the portal's portlet container expects it: a {@link Portlet} service
 * whose properties declare it, and one MVC command service per route (the list, approve, decline), found by
 * portlet name and command name, apart from the course catalogue's.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class ApprovalsPortletIT {

	static final String PORTLET_NAME =
		"se_livsviktig_training_web_internal_portlet_ApprovalsPortlet";

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;

		TrainingPortal.in(portalFramework);
	}

	@Test
	void approveActionCommandIsRegistered() {
		_assertFromTheWebBundle(
			_only(
				_commands(
					MVCActionCommand.class, "/training/approve_registration")));
	}

	@Test
	void declineActionCommandIsRegistered() {
		_assertFromTheWebBundle(
			_only(
				_commands(
					MVCActionCommand.class, "/training/decline_registration")));
	}

	@Test
	void portletIsPublishedWithItsDeclaration() {
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
				"/approvals/view.jsp",
				serviceReference.getProperty(
					"javax.portlet.init-param.view-template")),
			() -> assertEquals(
				"category.livsviktig",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category")),
			() -> assertEquals(
				"power-user,user",
				serviceReference.getProperty(
					"javax.portlet.security-role-ref"),
				"approving needs a signed-in user; guests have nothing to approve"),
			() -> assertEquals(
				"Approvals",
				serviceReference.getProperty("javax.portlet.display-name")),
			() -> assertEquals(
				"3.0", serviceReference.getProperty("javax.portlet.version")),
			() -> assertEquals(
				"0",
				serviceReference.getProperty(
					"javax.portlet.expiration-cache"),
				"a decision must show at once, never a cached list"),
			() -> assertEquals(
				"false",
				serviceReference.getProperty(
					"com.liferay.portlet.instanceable")),
			() -> assertEquals(
				"true",
				serviceReference.getProperty(
					"com.liferay.portlet.add-default-resource")));
	}

	@Test
	void theCommandsBelongToThisPortletOnly() {
		for (String commandName :
				new String[] {
					"/training/approve_registration",
					"/training/decline_registration"
				}) {

			assertEquals(
				1,
				_portalFramework.serviceReferences(
					MVCActionCommand.class,
					"(mvc.command.name=" + commandName + ")"
				).size(),
				commandName + " is registered once, for the approvals portlet");
		}

		assertNotEquals(
			_only(_commands(MVCRenderCommand.class, "/")),
			_only(
				_portalFramework.serviceReferences(
					MVCRenderCommand.class,
					"(&(javax.portlet.name=" +
						CourseCatalogPortletIT.PORTLET_NAME +
							")(mvc.command.name=/))")),
			"each portlet has its own default view");
	}

	/**
	 * Min enhets utbildning is the approvals portlet's second view, with its two exports.
	 */
	@Test
	void theUnitsTrainingViewAndItsExportsBelongToThisPortlet() {
		assertAll(
			() -> _assertFromTheWebBundle(
				_only(
					_commands(
						MVCRenderCommand.class,
						"/training/view_unit_training"))),
			() -> _assertFromTheWebBundle(
				_only(
					_commands(
						MVCResourceCommand.class,
						"/training/export_unit_training_csv"))),
			() -> _assertFromTheWebBundle(
				_only(
					_commands(
						MVCResourceCommand.class,
						"/training/export_unit_training_xlsx"))));
	}

	@Test
	void viewRenderCommandAnswersTheDefaultRouteAndItsOwnName() {
		ServiceReference<MVCRenderCommand> serviceReference = _only(
			_commands(MVCRenderCommand.class, "/training/view_approvals"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertArrayEquals(
				new String[] {"/", "/training/view_approvals"},
				(String[])serviceReference.getProperty("mvc.command.name")),
			() -> assertEquals(
				serviceReference, _only(_commands(MVCRenderCommand.class, "/"))));
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

}
