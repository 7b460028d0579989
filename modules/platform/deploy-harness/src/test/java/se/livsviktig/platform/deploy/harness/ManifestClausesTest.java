package se.livsviktig.platform.deploy.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
class ManifestClausesTest {

	@Test
	void quotedCommasAndTypedAttributesStayInTheirClause() {
		List<ManifestClauses.Clause> clauses = ManifestClauses.parse(
			"osgi.service;objectClass:List<String>=\"a.B,c.D\";uses:=\"a,c\"," +
				"liferay.resource.bundle;bundle.symbolic.name=\"x.y\";" +
					"resource.bundle.base.name=\"content.Language\"");

		assertEquals(2, clauses.size());

		assertEquals("osgi.service", clauses.get(0).name());
		assertEquals(
			Map.of("objectClass", "a.B,c.D"), clauses.get(0).attributes());

		assertEquals("liferay.resource.bundle", clauses.get(1).name());
		assertEquals(
			Map.of(
				"bundle.symbolic.name", "x.y", "resource.bundle.base.name",
				"content.Language"),
			clauses.get(1).attributes());
	}

	@Test
	void noHeaderHasNoClauses() {
		assertEquals(List.of(), ManifestClauses.parse(null));
	}

}
