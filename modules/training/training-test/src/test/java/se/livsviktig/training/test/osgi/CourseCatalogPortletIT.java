package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import java.util.List;

import javax.portlet.Portlet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The course catalogue is published as the portal's portlet container expects it: a {@link Portlet} service
 * whose properties declare it, and one MVC command service per route, found by portlet name and command name.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class CourseCatalogPortletIT {

	static final String PORTLET_NAME =
		"se_livsviktig_training_web_internal_portlet_CourseCatalogPortlet";

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;

		TrainingPortal.in(portalFramework);
	}

	@Test
	void portletIsPublishedWithItsDeclaration() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class, "(javax.portlet.name=" + PORTLET_NAME + ")"));

		assertAll(
			() -> assertEquals(
				"content.Language",
				serviceReference.getProperty("javax.portlet.resource-bundle")),
			() -> assertEquals(
				"/META-INF/resources/",
				serviceReference.getProperty(
					"javax.portlet.init-param.template-path")),
			() -> assertEquals(
				"/course_catalog/view.jsp",
				serviceReference.getProperty(
					"javax.portlet.init-param.view-template")),
			() -> assertEquals(
				"category.livsviktig",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category")),
			() -> assertEquals(
				"guest,power-user,user",
				serviceReference.getProperty(
					"javax.portlet.security-role-ref")),
			() -> assertEquals(
				"Course Catalogue",
				serviceReference.getProperty("javax.portlet.display-name")),
			() -> assertEquals(
				"3.0", serviceReference.getProperty("javax.portlet.version")),
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
	void viewRenderCommandAnswersTheDefaultRouteAndItsOwnName() {
		ServiceReference<MVCRenderCommand> serviceReference = _only(
			_commands(MVCRenderCommand.class, "/training/view_course_catalog"));

		assertAll(
			() -> assertArrayEquals(
				new String[] {"/", "/training/view_course_catalog"},
				(String[])serviceReference.getProperty("mvc.command.name")),
			() -> assertEquals(
				serviceReference, _only(_commands(MVCRenderCommand.class, "/"))));
	}

	@ParameterizedTest
	@ValueSource(
		strings = {
			"/training/view_course_session", "/training/view_training_methods"
		}
	)
	void sessionAndMethodPagesHaveOneRenderCommandEach(String commandName) {
		_only(_commands(MVCRenderCommand.class, commandName));
	}

	@ParameterizedTest
	@ValueSource(
		strings = {
			"/training/accept_offer", "/training/add_course_interest",
			"/training/cancel_registration", "/training/check_in",
			"/training/decline_offer", "/training/register",
			"/training/register_colleague"
		}
	)
	void eachActionOnASessionPageHasOneActionCommand(String commandName) {
		_only(_commands(MVCActionCommand.class, commandName));
	}

	@Test
	void editTrainingMethodRenderCommandIsRegistered() {
		_only(_commands(MVCRenderCommand.class, "/training/edit_training_method"));
	}

	@Test
	void editTrainingMethodActionCommandIsRegistered() {
		_only(_commands(MVCActionCommand.class, "/training/edit_training_method"));
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
