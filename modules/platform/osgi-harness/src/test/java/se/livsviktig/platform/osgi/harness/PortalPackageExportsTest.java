package se.livsviktig.platform.osgi.harness;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
class PortalPackageExportsTest {

	@BeforeAll
	static void readPortalApi() throws Exception {
		_apiJar = PortalApiJar.locate();
		_versions = PortalPackageExports.versions(_apiJar);
	}

	@Test
	void kernelPackagesHaveTheirPackageinfoVersion() {
		assertAll(
			() -> assertEquals(
				"30.0.0", _versions.get("com.liferay.portal.kernel.service")),
			() -> assertEquals(
				"74.0.0", _versions.get("com.liferay.portal.kernel.util")));
	}

	@Test
	void osgiPackagesHaveTheVersionOfTheirPackageInfoAnnotation() {
		assertEquals(
			"1.4.0",
			_versions.get("org.osgi.service.component.runtime"));
	}

	@Test
	void embeddedThirdPartyApisHaveTheirLibraryVersion() {
		assertAll(
			() -> assertEquals("3.0.1", _versions.get("javax.portlet")),
			() -> assertEquals("3.1.0", _versions.get("javax.servlet.http")),
			() -> assertEquals(
				"1.2.2", _versions.get("javax.servlet.jsp.jstl.core")));
	}

	@Test
	void packagesTheFrameworkProvidesAreNotExportedAgain() throws Exception {
		String clause = PortalPackageExports.clause(_apiJar, List.of());

		assertAll(
			() -> assertTrue(
				clause.contains(
					"com.liferay.portal.kernel.service;version=\"30.0.0\"")),
			() -> assertFalse(clause.contains("org.osgi.framework;")),
			() -> assertFalse(clause.contains("org.osgi.util.tracker;")));
	}

	@Test
	void theCalendarIsExportedUnlessTheRunLeavesItOut() throws Exception {
		String withCalendar = PortalPackageExports.clause(_apiJar, List.of());
		String withoutCalendar = PortalPackageExports.clause(
			_apiJar, List.of("com.liferay.calendar"));

		assertAll(
			() -> assertTrue(
				withCalendar.contains("com.liferay.calendar.service;version=")),
			() -> assertFalse(withoutCalendar.contains("com.liferay.calendar.")),
			() -> assertTrue(
				withoutCalendar.contains(
					"com.liferay.portal.kernel.service;version=\"30.0.0\"")));
	}

	@Test
	void everyPortalTaglibUriBecomesACapability() throws Exception {
		String clause = TaglibCapabilities.clause(_apiJar);

		assertTrue(
			clause.contains(
				"osgi.extender;osgi.extender=\"jsp.taglib\";" +
					"uri=\"http://liferay.com/tld/clay\""));
	}

	private static Path _apiJar;
	private static Map<String, String> _versions;

}
