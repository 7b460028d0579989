package se.livsviktig.survey.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;

import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The survey bundles resolve and start beside training's API and service against the portal's packages, and the
 * permissions and settings category the portal looks up are published. Every component wired with the portal's
 * services as doubles: {@link SurveyComponentsIT}.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class SurveyBundlesResolveIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);
	}

	@Test
	void surveyBundlesResolveAndStartBesideTraining() {
		_portalFramework.resolution(
		).assertResolved(
			_bundles
		);

		assertAll(
			_bundles.stream(
			).map(
				bundle -> () -> assertEquals(
					Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName())
			));
	}

	/**
	 * The portal's permission checks find the app's root resource and its two model resources through these
	 * registrations; without one, every check on it fails for everyone but administrators.
	 */
	@Test
	void permissionsAreOfferedUnderTheirResourceNames() {
		String packagePrefix =
			"se.livsviktig.survey.internal.security.permission.resource.";

		assertAll(
			() -> assertEquals(
				List.of(
					"com.liferay.portal.kernel.security.permission.resource." +
						"PortletResourcePermission"),
				_serviceInterfaces(
					packagePrefix + "SurveyPortletResourcePermissionWrapper")),
			() -> assertEquals(
				List.of(
					"com.liferay.portal.kernel.security.permission.resource." +
						"ModelResourcePermission"),
				_serviceInterfaces(
					packagePrefix + "SurveyModelResourcePermissionWrapper")),
			() -> assertEquals(
				List.of(
					"com.liferay.portal.kernel.security.permission.resource." +
						"ModelResourcePermission"),
				_serviceInterfaces(
					packagePrefix +
						"SurveyDispatchModelResourcePermissionWrapper")));
	}

	/**
	 * The portal's personal data app finds an app's data through these services, one of each per model class:
	 * without one, a person's surveys, dispatches, invitations or responses are missing from the export or the
	 * erasure; the displays show a person's invitations and named responses.
	 */
	@Test
	void invitationsAndResponsesAreOfferedToThePortalsPersonalDataApp() {
		String packagePrefix = "se.livsviktig.survey.uad.";

		assertAll(
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.anonymizer.UADAnonymizer"),
				_serviceInterfaces(
					packagePrefix + "anonymizer.SurveyInvitationUADAnonymizer")),
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.anonymizer.UADAnonymizer"),
				_serviceInterfaces(
					packagePrefix + "anonymizer.SurveyResponseUADAnonymizer")),
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.exporter.UADExporter"),
				_serviceInterfaces(
					packagePrefix + "exporter.SurveyInvitationUADExporter")),
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.exporter.UADExporter"),
				_serviceInterfaces(
					packagePrefix + "exporter.SurveyResponseUADExporter")),
			() -> assertEquals(
				List.of("com.liferay.user.associated.data.display.UADDisplay"),
				_serviceInterfaces(
					packagePrefix + "display.InvitationUADDisplay")),
			() -> assertEquals(
				List.of("com.liferay.user.associated.data.display.UADDisplay"),
				_serviceInterfaces(
					packagePrefix + "display.NamedResponseUADDisplay")),
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.anonymizer.UADAnonymizer"),
				_serviceInterfaces(
					packagePrefix + "anonymizer.SurveyUADAnonymizer")),
			() -> assertEquals(
				List.of(
					"com.liferay.user.associated.data.anonymizer.UADAnonymizer"),
				_serviceInterfaces(
					packagePrefix + "anonymizer.SurveyDispatchUADAnonymizer")));
	}

	/**
	 * The portal calls this listener for every company it starts, which is how each company gets its default
	 * surveys.
	 */
	@Test
	void theDefaultSurveysAreAddedWhenACompanyStarts() {
		assertEquals(
			List.of(
				"com.liferay.portal.instance.lifecycle." +
					"PortalInstanceLifecycleListener"),
			_serviceInterfaces(
				"se.livsviktig.survey.internal.seed." +
					"DefaultSurveysPortalInstanceLifecycleListener"));
	}

	private static List<String> _serviceInterfaces(String componentName) {
		return Arrays.asList(
			_portalFramework.components(
			).description(
				componentName
			).serviceInterfaces);
	}

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.survey.api", "se.livsviktig.survey.service",
		"se.livsviktig.survey.uad");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

}
