package se.livsviktig.instructor.test.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.livsviktig.platform.db.harness.LiferaySql;
import se.livsviktig.platform.db.harness.TestDatabase;

/**
 * The portal's own Organization_, User_ and Users_Orgs tables (their DDL from the portal's portal-tables.sql) in
 * the persistence tier's database, created once: the harness empties only the bundle's own tables between test
 * classes, so the second class that needs them finds them already there.
 *
 * @author Livsviktig
 */
final class PortalUserTables {

	static synchronized void createIn(TestDatabase testDatabase) {
		if (_exist(testDatabase)) {
			return;
		}

		String portalTablesSql;

		try (InputStream inputStream =
				PortalUserTables.class.getClassLoader(
				).getResourceAsStream(
					"com/liferay/portal/tools/sql/dependencies/portal-tables.sql"
				)) {

			portalTablesSql = new String(
				inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		for (String tableName :
				new String[] {"Organization_", "User_", "Users_Orgs"}) {

			Matcher matcher = Pattern.compile(
				"create table " + Pattern.quote(tableName) + " \\(.*?\\);",
				Pattern.DOTALL
			).matcher(
				portalTablesSql
			);

			if (!matcher.find()) {
				throw new IllegalStateException(
					"portal-tables.sql has no table " + tableName);
			}

			LiferaySql.run(testDatabase, matcher.group());
		}
	}

	private static boolean _exist(TestDatabase testDatabase) {
		try (Connection connection = testDatabase.connect();
			Statement statement = connection.createStatement()) {

			statement.executeQuery(
				"select count(*) from Users_Orgs"
			).close();

			return true;
		}
		catch (SQLException sqlException) {
			return false;
		}
	}

}
