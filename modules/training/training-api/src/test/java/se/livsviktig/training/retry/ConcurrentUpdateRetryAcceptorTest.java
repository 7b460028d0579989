package se.livsviktig.training.retry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The acceptor tells a lost optimistic-lock race, however wrapped, from every other failure. The real
 * Hibernate and Spring exceptions are retried on the persistence tier; here a stand-in is named.
 *
 * @author Livsviktig
 */
public class ConcurrentUpdateRetryAcceptorTest {

	@Test
	public void aConflictWrappedByTheKernelIsRetried() {
		Exception conflict = new RuntimeException(
			"system", new IllegalStateException("orm", new StaleRow()));

		assertTrue(_acceptor.acceptException(conflict, _properties));
	}

	@Test
	public void aSubclassOfANamedExceptionIsRetried() {
		assertTrue(_acceptor.acceptException(new StaleRowSubclass(), _properties));
	}

	@Test
	public void anyOtherFailureIsNotRetried() {
		assertFalse(
			_acceptor.acceptException(
				new IllegalStateException(new NullPointerException()),
				_properties));
	}

	@Test
	public void theDefaultNamesAreHibernatesJPAsAndSpringsOptimisticLockFailures() {
		assertFalse(
			_acceptor.acceptException(new StaleRow(), Collections.emptyMap()));
		assertTrue(
			ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES.contains(
				"org.hibernate.StaleStateException"));
		assertTrue(
			ConcurrentUpdateRetryAcceptor.OPTIMISTIC_LOCK_FAILURES.contains(
				"org.springframework.dao.OptimisticLockingFailureException"));
	}

	@Test
	public void resultsAreNeverRetried() {
		assertFalse(_acceptor.acceptResult(null, _properties));
	}

	private final ConcurrentUpdateRetryAcceptor _acceptor =
		new ConcurrentUpdateRetryAcceptor();
	private final Map<String, String> _properties = Collections.singletonMap(
		ConcurrentUpdateRetryAcceptor.EXCEPTION_NAMES,
		"java.io.EOFException," + StaleRow.class.getName());

	private static class StaleRow extends RuntimeException {
	}

	private static class StaleRowSubclass extends StaleRow {
	}

}
