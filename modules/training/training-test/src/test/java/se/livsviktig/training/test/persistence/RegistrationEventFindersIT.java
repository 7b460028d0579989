package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFound;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.RegistrationEvent;
import se.livsviktig.training.service.persistence.RegistrationEventPersistence;

/**
 * The RegistrationEvent finders of service.xml, on PostgreSQL, ordered by createDate (what happened first comes
 * first), then registrationEventId.
 */
class RegistrationEventFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "RegistrationEvent", finder = "CourseSessionId")
	@Test
	void findByCourseSessionIdReturnsTheHistoryOfTheSessionInTimeOrder() throws Exception {
		long courseSessionId = _rows.newId();

		RegistrationEvent later = _event(_rows.newId(), courseSessionId, 2);
		RegistrationEvent earlier = _event(_rows.newId(), courseSessionId, 1);

		_event(_rows.newId(), _rows.newId(), 0);

		assertFound(_rows.read(() -> _persistence().findByCourseSessionId(courseSessionId)), earlier, later);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseSessionId(courseSessionId)));
	}

	@FinderUnderTest(entity = "RegistrationEvent", finder = "RegistrationId")
	@Test
	void findByRegistrationIdReturnsTheHistoryOfTheRegistrationInTimeOrder() throws Exception {
		long registrationId = _rows.newId();

		RegistrationEvent later = _event(registrationId, _rows.newId(), 2);
		RegistrationEvent earlier = _event(registrationId, _rows.newId(), 1);

		_event(_rows.newId(), _rows.newId(), 0);

		assertFound(_rows.read(() -> _persistence().findByRegistrationId(registrationId)), earlier, later);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByRegistrationId(registrationId)));
	}

	private static RegistrationEventPersistence _persistence() {
		return harness.get(RegistrationEventPersistence.class);
	}

	private RegistrationEvent _event(long registrationId, long courseSessionId, int minute) throws Exception {
		return _rows.registrationEvent(
			registrationEvent -> {
				registrationEvent.setRegistrationId(registrationId);
				registrationEvent.setCourseSessionId(courseSessionId);
				registrationEvent.setType("waitlist-promotion");
				registrationEvent.setCreateDate(new Date(1_900_000_000_000L + (minute * 60_000L)));
			});
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
