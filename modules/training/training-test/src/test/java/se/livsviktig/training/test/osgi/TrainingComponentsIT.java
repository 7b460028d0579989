package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.aop.AopService;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * Every Declarative Services component of the training bundles is wired once the portal services it
 * references exist, and activates when used.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class TrainingComponentsIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;
		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@Test
	void everyComponentIsActiveOrSatisfiedWhenThePortalServicesExist() {
		ComponentStates componentStates = _portalFramework.components();

		componentStates.assertAllActiveOrSatisfied(_trainingPortal.bundles);
	}

	@Test
	void everyComponentActivatesWhenItsServiceIsUsed() {
		ComponentStates componentStates = _portalFramework.components();

		List<String> notActive = componentStates.notActiveWhenUsed(
			_trainingPortal.bundles, componentDescriptionDTO -> true);

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));
	}

	@Test
	void everyFieldReferenceIsOneSCRCanInject() {
		List<String> notInjectable =
			_portalFramework.referenceFields().notInjectable(
				_trainingPortal.bundles);

		assertTrue(
			notInjectable.isEmpty(),
			"Field references SCR would leave null:\n" +
				String.join("\n", notInjectable));
	}

	@Test
	void aMissingPortalServiceIsReportedWithTheReferenceThatNeedsIt()
		throws Exception {

		String componentName =
			"se.livsviktig.training.web.internal.portlet.action." +
				"EditTrainingMethodMVCActionCommand";

		ComponentStates componentStates = _portalFramework.components();

		AssertionError assertionError;

		try (AutoCloseable withdrawn =
				_trainingPortal.portalServiceDoubles.withdrawLocalization(
					_portalFramework.doubles())) {

			assertionError = assertThrows(
				AssertionError.class,
				() -> componentStates.assertAllActiveOrSatisfied(
					_trainingPortal.bundles));
		}

		String message = assertionError.getMessage();

		assertAll(
			() -> assertTrue(
				message.contains(componentName + " (bundle " +
					TrainingBundles.WEB + "): UNSATISFIED_REFERENCE"),
				message),
			() -> assertTrue(
				message.contains(
					"unsatisfied reference _localization: " +
						"com.liferay.portal.kernel.util.Localization"),
				message));

		componentStates.assertActiveOrSatisfied(componentName);
	}

	/**
	 * Service Builder registers its services as AopService only; the portal (here the harness) publishes each
	 * under its own interfaces. A service missing there would leave every reference to it unsatisfied.
	 */
	@Test
	void everyServiceBuilderServiceIsPublishedUnderItsInterface()
		throws Exception {

		Bundle serviceBundle = _trainingPortal.bundle(TrainingBundles.SERVICE);

		BundleContext bundleContext = _portalFramework.bundleContext();

		String filter =
			"(" + Constants.SERVICE_BUNDLEID + "=" +
				serviceBundle.getBundleId() + ")";

		ServiceReference<?>[] aopServiceReferences =
			bundleContext.getAllServiceReferences(
				AopService.class.getName(), filter);
		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(null, filter);

		List<String> publishedServices = new ArrayList<>();

		for (ServiceReference<?> serviceReference : serviceReferences) {
			for (String objectClass :
					(String[])serviceReference.getProperty(
						Constants.OBJECTCLASS)) {

				if (_SERVICE_INTERFACE.matcher(objectClass).matches()) {
					publishedServices.add(objectClass);
				}
			}
		}

		assertAll(
			() -> assertEquals(
				aopServiceReferences.length, publishedServices.size(),
				"Published: " + publishedServices),
			() -> assertTrue(
				publishedServices.contains(
					"se.livsviktig.training.service.TrainingMethodLocalService"),
				"Published: " + publishedServices),
			() -> assertTrue(
				publishedServices.contains(
					"se.livsviktig.training.service.TrainingMethodService"),
				"Published: " + publishedServices));
	}

	private static final Pattern _SERVICE_INTERFACE = Pattern.compile(
		"se\\.livsviktig\\.training\\.service\\.\\w+Service");

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
