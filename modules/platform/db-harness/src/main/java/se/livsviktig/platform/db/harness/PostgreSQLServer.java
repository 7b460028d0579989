package se.livsviktig.platform.db.harness;

import java.nio.file.Path;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * PostgreSQL 15 in a temporary data directory, on a free loopback port, durability off (fsync, synchronous
 * commit, full-page writes): the data is thrown away at the end of the run, so only speed matters.
 */
final class PostgreSQLServer implements DatabaseServer {

	static PostgreSQLServer start() {
		Path binDirectory = Executables.require(
			"initdb", "livsviktig.postgresql.bin", "apt-get install postgresql-15",
			"/usr/lib/postgresql/15/bin"
		).getParent();

		String version = Commands.run(binDirectory.resolve("postgres").toString(), "--version");

		if (!version.contains("PostgreSQL) 15.")) {
			throw new DatabaseServerUnavailableException(
				"The tier runs on PostgreSQL 15, but " + binDirectory + " holds " + version.trim());
		}

		TemporaryDirectory dataDirectory = TemporaryDirectory.create("livsviktig-postgresql-", _OS_USER);

		int port = LoopbackPorts.free();

		try {
			// C.UTF-8, not C: under C, lower() folds ASCII only, so a search for "ö" would not find "Ö". C.UTF-8 folds
			// every letter and still sorts by code point; a production database needs a UTF-8 locale for the same
			// reason (README).

			Commands.run(
				Commands.asUser(
					_OS_USER, binDirectory.resolve("initdb").toString(), "--pgdata=" + dataDirectory.path(),
					"--username=" + _USER, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"));

			Commands.run(
				Commands.asUser(
					_OS_USER, binDirectory.resolve("pg_ctl").toString(), "start", "--wait", "--timeout=60",
					"--pgdata=" + dataDirectory.path(), "--log=" + dataDirectory.path().resolve("server.log"),
					"--options=-c listen_addresses=127.0.0.1 -p " + port + " -c unix_socket_directories=" +
						dataDirectory.path() +
							" -c fsync=off -c synchronous_commit=off -c full_page_writes=off" +
								" -c max_connections=300"));
		}
		catch (RuntimeException runtimeException) {
			dataDirectory.delete();

			throw runtimeException;
		}

		return new PostgreSQLServer(binDirectory, dataDirectory, port);
	}

	@Override
	public void createDatabase(String databaseName) {
		_executeAsAdministrator("create database " + databaseName);
	}

	@Override
	public DataSource dataSource(String databaseName) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();

		dataSource.setDatabaseName(databaseName);
		dataSource.setPortNumbers(new int[] {_port});
		dataSource.setServerNames(new String[] {_HOST});
		dataSource.setUser(_USER);

		return dataSource;
	}

	@Override
	public void dropDatabase(String databaseName) {
		_executeAsAdministrator("drop database if exists " + databaseName + " with (force)");
	}

	@Override
	public String jdbcUrl(String databaseName) {
		return "jdbc:postgresql://" + _HOST + ":" + _port + "/" + databaseName;
	}

	@Override
	public synchronized void stop() {
		if (_stopped) {
			return;
		}

		_stopped = true;

		try {
			Commands.run(
				Commands.asUser(
					_OS_USER, _binDirectory.resolve("pg_ctl").toString(), "stop", "--wait", "--mode=immediate",
					"--pgdata=" + _dataDirectory.path()));
		}
		finally {
			_dataDirectory.delete();
		}
	}

	@Override
	public String toString() {
		return Vendor.POSTGRESQL + " on " + _HOST + ":" + _port;
	}

	@Override
	public Vendor vendor() {
		return Vendor.POSTGRESQL;
	}

	private PostgreSQLServer(Path binDirectory, TemporaryDirectory dataDirectory, int port) {
		_binDirectory = binDirectory;
		_dataDirectory = dataDirectory;
		_port = port;
	}

	private void _executeAsAdministrator(String sql) {
		try (Connection connection = dataSource("postgres").getConnection();
			Statement statement = connection.createStatement()) {

			statement.execute(sql);
		}
		catch (SQLException sqlException) {
			throw new IllegalStateException(sql + " failed on " + this, sqlException);
		}
	}

	private static final String _HOST = "127.0.0.1";

	private static final String _OS_USER = "postgres";

	private static final String _USER = "postgres";

	private final Path _binDirectory;
	private final TemporaryDirectory _dataDirectory;
	private final int _port;
	private boolean _stopped;

}
