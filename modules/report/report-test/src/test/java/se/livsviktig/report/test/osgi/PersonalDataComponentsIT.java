package se.livsviktig.report.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The report app's personal data components in a real OSGi framework beside training, with the portal's services
 * as doubles: the freeze (who froze, who unfroze) and the export mapping line (who saved it) each have an
 * anonymiser, an exporter and a display, published under the portal's UAD service interfaces and ACTIVE when
 * used. Without one, the portal's personal data app leaves that model out of the export, the erasure or the list
 * of what remains.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class PersonalDataComponentsIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		ReportPortalServiceDoubles.registeredIn(portalFramework);

		List<Path> jars = new ArrayList<>();

		for (String symbolicName : _SYMBOLIC_NAMES) {
			Path jar = Path.of(
				System.getProperty("livsviktig.osgi.bundles"),
				symbolicName + ".jar");

			assertTrue(Files.isRegularFile(jar), "Not built: " + jar);

			jars.add(jar);
		}

		_bundles = portalFramework.installAndStart(jars);
	}

	@Test
	void everyModelThatNamesAPersonHasItsPersonalDataComponents() {
		Map<String, String> serviceInterfaces = new TreeMap<>();

		ComponentStates componentStates = _portalFramework.components();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentStates.descriptions(_bundles)) {

			if (_isPersonalDataComponent(componentDescriptionDTO)) {
				serviceInterfaces.put(
					componentDescriptionDTO.name,
					String.join(
						",",
						Arrays.asList(
							componentDescriptionDTO.serviceInterfaces)));
			}
		}

		Map<String, String> expected = new TreeMap<>();

		for (String model : _MODELS) {
			expected.put(
				_ANONYMIZER + model + "UADAnonymizer", _ANONYMIZER_SERVICE);
			expected.put(_EXPORTER + model + "UADExporter", _EXPORTER_SERVICE);
		}

		// Both are listed on the personal data screens: a freeze with its period and reason, a line with its text.

		for (String model : _MODELS) {
			expected.put(_DISPLAY + model + "UADDisplay", _DISPLAY_SERVICE);
		}

		assertEquals(expected, serviceInterfaces);
	}

	@Test
	void everyPersonalDataComponentActivatesWhenUsed() {
		ComponentStates componentStates = _portalFramework.components();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentStates.descriptions(_bundles)) {

			if (_isPersonalDataComponent(componentDescriptionDTO)) {
				componentStates.assertActiveOrSatisfied(
					componentDescriptionDTO.name);
			}
		}

		List<String> notActive = componentStates.notActiveWhenUsed(
			_bundles, PersonalDataComponentsIT::_isPersonalDataComponent);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	private static boolean _isPersonalDataComponent(
		ComponentDescriptionDTO componentDescriptionDTO) {

		return componentDescriptionDTO.name.startsWith(_UAD_PACKAGE);
	}

	private static final String _ANONYMIZER_SERVICE =
		"com.liferay.user.associated.data.anonymizer.UADAnonymizer";

	private static final String _DISPLAY_SERVICE =
		"com.liferay.user.associated.data.display.UADDisplay";

	private static final String _EXPORTER_SERVICE =
		"com.liferay.user.associated.data.exporter.UADExporter";

	private static final List<String> _MODELS = List.of(
		"ReportExportRow", "ReportFreeze");

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.report.api", "se.livsviktig.report.service",
		"se.livsviktig.report.uad");

	private static final String _UAD_PACKAGE = "se.livsviktig.report.uad.";

	private static final String _ANONYMIZER = _UAD_PACKAGE + "anonymizer.";

	private static final String _DISPLAY = _UAD_PACKAGE + "display.";

	private static final String _EXPORTER = _UAD_PACKAGE + "exporter.";

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
