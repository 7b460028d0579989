package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.liferay.portal.kernel.service.ExceptionRetryAcceptor;
import com.liferay.portal.kernel.spring.aop.Property;
import com.liferay.portal.kernel.spring.aop.Retry;
import com.liferay.portal.kernel.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.StaleStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.impl.constants.LVTrainingPersistenceConstants;

/**
 * The course session row is the lock for its seats (service.xml): two writers that both read it before either
 * writes must not both win. The generated persistence is MVCC-enabled, so the database decides: one update commits,
 * the other finds the row's version changed and fails; with the portal's @Retry, it tries again on fresh data.
 */
class CourseSessionMvccIT {

	@RegisterExtension
	static final PersistenceHarness harness = PersistenceHarness.forServiceBundle(
		LVTrainingPersistenceConstants.class);

	@Test
	void twoThreadsUpdatingOneCourseSessionExactlyOneCommits() throws Exception {
		long courseSessionId = _addCourseSession();

		CyclicBarrier bothHaveRead = new CyclicBarrier(2);

		List<Race.Outcome<Object>> outcomes = Race.run(
			2,
			thread -> () -> harness.inTransaction(
				() -> {
					CourseSession courseSession = _courseSessionPersistence().findByPrimaryKey(courseSessionId);

					bothHaveRead.await();

					courseSession.setSeatsTaken(courseSession.getSeatsTaken() + 1);

					return _courseSessionPersistence().update(courseSession);
				}));

		assertEquals(1, outcomes.stream().filter(Race.Outcome::succeeded).count(), outcomes.toString());

		Race.Outcome<Object> loser = outcomes.stream().filter(outcome -> !outcome.succeeded()).findFirst().get();

		assertTrue(
			loser.failedWith(StaleStateException.class), "the loser failed on the row's version: " + loser);

		assertEquals(1, _readColumn(courseSessionId, "seatsTaken"));
		assertEquals(1, _readColumn(courseSessionId, "mvccVersion"));
	}

	@Test
	void withRetryTheLoserTriesAgainOnFreshDataAndNoSeatIsLost() throws Exception {
		long courseSessionId = _addCourseSession();

		SeatTaking seatTaking = harness.aopProxy(
			SeatTaking.class, new RetryingSeatTaking(_courseSessionPersistence(), new CyclicBarrier(2)));

		List<Race.Outcome<Integer>> outcomes = Race.run(2, thread -> () -> seatTaking.takeSeat(courseSessionId));

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());

		assertEquals(2, _readColumn(courseSessionId, "seatsTaken"));
		assertEquals(2, _readColumn(courseSessionId, "mvccVersion"));
		assertEquals(3, RetryingSeatTaking.attempts.get(), "two first attempts and one retry");
	}

	/**
	 * What a local service method that takes a seat looks like: transactional, and retried by the portal's
	 * RetryAdvice when the row's version changed under it.
	 */
	public interface SeatTaking {

		@Retry(
			acceptor = ExceptionRetryAcceptor.class,
			properties = @Property(name = ExceptionRetryAcceptor.EXCEPTION_NAME, value = "org.hibernate.StaleStateException")
		)
		@Transactional(rollbackFor = Exception.class)
		int takeSeat(long courseSessionId) throws Exception;

	}

	/**
	 * Each thread's first attempt waits until both have read the row, so both write on the same version; a retry
	 * does not wait, it runs alone on fresh data.
	 */
	private static class RetryingSeatTaking implements SeatTaking {

		@Override
		public int takeSeat(long courseSessionId) throws Exception {
			int attempt = _attemptsOfThisThread.get();

			_attemptsOfThisThread.set(attempt + 1);

			attempts.incrementAndGet();

			CourseSession courseSession = _courseSessionPersistence.findByPrimaryKey(courseSessionId);

			if (attempt == 0) {
				_bothHaveRead.await();
			}

			courseSession.setSeatsTaken(courseSession.getSeatsTaken() + 1);

			_courseSessionPersistence.update(courseSession);

			return courseSession.getSeatsTaken();
		}

		private RetryingSeatTaking(CourseSessionPersistence courseSessionPersistence, CyclicBarrier bothHaveRead) {
			_courseSessionPersistence = courseSessionPersistence;
			_bothHaveRead = bothHaveRead;

			attempts.set(0);
		}

		private static final AtomicInteger attempts = new AtomicInteger();

		private final ThreadLocal<Integer> _attemptsOfThisThread = ThreadLocal.withInitial(() -> 0);
		private final CyclicBarrier _bothHaveRead;
		private final CourseSessionPersistence _courseSessionPersistence;

	}

	private static long _addCourseSession() throws Exception {
		long courseSessionId = harness.counterLocalService().increment();

		harness.runInTransaction(
			() -> {
				CourseSession courseSession = _courseSessionPersistence().create(courseSessionId);

				courseSession.setGroupId(_GROUP_ID);
				courseSession.setSeats(20);

				_courseSessionPersistence().update(courseSession);
			});

		return courseSessionId;
	}

	private static CourseSessionPersistence _courseSessionPersistence() {
		return harness.get(CourseSessionPersistence.class);
	}

	/**
	 * What is committed, read over plain JDBC.
	 */
	private static long _readColumn(long courseSessionId, String column) throws SQLException {
		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select " + column + " from LVTraining_CourseSession where courseSessionId = ?")) {

			preparedStatement.setLong(1, courseSessionId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static final long _GROUP_ID = 20121;

}
