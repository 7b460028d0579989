package se.livsviktig.training.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.training.internal.registration.CourseSessionRow;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionModelImpl;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * A person's registration holds its session's row by plain JDBC (CourseSessionRow, used by SeatLock on these
 * databases): the row comes back as the session model with every column the model declares, a second transaction
 * that wants the row waits until the first commits and then reads what it wrote, and the seat change is refused if
 * the row's version is not the one read. The SQL is the product's own, on the generated schema, on both databases.
 */
class SeatRowForUpdateIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVTrainingPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theRowIsReadIntoTheModelColumnByColumn(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long courseSessionId = _nextId();

		Map<String, Object> values = _distinctValues(courseSessionId);

		_insert(testDatabase, values);

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			CourseSession courseSession = CourseSessionRow.readForUpdate(connection, courseSessionId);

			Map<String, Object> modelAttributes = courseSession.getModelAttributes();

			for (Map.Entry<String, Object> entry : values.entrySet()) {
				String columnName = entry.getKey();

				String attributeName = modelAttributes.containsKey(columnName) ? columnName :
					columnName.substring(0, columnName.length() - 1);

				assertEquals(
					_comparable(entry.getValue()), _comparable(modelAttributes.get(attributeName)), columnName);
			}

			assertFalse(courseSession.isNew());

			connection.commit();
		}
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void noRowIsNull(Vendor vendor) throws SQLException {
		try (Connection connection = databases.get(vendor).connect()) {
			connection.setAutoCommit(false);

			assertNull(CourseSessionRow.readForUpdate(connection, _nextId()));

			connection.rollback();
		}
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSecondHolderWaitsForTheFirstsCommitAndReadsItsSeats(Vendor vendor) throws Exception {
		TestDatabase testDatabase = databases.get(vendor);

		long courseSessionId = _nextId();

		_insert(testDatabase, _distinctValues(courseSessionId));

		try (Connection first = testDatabase.connect(); Connection second = testDatabase.connect()) {
			first.setAutoCommit(false);
			second.setAutoCommit(false);

			CourseSession held = CourseSessionRow.readForUpdate(first, courseSessionId);

			CompletableFuture<CourseSession> secondRead = CompletableFuture.supplyAsync(
				() -> {
					try {
						return CourseSessionRow.readForUpdate(second, courseSessionId);
					}
					catch (SQLException sqlException) {
						throw new IllegalStateException(sqlException);
					}
				});

			// Not before the first commits: without the row lock the second read returns at once.

			Thread.sleep(500);

			assertFalse(secondRead.isDone(), "the second holder waits for the row");

			held.setSeatsTaken(held.getSeatsTaken() + 1);
			held.setWaitlistedCount(held.getWaitlistedCount() + 2);
			held.setQueueSequence(held.getQueueSequence() + 3);

			long mvccVersion = CourseSessionRow.writeSeats(first, held, new Date());

			first.commit();

			CourseSession secondHeld = secondRead.get(30, TimeUnit.SECONDS);

			assertEquals(held.getSeatsTaken(), secondHeld.getSeatsTaken());
			assertEquals(held.getWaitlistedCount(), secondHeld.getWaitlistedCount());
			assertEquals(held.getQueueSequence(), secondHeld.getQueueSequence());
			assertEquals(held.getMvccVersion() + 1, mvccVersion);
			assertEquals(mvccVersion, secondHeld.getMvccVersion());

			second.commit();
		}
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void aSeatChangeOnAnotherVersionThanTheOneReadIsRefused(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long courseSessionId = _nextId();

		Map<String, Object> values = _distinctValues(courseSessionId);

		_insert(testDatabase, values);

		try (Connection connection = testDatabase.connect()) {
			connection.setAutoCommit(false);

			CourseSession courseSession = CourseSessionRow.readForUpdate(connection, courseSessionId);

			courseSession.setMvccVersion(courseSession.getMvccVersion() - 1);
			courseSession.setSeatsTaken(courseSession.getSeatsTaken() + 1);

			assertThrows(
				IllegalStateException.class, () -> CourseSessionRow.writeSeats(connection, courseSession, new Date()));

			connection.rollback();
		}

		assertEquals(((Number)values.get("seatsTaken")).longValue(), _seatsTaken(testDatabase, courseSessionId));
	}

	private static Object _comparable(Object value) {
		if (value instanceof Date) {
			return ((Date)value).getTime();
		}

		if (value instanceof Number) {
			return ((Number)value).longValue();
		}

		return value;
	}

	/**
	 * A value for every column the model declares, each different from the others and from the column's default,
	 * so a column read into another attribute, or not read, shows.
	 */
	private static Map<String, Object> _distinctValues(long courseSessionId) {
		Map<String, Object> values = new LinkedHashMap<>();

		int i = 0;

		for (Object[] column : CourseSessionModelImpl.TABLE_COLUMNS) {
			String name = (String)column[0];
			int type = (Integer)column[1];

			i++;

			if (name.equals("courseSessionId")) {
				values.put(name, courseSessionId);
			}
			else if (type == Types.BIGINT) {
				values.put(name, 1000L + i);
			}
			else if (type == Types.INTEGER) {
				values.put(name, 10 + i);
			}
			else if (type == Types.BOOLEAN) {
				values.put(name, true);
			}
			else if (type == Types.TIMESTAMP) {

				// Whole seconds: every database keeps them.

				values.put(name, new Date(1_800_000_000_000L + (i * 86_400_000L)));
			}
			else {
				values.put(name, "Värde " + i + " för " + name + " " + courseSessionId);
			}
		}

		return values;
	}

	private static void _insert(TestDatabase testDatabase, Map<String, Object> values) throws SQLException {
		String sql =
			"insert into " + CourseSessionModelImpl.TABLE_NAME + " (" + String.join(", ", values.keySet()) +
				") values (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(sql)) {

			int index = 1;

			for (Object value : values.values()) {
				if (value instanceof Date) {
					preparedStatement.setTimestamp(index++, new Timestamp(((Date)value).getTime()));
				}
				else {
					preparedStatement.setObject(index++, value);
				}
			}

			preparedStatement.executeUpdate();
		}
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static long _seatsTaken(TestDatabase testDatabase, long courseSessionId) throws SQLException {
		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select seatsTaken from LVTraining_CourseSession where courseSessionId = ?")) {

			preparedStatement.setLong(1, courseSessionId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static final AtomicLong _ids = new AtomicLong(7000);

}
