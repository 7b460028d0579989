package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.dao.db.DB;
import com.liferay.portal.kernel.dao.db.DBType;
import com.liferay.portal.kernel.dao.jdbc.CurrentConnection;
import com.liferay.portal.kernel.dao.jdbc.CurrentConnectionUtil;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.LockMode;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.model.BaseModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Which way a person's seat holds the session's row: plain JDBC on the transaction's connection where the database
 * takes the SQL as written, the Hibernate lock elsewhere or without a transaction; and that a seat change written
 * past Hibernate reaches the entity cache as the persistence's update would put it.
 */
class SeatLockTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(_seatLock, "_courseSessionPersistence", _courseSessionPersistence);
		Fields.set(_seatLock, "_entityCache", _entityCache);

		when(_courseSessionPersistence.getDataSource()).thenReturn(_dataSource);
		when(_courseSessionPersistence.getCurrentSession()).thenReturn(_session);

		when(_connection.prepareStatement(anyString())).thenReturn(_preparedStatement);
		when(_preparedStatement.executeQuery()).thenReturn(_resultSet);
		when(_resultSet.next()).thenReturn(true);
		when(_resultSet.getLong(anyInt())).thenReturn(7L);
		when(_preparedStatement.executeUpdate()).thenReturn(1);

		_previousCurrentConnection = CurrentConnectionUtil.getCurrentConnection();

		new CurrentConnectionUtil().setCurrentConnection(_currentConnection);
	}

	@AfterEach
	void tearDown() {
		new CurrentConnectionUtil().setCurrentConnection(_previousCurrentConnection);
	}

	@Test
	void onPostgreSQLTheSeatChangeGoesByJDBCAndIntoTheEntityCache() throws Exception {
		_givenDatabase(DBType.POSTGRESQL);

		when(_currentConnection.getConnection(_dataSource)).thenReturn(_connection);

		HeldSessionRow heldSessionRow = _seatLock.holdForSeat(7L);

		CourseSession courseSession = heldSessionRow.getCourseSession();

		verify(_session, never()).get(any(), any(), any(LockMode.class));
		verify(_connection).prepareStatement(argThat(sql -> sql.endsWith(" for update")));

		courseSession.setSeatsTaken(courseSession.getSeatsTaken() + 1);

		heldSessionRow.writeSeatChange();

		verify(_preparedStatement).setLong(1, 8L);
		verify(_preparedStatement).setInt(3, 1);
		verify(_courseSessionPersistence, never()).update(any(CourseSession.class));
		verify(_entityCache).putResult(
			eq(CourseSessionImpl.class),
			argThat(
				(BaseModel<?> model) -> (model == courseSession) && (courseSession.getMvccVersion() == 8L) &&
					(courseSession.getModifiedDate() != null)),
			eq(false), eq(true));
	}

	@Test
	void onADatabaseWithOtherLockSyntaxHibernateHoldsTheRow() throws Exception {
		_givenDatabase(DBType.ORACLE);

		when(_currentConnection.getConnection(_dataSource)).thenReturn(_connection);

		_assertHeldByHibernate();
	}

	@Test
	void outsideATransactionHibernateHoldsTheRow() throws Exception {
		_givenDatabase(DBType.POSTGRESQL);

		_assertHeldByHibernate();
	}

	private void _assertHeldByHibernate() throws Exception {
		CourseSession lockedCourseSession = new CourseSessionImpl();

		when(
			_session.get(CourseSessionImpl.class, 7L, LockMode.PESSIMISTIC_WRITE)
		).thenReturn(
			lockedCourseSession
		);

		HeldSessionRow heldSessionRow = _seatLock.holdForSeat(7L);

		assertSame(lockedCourseSession, heldSessionRow.getCourseSession());

		heldSessionRow.writeSeatChange();

		verify(_courseSessionPersistence).update(lockedCourseSession);
		verify(_connection, never()).prepareStatement(anyString());
		verify(_entityCache, never()).putResult(any(Class.class), any(BaseModel.class), eq(false), eq(true));
		assertEquals(0, lockedCourseSession.getMvccVersion());
	}

	private void _givenDatabase(DBType dbType) {
		DB db = mock(DB.class);

		when(db.getDBType()).thenReturn(dbType);

		when(_courseSessionPersistence.getDB()).thenReturn(db);
	}

	private final Connection _connection = mock(Connection.class);
	private final CourseSessionPersistence _courseSessionPersistence = mock(CourseSessionPersistence.class);
	private final CurrentConnection _currentConnection = mock(CurrentConnection.class);
	private final DataSource _dataSource = mock(DataSource.class);
	private final EntityCache _entityCache = mock(EntityCache.class);
	private CurrentConnection _previousCurrentConnection;
	private final PreparedStatement _preparedStatement = mock(PreparedStatement.class);
	private final ResultSet _resultSet = mock(ResultSet.class);
	private final SeatLock _seatLock = new SeatLock();
	private final Session _session = mock(Session.class);

}
