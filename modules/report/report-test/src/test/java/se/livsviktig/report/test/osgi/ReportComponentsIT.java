package se.livsviktig.report.test.osgi;

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
 * Every component of the report bundles, beside training's API and service, with the portal's services as doubles:
 * ACTIVE or SATISFIED, and ACTIVE once its service is used (a reference SCR cannot bind shows here, not in the
 * portal). A new component is covered without touching this test.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class ReportComponentsIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		ReportPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void everyReportComponentIsSatisfiedAndActivatesWhenUsed() {
		ComponentStates componentStates = _portalFramework.components();

		List<String> reportComponents = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentStates.descriptions(_bundles)) {

			if (_isReportComponent(componentDescriptionDTO)) {
				reportComponents.add(componentDescriptionDTO.name);

				componentStates.assertActiveOrSatisfied(
					componentDescriptionDTO.name);
			}
		}

		assertTrue(
			reportComponents.contains(
				"se.livsviktig.report.service.impl.ReportFreezeLocalServiceImpl"),
			reportComponents.toString());

		List<String> notActive = componentStates.notActiveWhenUsed(
			_bundles, ReportComponentsIT::_isReportComponent);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	/**
	 * The other apps' figure sources wait for those apps, which this class does not deploy: ReportFigureSourcesIT
	 * checks them without and with the apps.
	 */
	private static boolean _isReportComponent(
		ComponentDescriptionDTO componentDescriptionDTO) {

		// The other apps' figure sources are unsatisfied without those apps, by design: ReportFigureSourcesIT and
		// ReportInstructorFiguresIT prove them both ways

		return componentDescriptionDTO.name.startsWith(
			"se.livsviktig.report."
		) && !componentDescriptionDTO.name.startsWith(
			"se.livsviktig.report.internal.figures.source."
		);
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.report.api", "se.livsviktig.report.service");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
