package se.livsviktig.report.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.aop.AopService;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The instructor app's figures reach the report through the real chain when the app is deployed: the report's
 * published ReportFiguresLocalService, its dynamic reference bound by Service Component Runtime to
 * InstructorReportFigureSource, whose mandatory reference is bound to the instructor app's
 * InstructorFiguresLocalService. This tier has no database, so each service's persistence is replaced, for the
 * duration of a test, by a double answering its statement. Without the app (its service bundle stopped, as when
 * it is undeployed) the source is unsatisfied and the report stays ACTIVE with training's figures alone.
 *
 * <p>
 * The framework is one for the whole run, shared with the other classes, which may have resolved report-service
 * before the instructor packages were there (they are optional imports): report-service is refreshed once the
 * instructor bundles are installed, as README says an administrator does.
 * </p>
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class ReportInstructorFiguresIT {

	@BeforeAll
	static void startBundles(PortalFramework portalFramework) throws Exception {
		_portalFramework = portalFramework;

		ReportPortalServiceDoubles.registeredIn(portalFramework);

		_bundles = portalFramework.installAndStartBuilt(
			_SYMBOLIC_NAMES);

		FrameworkWiring frameworkWiring = portalFramework.bundleContext(
		).getBundle(
			0
		).adapt(
			FrameworkWiring.class
		);

		CountDownLatch refreshed = new CountDownLatch(1);

		frameworkWiring.refreshBundles(
			List.of(_bundle("se.livsviktig.report.service")),
			frameworkEvent -> refreshed.countDown());

		assertTrue(refreshed.await(2, TimeUnit.MINUTES), "not refreshed");
	}

	@AfterEach
	void restorePersistence() {

		// Latest first: a test may replace again what @BeforeEach replaced

		Collections.reverse(_restores);

		for (Runnable restore : _restores) {
			restore.run();
		}

		_restores.clear();
	}

	@BeforeEach
	void replacePersistence() throws Exception {
		Bundle trainingApi = _bundle("se.livsviktig.training.api");

		Object trainingFigures = _aopService(
			"se.livsviktig.training.service.impl." +
				"TrainingFiguresLocalServiceImpl");

		_replace(
			trainingFigures, "courseSessionPersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"CourseSessionPersistence",
				arguments -> List.of()));
		_replace(
			trainingFigures, "registrationPersistence",
			_persistence(
				trainingApi,
				"se.livsviktig.training.service.persistence." +
					"RegistrationPersistence",
				arguments -> List.of()));
	}

	@Test
	void withTheInstructorAppItsFiguresReachTheReport() throws Exception {
		_assertReportComponentsActive(true);

		Bundle instructorApi = _bundle("se.livsviktig.instructor.api");

		// Three certified women of method 501 in one administration; nobody's certification is active for the
		// standings; one instructor, a man recorded in that administration, delivered two sessions. The counts'
		// statement is the one that names instructorCount; the other reads the holders' latest certifications.

		_replace(
			_aopService(
				"se.livsviktig.instructor.service.impl." +
					"InstructorFiguresLocalServiceImpl"),
			"certificationPersistence",
			_persistence(
				instructorApi,
				"se.livsviktig.instructor.service.persistence." +
					"CertificationPersistence",
				arguments -> {
					if (String.valueOf(
							arguments[0]
						).contains(
							"instructorCount"
						)) {

						return List.<Object[]>of(
							new Object[] {_ADMINISTRATION, _METHOD, "female", 3L});
					}

					return List.<Object[]>of(
						new Object[] {_INSTRUCTOR, _METHOD, _ADMINISTRATION, "male"});
				}));
		_replace(
			_aopService(
				"se.livsviktig.instructor.service.impl." +
					"CertificationLocalServiceImpl"),
			"certificationPersistence",
			_persistence(
				instructorApi,
				"se.livsviktig.instructor.service.persistence." +
					"CertificationPersistence",
				arguments -> List.of()));
		_replace(
			_aopService(
				"se.livsviktig.training.service.impl." +
					"SessionInstructorLocalServiceImpl"),
			"sessionInstructorPersistence",
			_persistence(
				_bundle("se.livsviktig.training.api"),
				"se.livsviktig.training.service.persistence." +
					"SessionInstructorPersistence",
				arguments -> List.<Object[]>of(
					new Object[] {_INSTRUCTOR, _METHOD, 2})));

		assertEquals(
			List.of(
				"instructor.certified/40101/501/female/3.0",
				"instructor.active/40101/501/male/1.0"),
			_figures());
	}

	/**
	 * The bundle stop stands for the app never deployed: the class space stays, the service goes, which is what
	 * the source's mandatory reference depends on.
	 */
	@Test
	void withoutTheInstructorAppTheReportStaysActiveWithTrainingsFiguresAlone()
		throws Exception {

		Bundle instructorService = _bundle("se.livsviktig.instructor.service");

		instructorService.stop();

		try {
			_assertReportComponentsActive(false);

			ComponentStates componentStates = _portalFramework.components();

			List<ComponentConfigurationDTO> configurations =
				componentStates.configurations(
					componentStates.description(_SOURCE));

			assertEquals(1, configurations.size());
			assertEquals(
				"UNSATISFIED_REFERENCE",
				ComponentStates.stateName(configurations.get(0).state));

			assertEquals(List.of(), _figures());
		}
		finally {
			instructorService.start();
		}
	}

	private static Bundle _bundle(String symbolicName) {
		return _bundles.stream(
		).filter(
			bundle -> symbolicName.equals(bundle.getSymbolicName())
		).findFirst(
		).orElseThrow();
	}

	private static Field _field(Class<?> clazz, String name)
		throws NoSuchFieldException {

		for (Class<?> current = clazz; current != null;
			 current = current.getSuperclass()) {

			try {
				return current.getDeclaredField(name);
			}
			catch (NoSuchFieldException noSuchFieldException) {
			}
		}

		throw new NoSuchFieldException(clazz.getName() + "." + name);
	}

	/**
	 * A double of the bundle's own persistence interface (the test's class path has other copies) that answers
	 * dslQuery and fails on anything else, so a statement this test did not foresee is reported.
	 */
	private static Object _persistence(
			Bundle bundle, String interfaceName,
			Function<Object[], Object> answer)
		throws ClassNotFoundException {

		Class<?> persistenceInterface = bundle.loadClass(interfaceName);

		return Proxy.newProxyInstance(
			persistenceInterface.getClassLoader(),
			new Class<?>[] {persistenceInterface},
			(proxy, method, arguments) -> {
				if (method.getName().equals("dslQuery")) {
					return answer.apply(arguments);
				}

				if (method.getName().equals("hashCode")) {
					return System.identityHashCode(proxy);
				}

				if (method.getName().equals("equals")) {
					return proxy == arguments[0];
				}

				if (method.getName().equals("toString")) {
					return interfaceName + " double";
				}

				throw new UnsupportedOperationException(
					interfaceName + " double: " + method);
			});
	}

	private Object _aopService(String componentName) throws Exception {
		BundleContext bundleContext = _portalFramework.bundleContext();

		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(
				AopService.class.getName(),
				"(component.name=" + componentName + ")");

		assertEquals(1, serviceReferences.length, componentName);

		return bundleContext.getService(serviceReferences[0]);
	}

	/**
	 * Every component of the report bundles is ACTIVE once used; the instructor figure source only when the
	 * instructor app is there.
	 */
	private void _assertReportComponentsActive(boolean withInstructorSource) {
		ComponentStates componentStates = _portalFramework.components();

		List<Bundle> reportBundles = List.of(
			_bundle("se.livsviktig.report.api"),
			_bundle("se.livsviktig.report.service"));

		List<String> reportComponents = new ArrayList<>();

		for (ComponentDescriptionDTO componentDescriptionDTO :
				componentStates.descriptions(reportBundles)) {

			reportComponents.add(componentDescriptionDTO.name);
		}

		assertTrue(
			reportComponents.contains(_SOURCE), reportComponents.toString());

		List<String> notActive = componentStates.notActiveWhenUsed(
			reportBundles,
			componentDescriptionDTO ->
				withInstructorSource ||
				!componentDescriptionDTO.name.equals(_SOURCE));

		assertTrue(
			notActive.isEmpty(),
			"Components that did not activate:\n" +
				String.join("\n", notActive));

		if (withInstructorSource) {
			componentStates.assertActiveOrSatisfied(_SOURCE);
		}
	}

	/**
	 * @return the report's figures of 2026 through its published service, as key/organisation/method/sex/value
	 */
	private List<String> _figures() throws Exception {
		BundleContext bundleContext = _portalFramework.bundleContext();

		ServiceReference<?>[] serviceReferences =
			bundleContext.getAllServiceReferences(
				"se.livsviktig.report.service.ReportFiguresLocalService", null);

		assertEquals(1, serviceReferences.length);

		Object reportFiguresLocalService = bundleContext.getService(
			serviceReferences[0]);

		try {
			Method getFigures = _bundle(
				"se.livsviktig.report.api"
			).loadClass(
				"se.livsviktig.report.service.ReportFiguresLocalService"
			).getMethod(
				"getFigures", long.class, Date.class, Date.class, long.class,
				Date.class
			);

			List<String> figures = new ArrayList<>();

			for (Object figure :
					(List<?>)getFigures.invoke(
						reportFiguresLocalService, _COMPANY_ID,
						Date.from(Instant.parse("2025-12-31T23:00:00Z")),
						Date.from(Instant.parse("2026-12-31T23:00:00Z")), 0L,
						Date.from(Instant.parse("2027-02-01T10:00:00Z")))) {

				figures.add(
					_call(figure, "getFigureKey") + "/" +
						_call(figure, "getOrganizationId") + "/" +
							_call(figure, "getTrainingMethodId") + "/" +
								_call(figure, "getSex") + "/" +
									_call(figure, "getValue"));
			}

			return figures;
		}
		finally {
			bundleContext.ungetService(serviceReferences[0]);
		}
	}

	private Object _call(Object object, String methodName) throws Exception {
		return object.getClass(
		).getMethod(
			methodName
		).invoke(
			object
		);
	}

	private void _replace(Object service, String fieldName, Object value)
		throws Exception {

		Field field = _field(service.getClass(), fieldName);

		field.setAccessible(true);

		Object original = field.get(service);

		field.set(service, value);

		_restores.add(
			() -> {
				try {
					field.set(service, original);
				}
				catch (IllegalAccessException illegalAccessException) {
					throw new IllegalStateException(illegalAccessException);
				}
			});
	}

	private static final long _ADMINISTRATION = 40101;

	private static final long _COMPANY_ID = 20097;

	private static final long _INSTRUCTOR = 30002;

	private static final long _METHOD = 501;

	private static final String _SOURCE =
		"se.livsviktig.report.internal.figures.source.InstructorReportFigureSource";

	private static final List<String> _SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service",
		"se.livsviktig.report.api", "se.livsviktig.report.service",
		"se.livsviktig.instructor.api", "se.livsviktig.instructor.service");

	private static List<Bundle> _bundles;
	private static PortalFramework _portalFramework;

	private final List<Runnable> _restores = new ArrayList<>();

}
