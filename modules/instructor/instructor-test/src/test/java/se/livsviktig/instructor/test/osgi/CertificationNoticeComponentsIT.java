package se.livsviktig.instructor.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The certification notices' components come up in the instructor bundles with the portal's services present: the
 * expiry job is offered to the portal's scheduler, the bell handler under the instructor app's notification type,
 * and each becomes ACTIVE when used, with the claim service, the deliveries and the configuration it needs.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class CertificationNoticeComponentsIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		InstructorPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void everyNoticeComponentIsActiveOrSatisfied() {
		ComponentStates componentStates = _portalFramework.components();

		for (String componentName : _COMPONENTS) {
			componentStates.assertActiveOrSatisfied(componentName);
		}
	}

	@Test
	void everyNoticeComponentActivatesWhenUsed() {
		List<String> notActive = _portalFramework.components(
		).notActiveWhenUsed(
			_bundles,
			componentDescriptionDTO -> _COMPONENTS.contains(
				componentDescriptionDTO.name)
		);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	@Test
	void theJobIsOfferedToTheSchedulerAndTheHandlerToTheBell()
		throws Exception {

		ServiceReference<?> jobReference = _onlyReference(
			"com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration",
			"(component.name=" + _JOB + ")");

		assertNotNull(_portalFramework.bundleContext().getService(jobReference));

		ServiceReference<?> handlerReference = _onlyReference(
			"com.liferay.portal.kernel.notifications.UserNotificationHandler",
			"(component.name=" + _HANDLER + ")");

		assertEquals(
			"se_livsviktig_instructor_web_internal_portlet_" +
				"MyInstructorAssignmentsPortlet",
			handlerReference.getProperty("javax.portlet.name"));
		assertNotNull(
			_portalFramework.bundleContext().getService(handlerReference));
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

	private static final String _HANDLER =
		"se.livsviktig.instructor.internal.notifications." +
			"CertificationUserNotificationHandler";

	private static final String _JOB =
		"se.livsviktig.instructor.internal.scheduler." +
			"SendCertificationNoticesSchedulerJobConfiguration";

	private static final List<String> _COMPONENTS = List.of(
		_JOB, _HANDLER,
		"se.livsviktig.instructor.internal.notice.CertificationExpiryNotices",
		"se.livsviktig.instructor.internal.notice.CertificationNoticeDispatcher",
		"se.livsviktig.instructor.internal.notice." +
			"EmailCertificationNoticeDelivery",
		"se.livsviktig.instructor.internal.notice." +
			"BellCertificationNoticeDelivery",
		"se.livsviktig.instructor.service.impl.InstructorNoticeLocalServiceImpl",
		"se.livsviktig.instructor.internal.notice.LicenceStandingNotices",
		"se.livsviktig.instructor.internal.meeting.notice." +
			"MeetingNoticeDispatcher",
		"se.livsviktig.instructor.internal.meeting.notice." +
			"EmailMeetingNoticeDelivery",
		"se.livsviktig.instructor.internal.meeting.notice." +
			"BellMeetingNoticeDelivery",
		"se.livsviktig.instructor.service.impl.MeetingNoticeLocalServiceImpl");

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
