package se.livsviktig.platform.persistence.harness;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import java.sql.Connection;
import java.sql.Statement;

import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

/**
 * Counts the SQL statements the harness's pool sends to PostgreSQL, for a benchmark that wants to know how many
 * statements a page costs. Off by default: only when the JVM runs with {@value #PROPERTY}=true does
 * {@link ConnectionPool} put the counting wrapper between HikariCP and the database's DataSource; otherwise the
 * pool gets the DataSource as before and nothing is counted.
 *
 * <p>
 * One count for each call of an execute method (execute, executeQuery, executeUpdate, executeBatch,
 * executeLargeUpdate, executeLargeBatch) on a Statement, PreparedStatement or CallableStatement that a pooled
 * connection made: everything Hibernate, the DSL queries and the counter service run. An executeBatch is one count
 * however many rows it carries. Not counted: the transaction's own commands (JDBC's setAutoCommit, commit and
 * rollback, which the driver sends as BEGIN/COMMIT/ROLLBACK) and HikariCP's Connection.isValid checks. The count is
 * one for the whole JVM, from every thread: read it around work that runs alone.
 * </p>
 */
public final class StatementCounter {

	public static final String PROPERTY = "livsviktig.harness.countStatements";

	/**
	 * Statements executed since the JVM started or the last {@link #reset()}.
	 *
	 * @throws IllegalStateException if counting is off: a count of zero would look like a result
	 */
	public static long count() {
		if (!isEnabled()) {
			throw new IllegalStateException("Statements are counted only with -D" + PROPERTY + "=true");
		}

		return _count.get();
	}

	public static boolean isEnabled() {
		return Boolean.getBoolean(PROPERTY);
	}

	public static void reset() {
		_count.set(0);
	}

	/**
	 * The DataSource itself when counting is off, else one whose connections count their statements.
	 */
	static DataSource wrapIfEnabled(DataSource dataSource) {
		if (!isEnabled()) {
			return dataSource;
		}

		return (DataSource)_proxy(DataSource.class, dataSource);
	}

	private static Object _invoke(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException invocationTargetException) {
			throw invocationTargetException.getCause();
		}
	}

	private static Object _proxy(Class<?> type, Object target) {
		return _proxy(type, target, null, null);
	}

	/**
	 * @param connection the physical connection a statement belongs to (the connection itself for a connection)
	 * @param sql the SQL a prepared statement was made from
	 */
	private static Object _proxy(Class<?> type, Object target, Connection connection, String sql) {
		InvocationHandler invocationHandler = (proxy, method, arguments) -> {
			if (method.getDeclaringClass() == Object.class) {
				if (method.getName().equals("equals")) {
					return proxy == arguments[0];
				}

				if (method.getName().equals("hashCode")) {
					return System.identityHashCode(proxy);
				}
			}

			String name = method.getName();

			if ((target instanceof Statement) && name.startsWith("execute")) {
				_count.incrementAndGet();

				RoundTripLog.statement(
					connection, ((arguments != null) && (arguments.length > 0) && (arguments[0] instanceof String)) ?
						(String)arguments[0] : sql);
			}
			else if (target instanceof Connection) {
				RoundTripLog.connectionCall((Connection)target, name);
			}

			Object result = _invoke(target, method, arguments);

			// Connections from the DataSource, statements from the connections; unwrap and the rest stay as they are.

			Class<?> returnType = method.getReturnType();

			if ((result != null) && !name.equals("unwrap")) {
				if (returnType == Connection.class) {
					return _proxy(returnType, result, (Connection)result, null);
				}

				if (Statement.class.isAssignableFrom(returnType)) {
					String statementSql = null;

					if (name.startsWith("prepare") && (arguments != null) && (arguments[0] instanceof String)) {
						statementSql = (String)arguments[0];
					}

					return _proxy(returnType, result, (Connection)target, statementSql);
				}
			}

			return result;
		};

		return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocationHandler);
	}

	private StatementCounter() {
	}

	private static final AtomicLong _count = new AtomicLong();

}
