package se.livsviktig.instructor.internal.upgrade.v1_1_0;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class TextColumnsUpgradeProcessTest {

	@Test
	public void everyColumnIsWidenedToTheTypeAFreshSchemaGivesIt()
		throws Exception {

		String tablesSql = Files.readString(
			Path.of("src/main/resources/META-INF/sql/tables.sql"));

		for (String[] column : TextColumnsUpgradeProcess.COLUMNS) {
			assertEquals(
				column[2].replace(" null", ""),
				_type(tablesSql, column[0], column[1]),
				column[0] + "." + column[1]);
		}
	}

	@Test
	public void noTextColumnOfASchemaOneTableIsLeftAtTheDefaultLengthUnlessItsServiceSaysSo()
		throws Exception {

		// The columns whose texts are at most 75 characters by their service's own limit (or are names the
		// portal itself keeps at 75), and a certification's sex category (female, male or unknown).

		List<String> seventyFive = Arrays.asList(
			"uuid_", "userName", "issuer", "number_", "stateByUserName",
			"noticeKind", "sex");

		String tablesSql = Files.readString(
			Path.of("src/main/resources/META-INF/sql/tables.sql"));

		Matcher matcher = Pattern.compile(
			"\\n\\t(\\w+) VARCHAR\\(75\\)"
		).matcher(
			tablesSql
		);

		while (matcher.find()) {
			assertTrue(
				seventyFive.contains(matcher.group(1)),
				matcher.group(1) + " is VARCHAR(75)");
		}
	}

	@Test
	public void theStepAltersEachColumn() throws Exception {
		List<String> altered = new ArrayList<>();

		TextColumnsUpgradeProcess textColumnsUpgradeProcess =
			new TextColumnsUpgradeProcess() {

				@Override
				protected void alterColumnType(
					String tableName, String columnName, String newColumnType) {

					altered.add(
						tableName + "." + columnName + " " + newColumnType);
				}

			};

		textColumnsUpgradeProcess.doUpgrade();

		assertEquals(TextColumnsUpgradeProcess.COLUMNS.length, altered.size());
		assertTrue(
			altered.contains(
				"LVInstructor_NetworkMeeting.agenda TEXT null"),
			altered.toString());
		assertTrue(
			altered.contains(
				"LVInstructor_Certification.stateReason VARCHAR(500) null"),
			altered.toString());
	}

	private static String _type(
		String tablesSql, String tableName, String columnName) {

		int start = tablesSql.indexOf("create table " + tableName + " (");

		assertTrue(start >= 0, tableName);

		String table = tablesSql.substring(
			start, tablesSql.indexOf(");", start));

		Matcher matcher = Pattern.compile(
			"\\n\\t" + columnName + " ([A-Z]+(\\(\\d+\\))?)"
		).matcher(
			table
		);

		assertTrue(matcher.find(), tableName + "." + columnName);

		return matcher.group(1);
	}

}
