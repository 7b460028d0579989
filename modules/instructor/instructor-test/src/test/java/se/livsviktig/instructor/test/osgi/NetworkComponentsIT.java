package se.livsviktig.instructor.test.osgi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The network part of the instructor app in a real OSGi framework beside training: its local and remote
 * services and the permissions of networks and meetings become ACTIVE when used, with the portal services they
 * reference, and each model permission is published under its model's class name, where the remote services and
 * the future web bundle find it.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class NetworkComponentsIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		InstructorPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void everyNetworkComponentActivatesWhenItsServiceIsUsed() {
		List<String> networkComponents = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				_portalFramework.components(
				).descriptions(
					_bundles
				)) {

			if (_isNetworkComponent(componentDescriptionDTO)) {
				networkComponents.add(componentDescriptionDTO.name);
			}
		}

		for (String expected : _EXPECTED_COMPONENTS) {
			assertTrue(
				networkComponents.contains(expected),
				expected + " in " + networkComponents);
		}

		List<String> notActive = _portalFramework.components(
		).notActiveWhenUsed(
			_bundles, NetworkComponentsIT::_isNetworkComponent
		);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	@Test
	void networksAndMeetingsHaveTheirModelPermissionsByClassName()
		throws Exception {

		TreeSet<String> modelClassNames = new TreeSet<>();

		for (ServiceReference<?> serviceReference :
				_portalFramework.bundleContext(
				).getServiceReferences(
					"com.liferay.portal.kernel.security.permission.resource." +
						"ModelResourcePermission",
					"(model.class.name=se.livsviktig.instructor.model.*)"
				)) {

			modelClassNames.add(
				(String)serviceReference.getProperty("model.class.name"));
		}

		assertTrue(
			modelClassNames.containsAll(
				List.of(
					"se.livsviktig.instructor.model.InstructorNetwork",
					"se.livsviktig.instructor.model.NetworkMeeting")),
			modelClassNames.toString());
	}

	private static boolean _isNetworkComponent(
		ComponentDescriptionDTO componentDescriptionDTO) {

		String simpleName = componentDescriptionDTO.name.substring(
			componentDescriptionDTO.name.lastIndexOf('.') + 1);

		if (simpleName.startsWith("InstructorNetwork") ||
			simpleName.startsWith("MeetingParticipant") ||
			simpleName.startsWith("NetworkMeeting") ||
			simpleName.startsWith("NetworkMember")) {

			return true;
		}

		return false;
	}

	private static final List<String> _EXPECTED_COMPONENTS = List.of(
		"se.livsviktig.instructor.internal.security.permission.resource." +
			"InstructorNetworkModelResourcePermissionWrapper",
		"se.livsviktig.instructor.internal.security.permission.resource." +
			"NetworkMeetingModelResourcePermissionWrapper",
		"se.livsviktig.instructor.service.impl." +
			"InstructorNetworkLocalServiceImpl",
		"se.livsviktig.instructor.service.impl.InstructorNetworkServiceImpl",
		"se.livsviktig.instructor.service.impl." +
			"MeetingParticipantLocalServiceImpl",
		"se.livsviktig.instructor.service.impl.MeetingParticipantServiceImpl",
		"se.livsviktig.instructor.service.impl.NetworkMeetingLocalServiceImpl",
		"se.livsviktig.instructor.service.impl.NetworkMeetingServiceImpl",
		"se.livsviktig.instructor.service.impl.NetworkMemberLocalServiceImpl",
		"se.livsviktig.instructor.service.impl.NetworkMemberServiceImpl");

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
