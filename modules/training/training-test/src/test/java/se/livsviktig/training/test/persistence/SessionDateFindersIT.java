package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFound;
import static se.livsviktig.training.test.persistence.FinderAssertions.assertSameRow;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.exception.NoSuchSessionDateException;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.service.persistence.SessionDatePersistence;

/**
 * The SessionDate finders of service.xml, on PostgreSQL, ordered by startDate, then sessionDateId.
 */
class SessionDateFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "SessionDate", finder = "CourseSessionId")
	@Test
	void findByCourseSessionIdReturnsTheDatesOfTheSessionInDayOrder() throws Exception {
		long courseSessionId = _rows.newId();

		SessionDate secondDay = _date(courseSessionId, 2, "B2");
		SessionDate firstDay = _date(courseSessionId, 1, "A1");

		_date(_rows.newId(), 1, "A1");

		assertFound(_rows.read(() -> _persistence().findByCourseSessionId(courseSessionId)), firstDay, secondDay);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseSessionId(courseSessionId)));
	}

	@FinderUnderTest(entity = "SessionDate", finder = "CS_CIC")
	@Test
	void findByCS_CICFindsTheDateOfTheSessionByItsCheckInCode() throws Exception {
		long courseSessionId = _rows.newId();

		SessionDate sessionDate = _date(courseSessionId, 1, "K7Q2");

		_date(courseSessionId, 2, "M4X9");
		_date(_rows.newId(), 1, "K7Q2");

		assertSameRow(sessionDate, _rows.read(() -> _persistence().findByCS_CIC(courseSessionId, "K7Q2")));
		assertNull(_rows.read(() -> _persistence().fetchByCS_CIC(courseSessionId, "Z0Z0")));
		assertThrows(
			NoSuchSessionDateException.class,
			() -> _rows.read(() -> _persistence().findByCS_CIC(courseSessionId, "Z0Z0")));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByCS_CIC(courseSessionId, "K7Q2")));
	}

	private static SessionDatePersistence _persistence() {
		return harness.get(SessionDatePersistence.class);
	}

	private SessionDate _date(long courseSessionId, int day, String checkInCode) throws Exception {
		return _rows.sessionDate(
			sessionDate -> {
				sessionDate.setCourseSessionId(courseSessionId);
				sessionDate.setCheckInCode(checkInCode);
				sessionDate.setStartDate(new Date(1_900_000_000_000L + (day * 86_400_000L)));
			});
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
