package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFoundInAnyOrder;
import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.exception.NoSuchSessionInstructorException;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.persistence.SessionInstructorPersistence;

/**
 * The SessionInstructor finders of service.xml, on PostgreSQL. The entity has no order, so rows compare as sets.
 */
class SessionInstructorFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "SessionInstructor", finder = "CourseSessionId")
	@Test
	void findByCourseSessionIdReturnsTheInstructorsOfTheSessionOnly() throws Exception {
		long courseSessionId = _rows.newId();

		SessionInstructor first = _instructor(courseSessionId, _rows.newId(), _ACCEPTED);
		SessionInstructor second = _instructor(courseSessionId, _rows.newId(), _INVITED);

		_instructor(_rows.newId(), _rows.newId(), _ACCEPTED);

		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByCourseSessionId(courseSessionId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseSessionId(courseSessionId)));
	}

	@FinderUnderTest(entity = "SessionInstructor", finder = "CS_IU")
	@Test
	void findByCS_IUFindsTheStaffingOfTheInstructorOnTheSession() throws Exception {
		long courseSessionId = _rows.newId();
		long instructorUserId = _rows.newId();

		SessionInstructor sessionInstructor = _instructor(courseSessionId, instructorUserId, _ACCEPTED);

		_instructor(courseSessionId, _rows.newId(), _ACCEPTED);
		_instructor(_rows.newId(), instructorUserId, _ACCEPTED);

		assertSameRow(
			sessionInstructor, _rows.read(() -> _persistence().findByCS_IU(courseSessionId, instructorUserId)));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_IU(courseSessionId, instructorUserId)));

		long otherUserId = _rows.newId();

		assertNull(_rows.read(() -> _persistence().fetchByCS_IU(courseSessionId, otherUserId)));
		assertThrows(
			NoSuchSessionInstructorException.class,
			() -> _rows.read(() -> _persistence().findByCS_IU(courseSessionId, otherUserId)));
	}

	@FinderUnderTest(entity = "SessionInstructor", finder = "CS_S")
	@Test
	void findByCS_SReturnsTheInstructorsOfTheSessionInAnyOfTheStatuses() throws Exception {
		long courseSessionId = _rows.newId();

		SessionInstructor accepted = _instructor(courseSessionId, _rows.newId(), _ACCEPTED);
		SessionInstructor invited = _instructor(courseSessionId, _rows.newId(), _INVITED);

		_instructor(courseSessionId, _rows.newId(), _DECLINED);
		_instructor(_rows.newId(), _rows.newId(), _ACCEPTED);

		assertFoundInAnyOrder(_rows.read(() -> _persistence().findByCS_S(courseSessionId, _ACCEPTED)), accepted);
		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByCS_S(courseSessionId, new int[] {_ACCEPTED, _INVITED})),
			accepted, invited);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_S(courseSessionId, _ACCEPTED)));
		assertEquals(
			2, (int)_rows.read(() -> _persistence().countByCS_S(courseSessionId, new int[] {_ACCEPTED, _INVITED})));
	}

	@FinderUnderTest(entity = "SessionInstructor", finder = "InstructorUserId")
	@Test
	void findByInstructorUserIdReturnsTheSessionsOfTheInstructorOnly() throws Exception {
		long instructorUserId = _rows.newId();

		SessionInstructor first = _instructor(_rows.newId(), instructorUserId, _ACCEPTED);
		SessionInstructor second = _instructor(_rows.newId(), instructorUserId, _DECLINED);

		_instructor(_rows.newId(), _rows.newId(), _ACCEPTED);

		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByInstructorUserId(instructorUserId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByInstructorUserId(instructorUserId)));
	}

	@FinderUnderTest(entity = "SessionInstructor", finder = "IU_S")
	@Test
	void findByIU_SReturnsTheSessionsOfTheInstructorInAnyOfTheStatuses() throws Exception {
		long instructorUserId = _rows.newId();

		SessionInstructor accepted = _instructor(_rows.newId(), instructorUserId, _ACCEPTED);
		SessionInstructor invited = _instructor(_rows.newId(), instructorUserId, _INVITED);

		_instructor(_rows.newId(), instructorUserId, _DECLINED);
		_instructor(_rows.newId(), _rows.newId(), _ACCEPTED);

		assertFoundInAnyOrder(_rows.read(() -> _persistence().findByIU_S(instructorUserId, _ACCEPTED)), accepted);
		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByIU_S(instructorUserId, new int[] {_ACCEPTED, _INVITED})),
			accepted, invited);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByIU_S(instructorUserId, _ACCEPTED)));
		assertEquals(
			2,
			(int)_rows.read(() -> _persistence().countByIU_S(instructorUserId, new int[] {_ACCEPTED, _INVITED})));
	}

	private static SessionInstructorPersistence _persistence() {
		return harness.get(SessionInstructorPersistence.class);
	}

	private SessionInstructor _instructor(long courseSessionId, long instructorUserId, int status)
		throws Exception {

		return _rows.sessionInstructor(
			sessionInstructor -> {
				sessionInstructor.setCourseSessionId(courseSessionId);
				sessionInstructor.setInstructorUserId(instructorUserId);
				sessionInstructor.setStatus(status);
			});
	}

	private static final int _ACCEPTED = 0;

	private static final int _DECLINED = 4;

	private static final int _INVITED = 1;

	private final TrainingRows _rows = new TrainingRows(harness);

}
