package se.livsviktig.platform.db.harness;

import java.io.IOException;

import java.nio.file.Path;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.mariadb.jdbc.MariaDbDataSource;

/**
 * MariaDB 10.11 in a temporary data directory, on a free loopback port, started with --no-defaults so that no
 * my.cnf on the machine changes what is tested, and with durability off: the data is thrown away after the run.
 */
final class MariaDBServer implements DatabaseServer {

	static MariaDBServer start() {
		Path mariadbd = Executables.require(
			"mariadbd", "livsviktig.mariadb.bin", "apt-get install mariadb-server", "/usr/sbin");
		Path installDb = Executables.require(
			"mariadb-install-db", "livsviktig.mariadb.bin", "apt-get install mariadb-server", "/usr/bin");

		String version = Commands.run(mariadbd.toString(), "--version");

		if (!version.contains("Ver 10.11.")) {
			throw new DatabaseServerUnavailableException(
				"The tier runs on MariaDB 10.11, but " + mariadbd + " is " + version.trim());
		}

		TemporaryDirectory dataDirectory = TemporaryDirectory.create("livsviktig-mariadb-", "root");

		int port = LoopbackPorts.free();

		try {
			List<String> install = new ArrayList<>(
				Arrays.asList(
					installDb.toString(), "--no-defaults", "--datadir=" + dataDirectory.path(),
					"--auth-root-authentication-method=normal", "--skip-test-db", "--skip-name-resolve"));

			if (Commands.isRoot()) {
				install.add("--user=root");
			}

			Commands.run(install);

			List<String> server = new ArrayList<>(
				Arrays.asList(
					mariadbd.toString(), "--no-defaults", "--datadir=" + dataDirectory.path(),
					"--bind-address=" + _HOST, "--port=" + port,
					"--socket=" + dataDirectory.path().resolve("mariadb.sock"),
					"--pid-file=" + dataDirectory.path().resolve("mariadb.pid"), "--skip-name-resolve",
					"--skip-log-bin", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci",
					"--innodb-flush-log-at-trx-commit=0", "--innodb-doublewrite=0", "--innodb-flush-method=nosync",
					"--innodb-buffer-pool-size=64M", "--innodb-log-file-size=16M", "--max-connections=200"));

			if (Commands.isRoot()) {
				server.add("--user=root");
			}

			Process process = ServerProcess.startAndAwait(
				server, "ready for connections", dataDirectory.path().resolve("server.log"));

			return new MariaDBServer(process, dataDirectory, port);
		}
		catch (RuntimeException runtimeException) {
			dataDirectory.delete();

			throw runtimeException;
		}
	}

	@Override
	public void createDatabase(String databaseName) {
		_executeAsAdministrator(
			"create database " + databaseName + " character set utf8mb4 collate utf8mb4_unicode_ci");
	}

	@Override
	public DataSource dataSource(String databaseName) {
		try {
			MariaDbDataSource dataSource = new MariaDbDataSource(jdbcUrl(databaseName));

			dataSource.setUser(_USER);

			return dataSource;
		}
		catch (SQLException sqlException) {
			throw new IllegalStateException(sqlException);
		}
	}

	@Override
	public void dropDatabase(String databaseName) {
		_executeAsAdministrator("drop database if exists " + databaseName);
	}

	@Override
	public String jdbcUrl(String databaseName) {
		return "jdbc:mariadb://" + _HOST + ":" + _port + "/" + databaseName;
	}

	@Override
	public synchronized void stop() {
		if (_stopped) {
			return;
		}

		_stopped = true;

		try {

			// The data is disposable, so there is nothing to flush: kill rather than wait for a clean shutdown.

			ServerProcess.kill(_process);
		}
		finally {
			_dataDirectory.delete();
		}
	}

	@Override
	public String toString() {
		return Vendor.MARIADB + " on " + _HOST + ":" + _port;
	}

	@Override
	public Vendor vendor() {
		return Vendor.MARIADB;
	}

	private MariaDBServer(Process process, TemporaryDirectory dataDirectory, int port) {
		_process = process;
		_dataDirectory = dataDirectory;
		_port = port;
	}

	private void _executeAsAdministrator(String sql) {
		try (Connection connection = dataSource("").getConnection();
			Statement statement = connection.createStatement()) {

			statement.execute(sql);
		}
		catch (SQLException sqlException) {
			throw new IllegalStateException(sql + " failed on " + this, sqlException);
		}
	}

	private static final String _HOST = "127.0.0.1";

	private static final String _USER = "root";

	private final TemporaryDirectory _dataDirectory;
	private final int _port;
	private final Process _process;
	private boolean _stopped;

}
