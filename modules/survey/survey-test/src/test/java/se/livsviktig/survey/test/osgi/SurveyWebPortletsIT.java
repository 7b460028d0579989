package se.livsviktig.survey.test.osgi;

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

/**
 * The survey app's pages are published as the portal expects them: the answer widget (which guests may use),
 * Mina enkäter, and Livsviktig – Enkäter as a hidden portlet with its panel app under Site Administration's Content
 * & Data; one MVC command per route, found by portlet name and command name; and every component of the web bundle
 * ACTIVE or SATISFIED with its services from the survey and training bundles and the portal's doubles.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class SurveyWebPortletsIT {

	static final String ADMIN =
		"se_livsviktig_survey_web_internal_portlet_SurveyAdminPortlet";

	static final String ANSWER =
		"se_livsviktig_survey_web_internal_portlet_SurveyAnswerPortlet";

	static final String MY_SURVEYS =
		"se_livsviktig_survey_web_internal_portlet_MySurveysPortlet";

	static final String INSTRUCTOR_RESULTS =
		"se_livsviktig_survey_web_internal_portlet_SurveyInstructorResultsPortlet";

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		SurveyPortalServiceDoubles.registeredIn(portalFramework);

		portalFramework.doubles(
		).register(
			com.liferay.portal.kernel.model.Portlet.class, _portletModel,
			Map.of("javax.portlet.name", ADMIN)
		);

		List<Bundle> bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);

		_webBundle = bundles.get(bundles.size() - 1);
	}

	@Test
	void theAdminPortletIsHiddenAndItsPanelAppIsUnderContent() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class, "(javax.portlet.name=" + ADMIN + ")"));

		assertAll(
			() -> _assertFromTheWebBundle(serviceReference),
			() -> assertEquals(
				"category.hidden",
				serviceReference.getProperty(
					"com.liferay.portlet.display-category")),
			() -> assertEquals(
				"content.Language",
				serviceReference.getProperty("javax.portlet.resource-bundle")),
			() -> assertEquals(
				"/META-INF/resources/",
				serviceReference.getProperty(
					"javax.portlet.init-param.template-path")));

		ServiceReference<PanelApp> panelAppReference = _only(
			_portalFramework.serviceReferences(
				PanelApp.class,
				"(&(panel.category.key=" +
					PanelCategoryKeys.SITE_ADMINISTRATION_CONTENT +
						")(panel.app.order=820))"));

		_assertFromTheWebBundle(panelAppReference);

		PanelApp panelApp = _portalFramework.bundleContext(
		).getService(
			panelAppReference
		);

		try {
			assertEquals(ADMIN, panelApp.getPortletId());
			assertSame(_portletModel, panelApp.getPortlet());
		}
		finally {
			_portalFramework.bundleContext(
			).ungetService(
				panelAppReference
			);
		}
	}

	@Test
	void theAnswerWidgetIsForGuestsToo() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class, "(javax.portlet.name=" + ANSWER + ")"));

		_assertFromTheWebBundle(serviceReference);

		assertEquals(
			"guest,power-user,user",
			serviceReference.getProperty("javax.portlet.security-role-ref"));
		assertEquals(
			"category.livsviktig",
			serviceReference.getProperty(
				"com.liferay.portlet.display-category"));
	}

	@Test
	void theInstructorsPageIsAWidgetForSignedInUsers() {
		ServiceReference<Portlet> serviceReference = _only(
			_portalFramework.serviceReferences(
				Portlet.class, "(javax.portlet.name=" + INSTRUCTOR_RESULTS + ")"));

		_assertFromTheWebBundle(serviceReference);

		assertEquals(
			"power-user,user",
			serviceReference.getProperty("javax.portlet.security-role-ref"));
		assertEquals(
			"category.livsviktig",
			serviceReference.getProperty(
				"com.liferay.portlet.display-category"));
		assertEquals(
			"content.Language",
			serviceReference.getProperty("javax.portlet.resource-bundle"));
		assertEquals(
			"se.livsviktig.survey.web.internal.portlet.action." +
				"ViewTaughtSessionsMVCRenderCommand",
			_only(
				_commands(MVCRenderCommand.class, INSTRUCTOR_RESULTS, "/")
			).getProperty(
				"component.name"
			),
			"the taught sessions are the page's first view");
	}

	@Test
	void eachRouteHasOneCommandThatActivates() {
		Map<String, String[]> renderCommands = Map.of(
			INSTRUCTOR_RESULTS,
			new String[] {
				"/", "/survey/instructor/view_taught_sessions",
				"/survey/instructor/view_taught_session_results"
			},
			ANSWER, new String[] {"/", "/survey/answer/view_form"},
			MY_SURVEYS,
			new String[] {
				"/", "/survey/view_my_surveys", "/survey/answer/view_form"
			},
			ADMIN,
			new String[] {
				"/", "/survey/admin/view_surveys", "/survey/admin/edit_survey",
				"/survey/admin/view_survey_questions",
				"/survey/admin/edit_survey_question",
				"/survey/admin/view_survey_dispatches",
				"/survey/admin/edit_survey_dispatch",
				"/survey/admin/view_survey_results",
				"/survey/admin/confirm_delete"
			});
		Map<String, String[]> actionCommands = Map.of(
			ANSWER,
			new String[] {"/survey/answer/add_response", "/survey/answer/opt_out"},
			MY_SURVEYS, new String[] {"/survey/answer/add_response"},
			ADMIN,
			new String[] {
				"/survey/admin/edit_survey", "/survey/admin/copy_survey",
				"/survey/admin/edit_survey_question",
				"/survey/admin/move_survey_question",
				"/survey/admin/delete_survey_question",
				"/survey/admin/edit_survey_dispatch",
				"/survey/admin/delete_survey",
				"/survey/admin/delete_survey_dispatch"
			});

		for (Map.Entry<String, String[]> entry : renderCommands.entrySet()) {
			for (String commandName : entry.getValue()) {
				_assertActivates(
					_only(
						_commands(
							MVCRenderCommand.class, entry.getKey(),
							commandName)));
			}
		}

		for (Map.Entry<String, String[]> entry : actionCommands.entrySet()) {
			for (String commandName : entry.getValue()) {
				_assertActivates(
					_only(
						_commands(
							MVCActionCommand.class, entry.getKey(),
							commandName)));
			}
		}

		_assertActivates(
			_only(
				_commands(
					MVCResourceCommand.class, ADMIN,
					"/survey/admin/export_survey_results")));

		assertArrayEquals(
			new String[] {"/", "/survey/admin/view_surveys"},
			(String[])_only(
				_commands(MVCRenderCommand.class, ADMIN, "/")
			).getProperty(
				"mvc.command.name"
			),
			"the surveys are the admin app's first view");
	}

	@Test
	void theAnswerFormIsOneCommandInTheWidgetAndInMinaEnkaterButTheListComesFirstThere() {
		assertEquals(
			"se.livsviktig.survey.web.internal.portlet.action." +
				"ViewMySurveysMVCRenderCommand",
			_only(
				_commands(MVCRenderCommand.class, MY_SURVEYS, "/")
			).getProperty(
				"component.name"
			));
		assertEquals(
			_only(
				_commands(
					MVCActionCommand.class, ANSWER,
					"/survey/answer/add_response")),
			_only(
				_commands(
					MVCActionCommand.class, MY_SURVEYS,
					"/survey/answer/add_response")),
			"Mina enkäter posts its answers to the widget's command");
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

	private static void _assertActivates(ServiceReference<?> serviceReference) {
		_assertFromTheWebBundle(serviceReference);

		Object command = _portalFramework.bundleContext(
		).getService(
			serviceReference
		);

		try {
			assertNotNull(
				command,
				"activates: " + serviceReference.getProperty("mvc.command.name"));
		}
		finally {
			_portalFramework.bundleContext(
			).ungetService(
				serviceReference
			);
		}
	}

	private static void _assertFromTheWebBundle(
		ServiceReference<?> serviceReference) {

		assertEquals(
			"se.livsviktig.survey.web",
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

		assertEquals(1, serviceReferences.size(), serviceReferences.toString());

		return serviceReferences.get(0);
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.survey.api", "se.livsviktig.survey.service",
		"se.livsviktig.survey.uad", "se.livsviktig.survey.web");

	private static PortalFramework _portalFramework;
	private static final com.liferay.portal.kernel.model.Portlet _portletModel =
		mock(com.liferay.portal.kernel.model.Portlet.class);
	private static Bundle _webBundle;

}
