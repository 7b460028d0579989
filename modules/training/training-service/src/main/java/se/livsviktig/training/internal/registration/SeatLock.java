package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.dao.db.DB;
import com.liferay.portal.kernel.dao.db.DBType;
import com.liferay.portal.kernel.dao.jdbc.CurrentConnectionUtil;
import com.liferay.portal.kernel.dao.orm.EntityCache;
import com.liferay.portal.kernel.dao.orm.LockMode;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextThreadLocal;

import java.sql.Connection;
import java.sql.SQLException;

import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Reads a session for a change of its seats, holding its row until the transaction ends.
 *
 * <p>
 * The session row is the lock for its seats. With MVCC alone, a rush for the last seats makes all but one writer
 * fail at flush, and the portal retries an annotated service call only {@code retry.advice.max.retries} (5) times:
 * 200 people registering at once lost most of their registrations on the persistence tier. Taking the row for
 * update first makes them wait their turn instead. MVCC and {@code @Retry} remain the guard against writers that
 * do not take the lock (a coordinator editing the session).
 * </p>
 *
 * <p>
 * A person's own registration holds the row by plain JDBC where the database allows ({@link #holdForSeat}): in a
 * rush the queue for the row waits for everything done while it is held.
 * </p>
 *
 * @author Livsviktig
 */
@Component(service = SeatLock.class)
public class SeatLock {

	/**
	 * @return the session, read from the database and locked for this transaction
	 */
	public CourseSession lock(long courseSessionId)
		throws NoSuchCourseSessionException {

		Session session = _courseSessionPersistence.getCurrentSession();

		CourseSession courseSession = (CourseSession)session.get(
			CourseSessionImpl.class, courseSessionId,
			LockMode.PESSIMISTIC_WRITE);

		if (courseSession == null) {
			throw new NoSuchCourseSessionException(
				"No course session exists with the primary key " +
					courseSessionId);
		}

		return courseSession;
	}

	/**
	 * Locks the session's row for one person's seat and reads it as it is now. On PostgreSQL, MariaDB and MySQL by
	 * plain JDBC on the transaction's own connection ({@link CourseSessionRow}), and the seat change is written back
	 * the same way, with the entity cache updated as the persistence's update would: Hibernate's locked load,
	 * dirty check and merge of the 36-column entity were a third of the time the row was held (issue 14). Elsewhere,
	 * or outside a transaction, as {@link #lock}.
	 */
	public HeldSessionRow holdForSeat(long courseSessionId)
		throws NoSuchCourseSessionException {

		Connection connection = _getPlainJDBCConnection();

		if (connection == null) {
			return heldByHibernate(lock(courseSessionId));
		}

		CourseSession courseSession;

		try {
			courseSession = CourseSessionRow.readForUpdate(
				connection, courseSessionId);
		}
		catch (SQLException sqlException) {
			throw new SystemException(sqlException);
		}

		if (courseSession == null) {
			throw new NoSuchCourseSessionException(
				"No course session exists with the primary key " +
					courseSessionId);
		}

		return new HeldSessionRow(
			courseSession,
			heldCourseSession -> _writeSeats(connection, heldCourseSession));
	}

	/**
	 * A session locked by {@link #lock}, which Hibernate holds: its seat change is the persistence's update.
	 */
	public HeldSessionRow heldByHibernate(CourseSession lockedCourseSession) {
		return new HeldSessionRow(
			lockedCourseSession, _courseSessionPersistence::update);
	}

	/**
	 * The session as it is, for the checks before its row is locked. The copy is evicted from the Hibernate
	 * session at once, so that the lock reads the row afresh: locking an entity the session already holds makes
	 * Hibernate check its version instead, which fails whenever someone registered in between.
	 */
	public CourseSession readBeforeLocking(long courseSessionId)
		throws NoSuchCourseSessionException {

		CourseSession courseSession =
			_courseSessionPersistence.findByPrimaryKey(courseSessionId);

		_courseSessionPersistence.getCurrentSession(
		).evict(
			CourseSessionImpl.class, courseSessionId
		);

		return courseSession;
	}

	/**
	 * The transaction's connection where the database takes {@link CourseSessionRow}'s SQL, else null.
	 */
	private Connection _getPlainJDBCConnection() {
		DB db = _courseSessionPersistence.getDB();

		if ((db == null) || !_FOR_UPDATE_DB_TYPES.contains(db.getDBType())) {
			return null;
		}

		return CurrentConnectionUtil.getConnection(
			_courseSessionPersistence.getDataSource());
	}

	/**
	 * The modified date the persistence's update would give: the service context's, or now.
	 */
	private Date _getModifiedDate() {
		Date now = new Date();

		ServiceContext serviceContext =
			ServiceContextThreadLocal.getServiceContext();

		if (serviceContext == null) {
			return now;
		}

		return serviceContext.getModifiedDate(now);
	}

	private void _writeSeats(
		Connection connection, CourseSession courseSession) {

		Date modifiedDate = _getModifiedDate();

		try {
			courseSession.setMvccVersion(
				CourseSessionRow.writeSeats(
					connection, courseSession, modifiedDate));
		}
		catch (SQLException sqlException) {
			throw new SystemException(sqlException);
		}

		courseSession.setModifiedDate(modifiedDate);

		// As the persistence's update: the entity cache is transactional, so the new counters are seen by this
		// transaction now and by others after the commit, and dropped on a rollback.

		_entityCache.putResult(
			CourseSessionImpl.class, (BaseModel<?>)courseSession, false, true);

		courseSession.resetOriginalValues();
	}

	/**
	 * The databases that take SELECT ... FOR UPDATE as {@link CourseSessionRow} writes it; PostgreSQL and MariaDB
	 * are proven by the database tier.
	 */
	private static final Set<DBType> _FOR_UPDATE_DB_TYPES = EnumSet.of(
		DBType.MARIADB, DBType.MYSQL, DBType.POSTGRESQL);

	@Reference
	private CourseSessionPersistence _courseSessionPersistence;

	@Reference
	private EntityCache _entityCache;

}
