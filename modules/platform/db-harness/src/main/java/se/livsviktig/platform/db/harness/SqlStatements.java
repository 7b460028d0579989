package se.livsviktig.platform.db.harness;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the SQL that Service Builder writes and Liferay's DB classes translate into single statements: one
 * statement ends where a line ends with a semicolon. JDBC drivers take one statement at a time.
 */
public final class SqlStatements {

	public static List<String> split(String sql) {
		List<String> statements = new ArrayList<>();

		StringBuilder statement = new StringBuilder();

		for (String line : sql.split("\\R")) {
			String trimmed = line.trim();

			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}

			if (statement.length() > 0) {
				statement.append('\n');
			}

			if (trimmed.endsWith(";")) {
				statement.append(line, 0, line.lastIndexOf(';'));

				statements.add(statement.toString().trim());

				statement.setLength(0);
			}
			else {
				statement.append(line);
			}
		}

		if (statement.toString().trim().length() > 0) {
			statements.add(statement.toString().trim());
		}

		return statements;
	}

	private SqlStatements() {
	}

}
