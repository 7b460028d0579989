package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.dao.orm.LockMode;
import com.liferay.portal.kernel.dao.orm.Session;

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

	@Reference
	private CourseSessionPersistence _courseSessionPersistence;

}
