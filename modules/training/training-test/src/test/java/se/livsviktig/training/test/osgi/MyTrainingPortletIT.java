package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;

import java.util.List;

import javax.portlet.Portlet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * Mina utbildningar is published as the portal's portlet container expects it: a {@link Portlet} service for
 * signed-in users, and one MVC command per route under the portlet's name.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class MyTrainingPortletIT {

	static final String PORTLET_NAME =
		"se_livsviktig_training_web_internal_portlet_MyTrainingPortlet";

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;

		TrainingPortal.in(portalFramework);
	}

	@ParameterizedTest
	@ValueSource(
		strings = {
			"/training/accept_offer", "/training/cancel_registration",
			"/training/decline_offer", "/training/delete_course_interest"
		}
	)
	void actionCommandIsRegistered(String commandName) {
		_only(_commands(MVCActionCommand.class, commandName));
	}

	@Test
	void calendarFileResourceCommandIsRegistered() {
		_only(
			_commands(
				MVCResourceCommand.class,
				"/training/download_registration_calendar"));
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
				"/my_training/view.jsp",
				serviceReference.getProperty(
					"javax.portlet.init-param.view-template")),
			() -> assertEquals(
				"category.livsviktig",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category")),
			() -> assertEquals(
				"power-user,user",
				serviceReference.getProperty(
					"javax.portlet.security-role-ref")),
			() -> assertEquals(
				"My Training",
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
			_commands(MVCRenderCommand.class, "/training/view_my_training"));

		assertAll(
			() -> assertArrayEquals(
				new String[] {"/", "/training/view_my_training"},
				(String[])serviceReference.getProperty("mvc.command.name")),
			() -> assertEquals(
				serviceReference, _only(_commands(MVCRenderCommand.class, "/"))));
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
