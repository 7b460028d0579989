package se.livsviktig.platform.db.harness;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own databases, created on first use and dropped after the class, optionally with a
 * Service Builder module's schema already applied. Register it in a static field:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final FreshDatabases databases = FreshDatabases.withSchemaOf(FooPersistenceImpl.class);
 * </pre>
 *
 * The servers themselves start once per JVM and stop when the whole test run ends.
 */
public final class FreshDatabases implements AfterAllCallback, BeforeAllCallback {

	public static FreshDatabases empty() {
		return new FreshDatabases(null);
	}

	/**
	 * Databases that already hold the tables, sequences and indexes of the Service Builder module that contains
	 * the given class.
	 */
	public static FreshDatabases withSchemaOf(Class<?> anyClassOfServiceModule) {
		return new FreshDatabases(ServiceBuilderSql.of(anyClassOfServiceModule));
	}

	@Override
	public void afterAll(ExtensionContext extensionContext) {
		try {
			for (TestDatabase testDatabase : _databases.values()) {
				testDatabase.drop();
			}
		}
		finally {
			_databases.clear();
		}
	}

	@Override
	public void beforeAll(ExtensionContext extensionContext) {
		StopServersAtEndOfRun.register(extensionContext);

		_testClassName = extensionContext.getRequiredTestClass().getSimpleName();
	}

	/**
	 * This test class's database on the given vendor's server, created (and given its schema) on first use.
	 */
	public synchronized TestDatabase get(Vendor vendor) {
		TestDatabase testDatabase = _databases.get(vendor);

		if (testDatabase != null) {
			return testDatabase;
		}

		testDatabase = TestDatabase.create(DatabaseServers.get(vendor), _newDatabaseName());

		if (_schema != null) {
			try {
				_schema.applyTo(testDatabase);
			}
			catch (RuntimeException runtimeException) {

				// Never hand a half-built schema to the next test: it would fail for the wrong reason.

				testDatabase.drop();

				throw runtimeException;
			}
		}

		_databases.put(vendor, testDatabase);

		return testDatabase;
	}

	private FreshDatabases(ServiceBuilderSql schema) {
		_schema = schema;
	}

	private String _newDatabaseName() {
		String name = "lv" + _sequence.incrementAndGet() + "_" + _testClassName.toLowerCase(Locale.ROOT);

		name = name.replaceAll("[^a-z0-9_]", "_");

		// PostgreSQL keeps 63 characters of a name and MariaDB 64; the sequence number keeps short names unique.

		return (name.length() > 60) ? name.substring(0, 60) : name;
	}

	private static final AtomicInteger _sequence = new AtomicInteger();

	private final Map<Vendor, TestDatabase> _databases = new EnumMap<>(Vendor.class);
	private final ServiceBuilderSql _schema;
	private String _testClassName = "test";

}
