package se.livsviktig.report.test.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.asset.kernel.service.AssetCategoryLocalService;
import com.liferay.asset.kernel.service.AssetVocabularyLocalService;
import com.liferay.journal.service.JournalArticleLocalService;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import se.livsviktig.platform.osgi.harness.ComponentStates;
import se.livsviktig.platform.osgi.harness.PortalFramework;
import se.livsviktig.platform.osgi.harness.PortalFrameworkExtension;

/**
 * The care programme and survey apps' figures reach the report through their ReportFigureSource components: with
 * only training and the report deployed, both sources wait (UNSATISFIED_REFERENCE) and the report's own components
 * are unaffected; once the apps' bundles are deployed, both become ACTIVE when used, the report's
 * ReportFiguresLocalService binds them, and their figure keys are read through the registered services.
 *
 * @author Livsviktig
 */
@ExtendWith(PortalFrameworkExtension.class)
class ReportFigureSourcesIT {

	@Test
	void theSourcesWaitForTheirAppsAndServeTheirFiguresOnceDeployed(PortalFramework portalFramework)
		throws Exception {

		ReportPortalServiceDoubles.registeredIn(portalFramework);

		List<Bundle> reportBundles = portalFramework.installAndStart(_jars(_REPORT_SYMBOLIC_NAMES));

		ComponentStates componentStates = portalFramework.components();

		assertEquals(
			List.of(
				_CARE_PROGRAM_SOURCE + ": waiting for a service", _SURVEY_SOURCE + ": waiting for a service"),
			_sourceStates(componentStates, reportBundles));

		// The apps' services reference a few portal services the report's doubles do not cover

		portalFramework.doubles(
		).registerInert(
			"not called by the components this tier activates", AssetCategoryLocalService.class,
			AssetVocabularyLocalService.class, JournalArticleLocalService.class
		);

		portalFramework.installAndStart(_jars(_APP_SYMBOLIC_NAMES));

		// The report resolved without the apps, so its optional imports are unwired until it is refreshed, as in
		// the portal when an app is deployed after the report (or the portal restarts)

		_refresh(portalFramework, reportBundles);

		List<String> notActive = componentStates.notActiveWhenUsed(
			reportBundles,
			componentDescriptionDTO -> componentDescriptionDTO.name.startsWith("se.livsviktig.report."));

		assertTrue(notActive.isEmpty(), "Components that did not activate:\n" + String.join("\n", notActive));
		assertEquals(
			List.of(
				_CARE_PROGRAM_SOURCE + ": ready", _SURVEY_SOURCE + ": ready"),
			_sourceStates(componentStates, reportBundles));

		BundleContext bundleContext = portalFramework.bundleContext();

		List<String> figureKeys = new ArrayList<>();

		// All references, not only those whose class the caller shares: the test's class path has its own copy of
		// the report's API, so the system bundle's view would filter them out

		// Only this test's apps' sources: another class of this tier may have deployed the instructor app

		ServiceReference<?>[] sourceReferences = bundleContext.getAllServiceReferences(
			"se.livsviktig.report.figures.ReportFigureSource",
			"(|(component.name=" + _CARE_PROGRAM_SOURCE + ")(component.name=" + _SURVEY_SOURCE + "))");

		assertEquals(2, (sourceReferences == null) ? 0 : sourceReferences.length, "figure sources registered");

		for (ServiceReference<?> serviceReference : sourceReferences) {
			Object reportFigureSource = bundleContext.getService(serviceReference);

			assertNotNull(reportFigureSource, "activated: " + serviceReference);

			try {
				@SuppressWarnings("unchecked")
				List<String> keys = (List<String>)reportFigureSource.getClass(
				).getMethod(
					"getFigureKeys"
				).invoke(
					reportFigureSource
				);

				figureKeys.addAll(keys);
			}
			finally {
				bundleContext.ungetService(serviceReference);
			}
		}

		assertTrue(
			figureKeys.containsAll(
				List.of(
					"careprogram.routines", "careprogram.routines-reviewed-on-time", "survey.invitations",
					"survey.responses", "survey.follow-up-respondents", "survey.follow-up-yes")),
			figureKeys.toString());

		// The report's figure service binds both sources and every other one (its dynamic, greedy, multiple reference), read while it
		// is in use, so the delayed component is active

		ComponentDescriptionDTO figuresService = componentStates.description(
			"se.livsviktig.report.service.impl.ReportFiguresLocalServiceImpl");

		String referenceName = Arrays.stream(
			figuresService.references
		).filter(
			referenceDTO -> referenceDTO.interfaceName.equals("se.livsviktig.report.figures.ReportFigureSource")
		).findFirst(
		).get().name;

		ServiceReference<?> figuresServiceReference = bundleContext.getAllServiceReferences(
			(String)null, "(component.id=" + componentStates.configurations(figuresService).get(0).id + ")")[0];

		assertNotNull(bundleContext.getService(figuresServiceReference));

		// Every source registered, these two and any another class of this tier deployed (the instructor's)

		int registeredSources = bundleContext.getAllServiceReferences(
			"se.livsviktig.report.figures.ReportFigureSource", null).length;

		try {
			assertEquals(
				List.of(registeredSources),
				Arrays.stream(
					componentStates.configurations(
						figuresService
					).get(
						0
					).satisfiedReferences
				).filter(
					satisfiedReferenceDTO -> satisfiedReferenceDTO.name.equals(referenceName)
				).map(
					satisfiedReferenceDTO -> satisfiedReferenceDTO.boundServices.length
				).collect(
					Collectors.toList()
				),
				"figure sources bound to " + referenceName);
		}
		finally {
			bundleContext.ungetService(figuresServiceReference);
		}
	}

