package se.livsviktig.survey.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration;
import com.liferay.portal.kernel.scheduler.TimeUnit;
import com.liferay.portal.kernel.scheduler.TriggerConfiguration;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The invitation job is offered to the portal's scheduler, hourly, and the survey app's bell handler is registered
 * under "Mina enkäter"'s portlet id, each with its e-mail and bell deliveries present, in the survey bundles beside
 * training's with the portal's services as doubles.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class SurveyDispatchJobComponentsIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		SurveyPortalServiceDoubles.registeredIn(portalFramework);

		portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void theJobIsOfferedToTheSchedulerHourly() throws Exception {
		ServiceReference<?> jobReference = _onlyReference(
			SchedulerJobConfiguration.class.getName(),
			"(component.name=" + _JOB + ")");

		Object job = _portalFramework.bundleContext(
		).getService(
			jobReference
		);

		assertNotNull(job);

		TriggerConfiguration triggerConfiguration =
			((SchedulerJobConfiguration)job).getTriggerConfiguration();

		assertEquals(60, triggerConfiguration.getInterval());
		assertEquals(TimeUnit.MINUTE, triggerConfiguration.getTimeUnit());
	}

	@Test
	void theBellHandlerAndBothDeliveriesAreRegistered() throws Exception {
		ServiceReference<?> handlerReference = _onlyReference(
			"com.liferay.portal.kernel.notifications.UserNotificationHandler",
			"(component.name=" + _HANDLER + ")");

		assertEquals(
			"se_livsviktig_survey_web_internal_portlet_MySurveysPortlet",
			handlerReference.getProperty("javax.portlet.name"));
		assertNotNull(
			_portalFramework.bundleContext(
			).getService(
				handlerReference
			));

		// The deliveries' interface is the service bundle's own (not exported), so every reference is asked for,
		// not only those whose class this test could load

		for (String delivery : _DELIVERIES) {
			ServiceReference<?>[] serviceReferences =
				_portalFramework.bundleContext(
				).getAllServiceReferences(
					"se.livsviktig.survey.internal.invitation." +
						"InvitationDelivery",
					"(component.name=" + delivery + ")"
				);

			assertNotNull(serviceReferences, delivery);
			assertEquals(1, serviceReferences.length, delivery);
		}
	}

	private static ServiceReference<?> _onlyReference(
			String interfaceName, String filter)
		throws Exception {

		ServiceReference<?>[] serviceReferences =
			_portalFramework.bundleContext(
			).getServiceReferences(
				interfaceName, filter
			);

		assertNotNull(serviceReferences, interfaceName + " " + filter);
		assertEquals(1, serviceReferences.length, interfaceName + " " + filter);

		return serviceReferences[0];
	}

	private static final List<String> _DELIVERIES = List.of(
		"se.livsviktig.survey.internal.invitation.BellInvitationDelivery",
		"se.livsviktig.survey.internal.invitation.EmailInvitationDelivery");

	private static final String _HANDLER =
		"se.livsviktig.survey.internal.notifications." +
			"SurveyUserNotificationHandler";

	private static final String _JOB =
		"se.livsviktig.survey.internal.scheduler." +
			"SendSurveyInvitationsSchedulerJobConfiguration";

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.survey.api", "se.livsviktig.survey.service");

	private static PortalFramework _portalFramework;

}
