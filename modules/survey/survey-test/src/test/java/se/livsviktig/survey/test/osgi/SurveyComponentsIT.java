package se.livsviktig.survey.test.osgi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * Every component of the survey bundles, beside training's API and service, with the portal's services as doubles:
 * ACTIVE or SATISFIED, and ACTIVE once its service is used (a reference SCR cannot bind shows here, not in the
 * portal). A new component is covered without touching this test.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class SurveyComponentsIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		SurveyPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void everySurveyComponentIsSatisfiedAndActivatesWhenUsed() {
		ComponentStates componentStates = _portalFramework.components();

		List<String> surveyComponents = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentStates.descriptions(_bundles)) {

			if (_isSurveyComponent(componentDescriptionDTO)) {
				surveyComponents.add(componentDescriptionDTO.name);

				componentStates.assertActiveOrSatisfied(
					componentDescriptionDTO.name);
			}
		}

		assertTrue(
			surveyComponents.contains(
				"se.livsviktig.survey.service.impl.SurveyLocalServiceImpl"),
			surveyComponents.toString());

		List<String> notActive = componentStates.notActiveWhenUsed(
			_bundles, SurveyComponentsIT::_isSurveyComponent);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	private static boolean _isSurveyComponent(
		ComponentDescriptionDTO componentDescriptionDTO) {

		return componentDescriptionDTO.name.startsWith("se.livsviktig.survey.");
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.survey.api", "se.livsviktig.survey.service",
		"se.livsviktig.survey.uad");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
