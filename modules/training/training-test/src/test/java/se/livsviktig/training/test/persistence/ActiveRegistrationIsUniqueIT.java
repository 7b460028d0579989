package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import java.sql.SQLException;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * The unique (courseSessionId, activeKey) index holds through the generated persistence too: whatever code path
 * writes a registration, and however many requests arrive at once, a user holds one active registration per
 * session, while cancelled ones (activeKey = -registrationId) pile up beside it.
 */
class ActiveRegistrationIsUniqueIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@Test
	void aSecondActiveRegistrationIsRefusedAndTheFirstStays() throws Exception {
		long courseSessionId = _rows.newId();
		long userId = _rows.newId();

		Registration first = _rows.registration(_active(courseSessionId, userId));

		Exception exception = assertThrows(
			Exception.class, () -> _rows.registration(_active(courseSessionId, userId)));

		assertTrue(_isUniqueViolation(exception), "refused by the unique index: " + exception);

		assertSameRow(first, _rows.read(() -> _persistence().fetchByCS_AK(courseSessionId, userId)));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_U(courseSessionId, userId)));
	}

	@Test
	void cancelledRegistrationsBesideTheActiveOneAreAccepted() throws Exception {
		long courseSessionId = _rows.newId();
		long userId = _rows.newId();

		_rows.registration(_cancelled(courseSessionId, userId));
		_rows.registration(_cancelled(courseSessionId, userId));

		Registration active = _rows.registration(_active(courseSessionId, userId));

		assertEquals(3, (int)_rows.read(() -> _persistence().countByCS_U(courseSessionId, userId)));
		assertSameRow(active, _rows.read(() -> _persistence().fetchByCS_AK(courseSessionId, userId)));
	}

	/**
	 * A double click: two requests register the same user at the same moment. Neither sees the other's row before
	 * it writes, so only the database can refuse one of them.
	 */
	@Test
	void twoSimultaneousRegistrationsOfOneUserLeaveOneActiveRegistration() throws Exception {
		long courseSessionId = _rows.newId();
		long userId = _rows.newId();

		CyclicBarrier bothHaveLooked = new CyclicBarrier(2);

		List<Race.Outcome<Registration>> outcomes = Race.run(
			2,
			thread -> () -> harness.inTransaction(
				() -> {
					Registration existing = _persistence().fetchByCS_AK(courseSessionId, userId);

					bothHaveLooked.await();

					if (existing != null) {
						return existing;
					}

					long registrationId = _rows.newId();

					Registration registration = _persistence().create(registrationId);

					_active(courseSessionId, userId).accept(registration);

					return _persistence().update(registration);
				}));

		assertEquals(1, outcomes.stream().filter(Race.Outcome::succeeded).count(), outcomes.toString());
		assertTrue(
			outcomes.stream().anyMatch(outcome -> !outcome.succeeded() && _isUniqueViolation(outcome.failure())),
			outcomes.toString());
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_U(courseSessionId, userId)));
	}

	private static Consumer<Registration> _active(long courseSessionId, long userId) {
		return registration -> {
			registration.setCourseSessionId(courseSessionId);
			registration.setUserId(userId);
			registration.setActiveKey(userId);
		};
	}

	private static Consumer<Registration> _cancelled(long courseSessionId, long userId) {
		return registration -> {
			registration.setCourseSessionId(courseSessionId);
			registration.setUserId(userId);
		};
	}

	/**
	 * PostgreSQL's unique_violation (SQLState 23505) somewhere in the chain: the database refused the row, not
	 * some other failure along the way.
	 */
	private static boolean _isUniqueViolation(Throwable throwable) {
		for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
			if ((cause instanceof SQLException) && "23505".equals(((SQLException)cause).getSQLState())) {
				return true;
			}

			if (cause.getCause() == cause) {
				break;
			}
		}

		return false;
	}

	private static RegistrationPersistence _persistence() {
		return harness.get(RegistrationPersistence.class);
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
