package se.livsviktig.training.test.osgi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.portal.kernel.notifications.UserNotificationDefinition;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;
import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * The registration engine's parts, published as the portal expects to find them: a model permission per entity
 * users act on, the scheduled jobs, the notice deliveries, the standard methods' instance listener and the bell's
 * handler and definition under the catalogue's portlet name.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class RegistrationEngineWiringIT {

	@BeforeAll
	static void startTrainingBundles(PortalFramework portalFramework)
		throws Exception {

		_portalFramework = portalFramework;
		_trainingPortal = TrainingPortal.in(portalFramework);
	}

	@ParameterizedTest
	@ValueSource(
		strings = {"Course", "CourseSession", "Registration", "TrainingMethod"}
	)
	void eachModelUsersActOnHasOneModelResourcePermission(String entity) {
		String modelName = "se.livsviktig.training.model." + entity;

		ModelResourcePermission<?> modelResourcePermission =
			_portalFramework.service(
				ModelResourcePermission.class,
				"(model.class.name=" + modelName + ")");

		assertEquals(modelName, modelResourcePermission.getModelName());
	}

	@Test
	void theServiceBundleSchedulesItsSixJobs() throws Exception {
		assertEquals(
			Set.of(
				"ExpireRegistrationHoldsSchedulerJobConfiguration",
				"PurgeRegistrationFreeTextSchedulerJobConfiguration",
				"ReleaseSessionQuotasSchedulerJobConfiguration",
				"RemindApproversSchedulerJobConfiguration",
				"SendAttendanceRemindersSchedulerJobConfiguration",
				"SendSessionRemindersSchedulerJobConfiguration"),
			_implementationsInServiceBundle(
				"com.liferay.portal.kernel.scheduler.SchedulerJobConfiguration"));
	}

	@Test
	void noticesGoToTheBellByEmailAndOptionallyToTheCalendar()
		throws Exception {

		assertEquals(
			Set.of(
				"BellNoticeDelivery", "EmailNoticeDelivery",
				"LiferayCalendarNoticeDelivery"),
			_implementationsInServiceBundle(
				"se.livsviktig.training.internal.notification." +
					"NoticeDelivery"));
	}

	@Test
	void aNewCompanyIsGivenTheStandardMethods() throws Exception {
		assertEquals(
			Set.of("StandardTrainingMethodsPortalInstanceLifecycleListener"),
			_implementationsInServiceBundle(
				"com.liferay.portal.instance.lifecycle." +
					"PortalInstanceLifecycleListener"));
	}

	@Test
	void theBellKnowsTrainingNoticesUnderTheCataloguesPortletName() {
		String filter =
			"(javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG + ")";

		List<ServiceReference<UserNotificationHandler>> handlers =
			_portalFramework.serviceReferences(
				UserNotificationHandler.class, filter);
		List<ServiceReference<UserNotificationDefinition>> definitions =
			_portalFramework.serviceReferences(
				UserNotificationDefinition.class, filter);

		assertAll(
			() -> assertEquals(1, handlers.size(), "handlers"),
			() -> assertEquals(1, definitions.size(), "definitions"),
			() -> assertEquals(
				TrainingPortletKeys.COURSE_CATALOG,
				_portalFramework.bundleContext().getService(
					handlers.get(0)).getPortletId()));
	}

	/**
	 * The registration service holds no collaborator of its steps: one component (RegistrationSteps) references
	 * them all and builds each step, so the service is wired only when that component is.
	 */
	@Test
	void theRegistrationServiceTakesItsStepsFromOneActiveComponent() {
		ComponentStates componentStates = _portalFramework.components();

		String stepsName =
			"se.livsviktig.training.internal.registration.RegistrationSteps";
		String serviceName =
			"se.livsviktig.training.service.impl.RegistrationLocalServiceImpl";

		componentStates.assertActiveOrSatisfied(stepsName);
		componentStates.assertActiveOrSatisfied(serviceName);

		assertEquals(
			List.of(),
			componentStates.notActiveWhenUsed(
				_trainingPortal.bundles,
				componentDescriptionDTO ->
					componentDescriptionDTO.name.equals(stepsName) ||
					componentDescriptionDTO.name.equals(serviceName)),
			"both become ACTIVE when used");
	}

	private Set<String> _implementationsInServiceBundle(String serviceName)
		throws Exception {

		Bundle serviceBundle = _trainingPortal.bundle(TrainingBundles.SERVICE);
		BundleContext bundleContext = _portalFramework.bundleContext();

		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(
				serviceName,
				"(service.bundleid=" + serviceBundle.getBundleId() + ")");

		List<String> names = new ArrayList<>();

		if (serviceReferences != null) {
			for (ServiceReference<?> serviceReference : serviceReferences) {
				String componentName = (String)serviceReference.getProperty(
					"component.name");

				names.add(
					componentName.substring(
						componentName.lastIndexOf('.') + 1));
			}
		}

		assertEquals(
			names.size(), new TreeSet<>(names).size(), "duplicates " + names);

		return new TreeSet<>(names);
	}

	private static PortalFramework _portalFramework;
	private static TrainingPortal _trainingPortal;

}
