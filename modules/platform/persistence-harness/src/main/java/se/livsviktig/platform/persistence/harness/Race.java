package se.livsviktig.platform.persistence.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Runs the same call from several threads released together by a barrier, and reports how each one ended. The
 * order in which they then reach the database is the database's business; a test asserts on outcomes that hold
 * for every order (exactly one commits, no seat is lost), never on timing.
 */
public final class Race {

	/**
	 * @param callFactory makes the call for thread 0, 1, ...
	 */
	public static <T> List<Outcome<T>> run(int threads, IntFunction<Callable<T>> callFactory) {
		ExecutorService executorService = Executors.newFixedThreadPool(threads);

		try {
			CyclicBarrier start = new CyclicBarrier(threads);

			List<Future<T>> futures = new ArrayList<>();

			for (int i = 0; i < threads; i++) {
				Callable<T> callable = callFactory.apply(i);

				futures.add(
					executorService.submit(
						() -> {
							start.await();

							return callable.call();
						}));
			}

			List<Outcome<T>> outcomes = new ArrayList<>();

			for (Future<T> future : futures) {
				outcomes.add(_outcome(future));
			}

			return outcomes;
		}
		finally {
			executorService.shutdownNow();
		}
	}

	private static <T> Outcome<T> _outcome(Future<T> future) {
		try {

			// A guard against a deadlocked test, not a timing assertion.

			return Outcome.success(future.get(_DEADLOCK_GUARD_SECONDS, TimeUnit.SECONDS));
		}
		catch (ExecutionException executionException) {
			return Outcome.failure(executionException.getCause());
		}
		catch (TimeoutException timeoutException) {
			throw new IllegalStateException(
				"A racing call did not finish in " + _DEADLOCK_GUARD_SECONDS + " s: deadlock?", timeoutException);
		}
		catch (InterruptedException interruptedException) {
			Thread.currentThread().interrupt();

			throw new IllegalStateException(interruptedException);
		}
	}

	private Race() {
	}

	private static final long _DEADLOCK_GUARD_SECONDS = 60;

	/**
	 * How one racing call ended: its result, or what it threw.
	 */
	public static final class Outcome<T> {

		public Throwable failure() {
			return _failure;
		}

		/**
		 * Whether the failure, or anything in its cause chain, is of the given type.
		 */
		public boolean failedWith(Class<? extends Throwable> type) {
			return CauseChain.contains(_failure, type);
		}

		public T result() {
			return _result;
		}

		public boolean succeeded() {
			return _failure == null;
		}

		@Override
		public String toString() {
			return succeeded() ? "success: " + _result : "failure: " + _failure;
		}

		static <T> Outcome<T> failure(Throwable failure) {
			return new Outcome<>(null, failure);
		}

		static <T> Outcome<T> success(T result) {
			return new Outcome<>(result, null);
		}

		private Outcome(T result, Throwable failure) {
			_result = result;
			_failure = failure;
		}

		private final Throwable _failure;
		private final T _result;

	}

}
