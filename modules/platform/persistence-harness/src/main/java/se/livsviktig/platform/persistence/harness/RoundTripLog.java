package se.livsviktig.platform.persistence.harness;

import java.sql.Connection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What one thread sends to PostgreSQL, in order and per connection: each statement's SQL, and the calls on a
 * connection that are a round trip of their own (the driver's {@code SHOW TRANSACTION ISOLATION LEVEL} behind
 * getTransactionIsolation, the isolation's SET, COMMIT, ROLLBACK). For a test that wants to know what runs while
 * a row lock is held, which a count alone cannot say. Works only where {@link StatementCounter} wraps the pool
 * (-Dlivsviktig.harness.countStatements=true), and records nothing outside {@link #record}.
 */
public final class RoundTripLog {

	/**
	 * Runs the work on this thread and returns it with what it sent, commit callbacks included.
	 */
	public static <T> Recorded<T> record(Callable<T> callable) throws Exception {
		if (!StatementCounter.isEnabled()) {
			throw new IllegalStateException("Round trips are logged only with -D" + StatementCounter.PROPERTY + "=true");
		}

		List<RoundTrip> roundTrips = new ArrayList<>();

		_recording.set(new Recording(roundTrips));

		try {
			T result = callable.call();

			return new Recorded<>(result, Collections.unmodifiableList(roundTrips));
		}
		finally {
			_recording.remove();
		}
	}

	static void connectionCall(Connection connection, String methodName) {
		Recording recording = _recording.get();

		if (recording == null) {
			return;
		}

		String what = _CONNECTION_ROUND_TRIPS.get(methodName);

		if (what != null) {
			recording.add(connection, what);
		}
	}

	static void statement(Connection connection, String sql) {
		Recording recording = _recording.get();

		if (recording != null) {
			recording.add(connection, String.valueOf(sql));
		}
	}

	private RoundTripLog() {
	}

	private static final Map<String, String> _CONNECTION_ROUND_TRIPS = Map.of(
		"commit", "COMMIT", "getTransactionIsolation", "SHOW TRANSACTION ISOLATION LEVEL", "rollback", "ROLLBACK",
		"setTransactionIsolation", "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL");

	private static final ThreadLocal<Recording> _recording = new ThreadLocal<>();

	/**
	 * Work's result and its round trips in the order they were sent.
	 */
	public static final class Recorded<T> {

		public T result() {
			return _result;
		}

		public List<RoundTrip> roundTrips() {
			return _roundTrips;
		}

		private Recorded(T result, List<RoundTrip> roundTrips) {
			_result = result;
			_roundTrips = roundTrips;
		}

		private final T _result;
		private final List<RoundTrip> _roundTrips;

	}

	/**
	 * One round trip: which of the recording's connections (numbered 1, 2, ... in the order they were first used)
	 * and what went.
	 */
	public static final class RoundTrip {

		public int connection() {
			return _connection;
		}

		public String sql() {
			return _sql;
		}

		@Override
		public String toString() {
			return "#" + _connection + " " + _sql;
		}

		private RoundTrip(int connection, String sql) {
			_connection = connection;
			_sql = sql;
		}

		private final int _connection;
		private final String _sql;

	}

	private static final class Recording {

		void add(Connection connection, String sql) {
			Integer number = _connections.computeIfAbsent(connection, key -> _connections.size() + 1);

			_roundTrips.add(new RoundTrip(number, sql));
		}

		private Recording(List<RoundTrip> roundTrips) {
			_roundTrips = roundTrips;
		}

		private final Map<Connection, Integer> _connections = new IdentityHashMap<>();
		private final List<RoundTrip> _roundTrips;

	}

}
