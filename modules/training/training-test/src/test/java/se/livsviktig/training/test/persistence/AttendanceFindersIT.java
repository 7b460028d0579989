package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFoundInAnyOrder;
import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.exception.NoSuchAttendanceException;
import se.livsviktig.training.model.Attendance;
import se.livsviktig.training.service.persistence.AttendancePersistence;

/**
 * The Attendance finders of service.xml, on PostgreSQL. The entity has no order, so rows compare as sets.
 */
class AttendanceFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "Attendance", finder = "CourseSessionId")
	@Test
	void findByCourseSessionIdReturnsTheAttendanceOfTheSessionOnly() throws Exception {
		long courseSessionId = _rows.newId();

		Attendance first = _attendance(courseSessionId, _rows.newId(), _rows.newId());
		Attendance second = _attendance(courseSessionId, _rows.newId(), _rows.newId());

		_attendance(_rows.newId(), _rows.newId(), _rows.newId());

		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByCourseSessionId(courseSessionId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseSessionId(courseSessionId)));
	}

	@FinderUnderTest(entity = "Attendance", finder = "R_SD")
	@Test
	void findByR_SDFindsTheAttendanceOfTheRegistrationOnTheDate() throws Exception {
		long registrationId = _rows.newId();
		long sessionDateId = _rows.newId();

		Attendance attendance = _attendance(_rows.newId(), sessionDateId, registrationId);

		_attendance(_rows.newId(), _rows.newId(), registrationId);
		_attendance(_rows.newId(), sessionDateId, _rows.newId());

		assertSameRow(attendance, _rows.read(() -> _persistence().findByR_SD(registrationId, sessionDateId)));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByR_SD(registrationId, sessionDateId)));

		long otherSessionDateId = _rows.newId();

		assertNull(_rows.read(() -> _persistence().fetchByR_SD(registrationId, otherSessionDateId)));
		assertThrows(
			NoSuchAttendanceException.class,
			() -> _rows.read(() -> _persistence().findByR_SD(registrationId, otherSessionDateId)));
	}

	@FinderUnderTest(entity = "Attendance", finder = "RegistrationId")
	@Test
	void findByRegistrationIdReturnsTheAttendanceOfTheRegistrationOnly() throws Exception {
		long registrationId = _rows.newId();

		Attendance firstDay = _attendance(_rows.newId(), _rows.newId(), registrationId);
		Attendance secondDay = _attendance(_rows.newId(), _rows.newId(), registrationId);

		_attendance(_rows.newId(), _rows.newId(), _rows.newId());

		assertFoundInAnyOrder(
			_rows.read(() -> _persistence().findByRegistrationId(registrationId)), firstDay, secondDay);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByRegistrationId(registrationId)));
	}

	@FinderUnderTest(entity = "Attendance", finder = "SessionDateId")
	@Test
	void findBySessionDateIdReturnsTheAttendanceOfTheDateOnly() throws Exception {
		long sessionDateId = _rows.newId();

		Attendance attendance = _attendance(_rows.newId(), sessionDateId, _rows.newId());

		_attendance(_rows.newId(), _rows.newId(), _rows.newId());

		assertFoundInAnyOrder(_rows.read(() -> _persistence().findBySessionDateId(sessionDateId)), attendance);
		assertEquals(1, (int)_rows.read(() -> _persistence().countBySessionDateId(sessionDateId)));
	}

	private static AttendancePersistence _persistence() {
		return harness.get(AttendancePersistence.class);
	}

	private Attendance _attendance(long courseSessionId, long sessionDateId, long registrationId)
		throws Exception {

		return _rows.attendance(
			attendance -> {
				attendance.setCourseSessionId(courseSessionId);
				attendance.setSessionDateId(sessionDateId);
				attendance.setRegistrationId(registrationId);
				attendance.setPresent(true);
			});
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
