package se.livsviktig.platform.persistence.harness;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.petra.function.UnsafeRunnable;

import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import se.livsviktig.platform.db.harness.StopServersAtEndOfRun;
import se.livsviktig.platform.db.harness.TestDatabase;

/**
 * T3p for JUnit 5: a service bundle's generated persistence and local services on the real stack and a real
 * PostgreSQL database. Register it in a static field with any class of the service bundle:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PersistenceHarness harness = PersistenceHarness.forServiceBundle(FooPersistenceImpl.class);
 * </pre>
 *
 * The bundle is assembled once per JVM. Each test class starts on empty tables; before each test the portal
 * service doubles lose their stubbing, so a test stubs what it needs (for example in a @BeforeEach).
 */
public final class PersistenceHarness implements BeforeAllCallback, BeforeEachCallback {

	public static PersistenceHarness forServiceBundle(Class<?> anyClassOfServiceBundle) {
		return new PersistenceHarness(anyClassOfServiceBundle);
	}

	/**
	 * Wraps a test's own service object in the portal's AOP chain with this bundle's transactions, so a test can
	 * try @Transactional and @Retry on code that the bundle does not have yet.
	 */
	public <T> T aopProxy(Class<T> serviceInterface, Object target) {
		return serviceInterface.cast(_serviceBundle().aopProxy(target, new Class<?>[] {serviceInterface}));
	}

	@Override
	public void beforeAll(ExtensionContext extensionContext) {
		StopServersAtEndOfRun.register(extensionContext);

		truncateTables();
	}

	@Override
	public void beforeEach(ExtensionContext extensionContext) {
		_serviceBundle().portalServiceDoubles().resetAll();
	}

	/**
	 * The portal's counter service, as the bundle's local services have it.
	 */
	public CounterLocalService counterLocalService() {
		return _serviceBundle().counterLocalService();
	}

	/**
	 * The bundle's database, for reading what really got committed with plain JDBC.
	 */
	public TestDatabase database() {
		return _serviceBundle().database();
	}

	/**
	 * The pool the bundle's transactions and the counter take their connections from, for a benchmark's baseline
	 * that must compete for the same connections of the same database as the services do.
	 */
	public DataSource pooledDataSource() {
		return _serviceBundle().pooledDataSource();
	}

	/**
	 * A generated persistence ({@code FooPersistence}) or a local service ({@code FooLocalService}, the AOP proxy
	 * that other components get) of the bundle.
	 */
	public <T> T get(Class<T> type) {
		return _serviceBundle().service(type);
	}

	/**
	 * The Mockito double that stands for a portal service the bundle references, for stubbing and verifying.
	 */
	public <T> T portalService(Class<T> type) {
		return _serviceBundle().portalServiceDoubles().mock(type);
	}

	/**
	 * Sends every call of a portal service's double to the given implementation instead of its Mockito double,
	 * until the next test: for a benchmark's hot path, where Mockito's work on each call (matching the stubbing,
	 * recording the call and a walk of the stack for its location) costs more than the portal's service would.
	 */
	public <T> void answerPortalService(Class<T> type, T implementation) {
		_serviceBundle().portalServiceDoubles().answerWith(type, implementation);
	}

	/**
	 * Runs the callable in a read-write transaction, as a local service method would: it commits when the
	 * callable returns and rolls back when it throws. Persistence outside a transaction fails, as in the portal.
	 */
	public <T> T inTransaction(Callable<T> callable) throws Exception {
		return _serviceBundle().transactions().required(callable);
	}

	/**
	 * As {@link #inTransaction(Callable)}, for work that returns nothing.
	 */
	public void runInTransaction(UnsafeRunnable<Exception> unsafeRunnable) throws Exception {
		inTransaction(
			() -> {
				unsafeRunnable.run();

				return null;
			});
	}

	/**
	 * SQL statements executed through the bundle's pool since the last {@link #resetStatementCount()}, when the JVM
	 * runs with -Dlivsviktig.harness.countStatements=true (see {@link StatementCounter}: what counts, and why it is
	 * off by default).
	 *
	 * @throws IllegalStateException if counting is off
	 */
	public long statementCount() {
		return StatementCounter.count();
	}

	public void resetStatementCount() {
		StatementCounter.reset();
	}

	/**
	 * Empties every table of the bundle, as {@link #beforeAll(ExtensionContext)} does for a test class, for code
	 * that uses the harness without JUnit (a benchmark's main). The Counter table stays.
	 */
	public void truncateTables() {
		_serviceBundle().truncateTables();
	}

	private PersistenceHarness(Class<?> anyClassOfServiceBundle) {
		_anyClassOfServiceBundle = anyClassOfServiceBundle;
	}

	private ServiceBundle _serviceBundle() {
		return ServiceBundle.of(_anyClassOfServiceBundle);
	}

	private final Class<?> _anyClassOfServiceBundle;

}
