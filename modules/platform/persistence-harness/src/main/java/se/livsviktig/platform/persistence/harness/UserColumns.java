package se.livsviktig.platform.persistence.harness;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

/**
 * What an erasure test asks of the database after the app's anonymisers ran: which columns of the app's tables still
 * name the person. A user column is one whose name ends in {@code userid} (holding the user's id) or
 * {@code username} (holding their full name), as Service Builder names them; reading every table of the app from the
 * database's own catalogue means a table or column added later is checked without changing the test.
 */
public final class UserColumns {

	/**
	 * @param tableNamePattern the app's tables as the database's catalogue names them, e.g. {@code lvsurvey_%}
	 */
	public static UserColumns of(DataSource dataSource, String tableNamePattern) {
		return new UserColumns(dataSource, tableNamePattern);
	}

	/**
	 * @return each user column that holds the user's id or full name, as {@code table.column}, sorted
	 */
	public List<String> naming(long userId, String fullName) throws SQLException {
		List<String> columns = new ArrayList<>();

		try (Connection connection = _dataSource.getConnection()) {
			DatabaseMetaData databaseMetaData = connection.getMetaData();

			for (String tableName : _tableNames(databaseMetaData)) {
				try (ResultSet resultSet = databaseMetaData.getColumns(null, null, tableName, null)) {
					while (resultSet.next()) {
						String columnName = resultSet.getString("COLUMN_NAME");

						Object value = null;

						if (columnName.endsWith("userid")) {
							value = userId;
						}
						else if (columnName.endsWith("username")) {
							value = fullName;
						}

						if ((value != null) && _holds(connection, tableName, columnName, value)) {
							columns.add(tableName + "." + columnName);
						}
					}
				}
			}
		}

		Collections.sort(columns);

		return columns;
	}

	/**
	 * @return the app's tables, sorted, for the test to check that none it expects is missing from the scan
	 */
	public List<String> tableNames() throws SQLException {
		try (Connection connection = _dataSource.getConnection()) {
			return _tableNames(connection.getMetaData());
		}
	}

	private static boolean _holds(Connection connection, String tableName, String columnName, Object value)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from " + tableName + " where " + columnName + " = ?")) {

			preparedStatement.setObject(1, value);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1) > 0;
			}
		}
	}

	private UserColumns(DataSource dataSource, String tableNamePattern) {
		_dataSource = dataSource;
		_tableNamePattern = tableNamePattern;
	}

	private List<String> _tableNames(DatabaseMetaData databaseMetaData) throws SQLException {
		List<String> tableNames = new ArrayList<>();

		try (ResultSet resultSet = databaseMetaData.getTables(null, null, _tableNamePattern, new String[] {"TABLE"})) {
			while (resultSet.next()) {
				tableNames.add(resultSet.getString("TABLE_NAME"));
			}
		}

		Collections.sort(tableNames);

		return tableNames;
	}

	private final DataSource _dataSource;
	private final String _tableNamePattern;

}
