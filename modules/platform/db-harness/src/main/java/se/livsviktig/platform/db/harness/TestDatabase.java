package se.livsviktig.platform.db.harness;

import com.liferay.portal.kernel.dao.db.DB;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * One database, made for one test class, on a running server.
 */
public final class TestDatabase {

	public Connection connect() throws SQLException {
		return _dataSource.getConnection();
	}

	public DataSource dataSource() {
		return _dataSource;
	}

	/**
	 * Runs SQL written for this database as is, without translation.
	 */
	public void execute(String sql) throws SQLException {
		try (Connection connection = connect();
			Statement statement = connection.createStatement()) {

			statement.execute(sql);
		}
	}

	public String jdbcUrl() {
		return _databaseServer.jdbcUrl(_name);
	}

	/**
	 * Liferay's own DB object for this database's vendor and version: what the portal uses to translate SQL.
	 */
	public DB liferayDB() {
		return vendor().createLiferayDB();
	}

	public String name() {
		return _name;
	}

	@Override
	public String toString() {
		return _name + " on " + _databaseServer;
	}

	public Vendor vendor() {
		return _databaseServer.vendor();
	}

	/**
	 * Creates a new, empty database on the server. Most tests get theirs from {@link FreshDatabases}; other
	 * harnesses that keep one database for the whole run create it here.
	 */
	public static TestDatabase create(DatabaseServer databaseServer, String name) {
		databaseServer.createDatabase(name);

		return new TestDatabase(databaseServer, name);
	}

	public void drop() {
		_databaseServer.dropDatabase(_name);
	}

	private TestDatabase(DatabaseServer databaseServer, String name) {
		_databaseServer = databaseServer;
		_name = name;

		_dataSource = databaseServer.dataSource(name);
	}

	private final DatabaseServer _databaseServer;
	private final DataSource _dataSource;
	private final String _name;

}
