package se.livsviktig.training.internal.registration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

import java.util.Date;
import java.util.Map;
import java.util.function.BiConsumer;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.CourseSessionModelImpl;

/**
 * A session's row by plain JDBC, for the seat lock: the whole row read with SELECT ... FOR UPDATE into a session
 * model, every column the generated model declares ({@link CourseSessionModelImpl#TABLE_COLUMNS}), and the seat
 * change written back as one UPDATE of the counters. Hibernate did the same with a locked load, a snapshot of the
 * 36 columns for its dirty check and a merge at the flush: a third of what the queue for the row waited for.
 *
 * <p>
 * The SQL is the same on PostgreSQL, MariaDB and MySQL, the databases {@link SeatLock} sends it to.
 * </p>
 *
 * @author Livsviktig
 */
public final class CourseSessionRow {

	/**
	 * @return the session as its row is now, held until the transaction ends, or null if there is no such row
	 */
	public static CourseSession readForUpdate(
			Connection connection, long courseSessionId)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				_SELECT_FOR_UPDATE)) {

			preparedStatement.setLong(1, courseSessionId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				if (!resultSet.next()) {
					return null;
				}

				return _toModel(resultSet);
			}
		}
	}

	/**
	 * Writes the session's seat counters and its modified date, raising its MVCC version by one, as a merge would.
	 * The row's version must still be the one read: the caller holds the row, so anything else is a bug.
	 *
	 * @return the new MVCC version
	 */
	public static long writeSeats(
			Connection connection, CourseSession courseSession,
			Date modifiedDate)
		throws SQLException {

		long mvccVersion = courseSession.getMvccVersion() + 1;

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				_UPDATE_SEATS)) {

			preparedStatement.setLong(1, mvccVersion);
			preparedStatement.setTimestamp(
				2, new Timestamp(modifiedDate.getTime()));
			preparedStatement.setInt(3, courseSession.getSeatsTaken());
			preparedStatement.setInt(4, courseSession.getWaitlistedCount());
			preparedStatement.setLong(5, courseSession.getQueueSequence());
			preparedStatement.setLong(6, courseSession.getCourseSessionId());
			preparedStatement.setLong(7, courseSession.getMvccVersion());

			int updateCount = preparedStatement.executeUpdate();

			if (updateCount != 1) {
				throw new IllegalStateException(
					"Session " + courseSession.getCourseSessionId() +
						" changed while its row was held: " + updateCount +
							" rows at MVCC version " +
								courseSession.getMvccVersion());
			}
		}

		return mvccVersion;
	}

	/**
	 * The model's attribute for a column: the column's name, or without the underscore Service Builder adds to
	 * a name the databases reserve (uuid_).
	 */
	private static String _getAttributeName(
		String columnName, Map<String, ?> attributeSetters) {

		if (!attributeSetters.containsKey(columnName) &&
			columnName.endsWith("_")) {

			return columnName.substring(0, columnName.length() - 1);
		}

		return columnName;
	}

	private static String _selectForUpdate() {
		StringBuilder sb = new StringBuilder("select ");

		for (int i = 0; i < CourseSessionModelImpl.TABLE_COLUMNS.length; i++) {
			if (i > 0) {
				sb.append(", ");
			}

			sb.append(CourseSessionModelImpl.TABLE_COLUMNS[i][0]);
		}

		sb.append(" from ");
		sb.append(CourseSessionModelImpl.TABLE_NAME);
		sb.append(" where courseSessionId = ? for update");

		return sb.toString();
	}

	private static CourseSession _toModel(ResultSet resultSet)
		throws SQLException {

		CourseSessionImpl courseSession = new CourseSessionImpl();

		Map<String, BiConsumer<CourseSession, Object>> attributeSetters =
			courseSession.getAttributeSetterBiConsumers();

		for (int i = 0; i < CourseSessionModelImpl.TABLE_COLUMNS.length; i++) {
			String columnName =
				(String)CourseSessionModelImpl.TABLE_COLUMNS[i][0];

			String attributeName = _getAttributeName(
				columnName, attributeSetters);

			BiConsumer<CourseSession, Object> attributeSetter =
				attributeSetters.get(attributeName);

			if (attributeSetter == null) {
				throw new IllegalStateException(
					"No attribute for column " + columnName);
			}

			attributeSetter.accept(
				courseSession,
				_value(
					resultSet, i + 1,
					(Integer)CourseSessionModelImpl.TABLE_COLUMNS[i][1]));
		}

		courseSession.setNew(false);
		courseSession.resetOriginalValues();

		return courseSession;
	}

	/**
	 * A column's value as the model's setter takes it, null where the column is (a date not set).
	 */
	private static Object _value(ResultSet resultSet, int index, int sqlType)
		throws SQLException {

		if (sqlType == Types.BIGINT) {
			return resultSet.getLong(index);
		}

		if (sqlType == Types.INTEGER) {
			return resultSet.getInt(index);
		}

		if (sqlType == Types.BOOLEAN) {
			return resultSet.getBoolean(index);
		}

		if (sqlType == Types.TIMESTAMP) {
			Timestamp timestamp = resultSet.getTimestamp(index);

			if (timestamp == null) {
				return null;
			}

			return new Date(timestamp.getTime());
		}

		if ((sqlType == Types.VARCHAR) || (sqlType == Types.CLOB)) {
			return resultSet.getString(index);
		}

		throw new IllegalStateException(
			"No reader for SQL type " + sqlType + " at column " + index);
	}

	private CourseSessionRow() {
	}

	private static final String _SELECT_FOR_UPDATE = _selectForUpdate();

	private static final String _UPDATE_SEATS =
		"update " + CourseSessionModelImpl.TABLE_NAME +
			" set mvccVersion = ?, modifiedDate = ?, seatsTaken = ?, " +
				"waitlistedCount = ?, queueSequence = ? where courseSessionId = " +
					"? and mvccVersion = ?";

}
