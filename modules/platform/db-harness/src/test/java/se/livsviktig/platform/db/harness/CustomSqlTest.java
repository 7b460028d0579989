package se.livsviktig.platform.db.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CustomSqlTest {

	@Test
	void liferaysTransformerWritesBooleansAndCastsForEachVendor() {
		String portable = "select CAST_TEXT(name) from T where active = [$TRUE$] and deleted = [$FALSE$]";

		assertEquals(
			"select CAST(name AS TEXT) from T where active = true and deleted = false",
			CustomSql.transform(Vendor.POSTGRESQL, portable));
		assertEquals(
			"select name from T where active = 1 and deleted = 0", CustomSql.transform(Vendor.MARIADB, portable));
	}

}