	private static void _refresh(PortalFramework portalFramework, List<Bundle> bundles) throws Exception {
		CountDownLatch refreshed = new CountDownLatch(1);

		FrameworkWiring frameworkWiring = portalFramework.bundleContext(
		).getBundle(
			Constants.SYSTEM_BUNDLE_LOCATION
		).adapt(
			FrameworkWiring.class
		);

		frameworkWiring.refreshBundles(bundles, frameworkEvent -> refreshed.countDown());

		assertTrue(refreshed.await(60, TimeUnit.SECONDS), "refreshed");
	}

	private static List<Path> _jars(List<String> symbolicNames) {
		List<Path> jars = new ArrayList<>();

		for (String symbolicName : symbolicNames) {
			Path jar = Path.of(System.getProperty("livsviktig.osgi.bundles"), symbolicName + ".jar");

			assertTrue(Files.isRegularFile(jar), "Not built: " + jar);

			jars.add(jar);
		}

		return jars;
	}

	/**
	 * The care programme's and the survey's sources only: the instructor's, beside them in the same package, waits for
	 * the instructor app, which another class of this tier may have deployed (ReportInstructorFiguresIT proves it).
	 */
	private static List<String> _sourceStates(ComponentStates componentStates, List<Bundle> bundles) {
		return componentStates.descriptions(
			bundles
		).stream(
		).filter(
			componentDescriptionDTO -> componentDescriptionDTO.name.equals(_CARE_PROGRAM_SOURCE) ||
				componentDescriptionDTO.name.equals(_SURVEY_SOURCE)
		).sorted(
			(first, second) -> first.name.compareTo(second.name)
		).map(
			componentDescriptionDTO -> componentDescriptionDTO.name + ": " +
				_state(
					componentStates.configurations(
						componentDescriptionDTO
					).get(
						0
					).state)
		).collect(
			Collectors.toList()
		);
	}

	/**
	 * A delayed component is ACTIVE while used and SATISFIED between uses: both are ready.
	 */
	private static String _state(int state) {
		if (state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
			return "waiting for a service";
		}

		if ((state == ComponentConfigurationDTO.ACTIVE) || (state == ComponentConfigurationDTO.SATISFIED)) {
			return "ready";
		}

		return ComponentStates.stateName(state);
	}

	private static final List<String> _APP_SYMBOLIC_NAMES = List.of(
		"se.livsviktig.careprogram.api", "se.livsviktig.careprogram.service", "se.livsviktig.survey.api",
		"se.livsviktig.survey.service");

	private static final String _CARE_PROGRAM_SOURCE =
		"se.livsviktig.report.internal.figures.source.CareProgramReportFigureSource";

	private static final List<String> _REPORT_SYMBOLIC_NAMES = List.of(
		"se.livsviktig.training.api", "se.livsviktig.training.service", "se.livsviktig.report.api",
		"se.livsviktig.report.service");

	private static final String _SURVEY_SOURCE =
		"se.livsviktig.report.internal.figures.source.SurveyReportFigureSource";

}
