package se.livsviktig.platform.db.harness;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.List;

/**
 * Service Builder SQL (tables.sql, indexes.sql, sequences.sql, upgrade SQL) runs on a real database only after
 * Liferay's DB class for that database has translated it, exactly as the portal does when it deploys a module.
 */
public final class LiferaySql {

	/**
	 * Translates portable SQL for the vendor with Liferay's own {@code DB.buildSQL}.
	 */
	public static String translate(Vendor vendor, String portableSql) {
		PortalProperties.ensureLoaded();

		try {
			return vendor.createLiferayDB().buildSQL(portableSql);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
		catch (SQLException sqlException) {
			throw new IllegalStateException(sqlException);
		}
	}

	/**
	 * Translates and runs portable SQL, one statement at a time. The failing statement is named in the error, so
	 * a generated line the database refuses is easy to find.
	 */
	public static void run(TestDatabase testDatabase, String portableSql) {
		List<String> statements = SqlStatements.split(translate(testDatabase.vendor(), portableSql));

		try (Connection connection = testDatabase.connect();
			Statement statement = connection.createStatement()) {

			for (String sql : statements) {
				try {
					statement.execute(sql);
				}
				catch (SQLException sqlException) {
					throw new IllegalStateException(
						testDatabase.vendor() + " refused: " + sql + "\n" + sqlException.getMessage(), sqlException);
				}
			}
		}
		catch (SQLException sqlException) {
			throw new IllegalStateException("Unable to connect to " + testDatabase, sqlException);
		}
	}

	private LiferaySql() {
	}

}
