package se.livsviktig.platform.db.harness;

import java.util.EnumMap;
import java.util.Map;

/**
 * The servers of this JVM: each started on first use, then shared by every test class, and stopped when the test
 * run ends (see {@link FreshDatabases}) or, failing that, when the JVM exits.
 */
public final class DatabaseServers {

	public static synchronized DatabaseServer get(Vendor vendor) {
		DatabaseServer databaseServer = _servers.get(vendor);

		if (databaseServer != null) {
			return databaseServer;
		}

		DatabaseServerUnavailableException failure = _failures.get(vendor);

		if (failure != null) {

			// Trying again for every test class would only repeat the same minute-long failure.

			throw new DatabaseServerUnavailableException(failure.getMessage(), failure);
		}

		_registerShutdownHook();

		try {
			databaseServer = (vendor == Vendor.POSTGRESQL) ? PostgreSQLServer.start() : MariaDBServer.start();
		}
		catch (DatabaseServerUnavailableException databaseServerUnavailableException) {
			_failures.put(vendor, databaseServerUnavailableException);

			throw databaseServerUnavailableException;
		}

		_servers.put(vendor, databaseServer);

		return databaseServer;
	}

	public static synchronized void stopAll() {
		RuntimeException failure = null;

		for (DatabaseServer databaseServer : _servers.values()) {
			try {
				databaseServer.stop();
			}
			catch (RuntimeException runtimeException) {
				if (failure == null) {
					failure = runtimeException;
				}
				else {
					failure.addSuppressed(runtimeException);
				}
			}
		}

		_servers.clear();

		if (failure != null) {
			throw failure;
		}
	}

	private static void _registerShutdownHook() {
		if (_shutdownHookRegistered) {
			return;
		}

		_shutdownHookRegistered = true;

		Runtime runtime = Runtime.getRuntime();

		runtime.addShutdownHook(new Thread(DatabaseServers::stopAll, "stop test database servers"));
	}

	private DatabaseServers() {
	}

	private static final Map<Vendor, DatabaseServerUnavailableException> _failures = new EnumMap<>(Vendor.class);
	private static final Map<Vendor, DatabaseServer> _servers = new EnumMap<>(Vendor.class);
	private static boolean _shutdownHookRegistered;

}
