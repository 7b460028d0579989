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
import se.livsviktig.training.exception.NoSuchCourseInterestException;
import se.livsviktig.training.model.CourseInterest;
import se.livsviktig.training.service.persistence.CourseInterestPersistence;

/**
 * The CourseInterest finders of service.xml, on PostgreSQL, ordered by createDate (first come, first told), then
 * courseInterestId.
 */
class CourseInterestFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "CourseInterest", finder = "C_S")
	@Test
	void findByC_SReturnsTheInterestInTheCourseInTheStatus() throws Exception {
		long courseId = _rows.newId();

		CourseInterest waiting = _interest(courseId, _rows.newId(), _WAITING, 1);

		_interest(courseId, _rows.newId(), _NOTIFIED, 2);
		_interest(_rows.newId(), _rows.newId(), _WAITING, 3);

		assertFound(_rows.read(() -> _persistence().findByC_S(courseId, _WAITING)), waiting);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByC_S(courseId, _WAITING)));
	}

	@FinderUnderTest(entity = "CourseInterest", finder = "C_U")
	@Test
	void findByC_UFindsTheInterestOfTheUserInTheCourse() throws Exception {
		long courseId = _rows.newId();
		long userId = _rows.newId();

		CourseInterest courseInterest = _interest(courseId, userId, _WAITING, 1);

		_interest(courseId, _rows.newId(), _WAITING, 2);
		_interest(_rows.newId(), userId, _WAITING, 3);

		assertSameRow(courseInterest, _rows.read(() -> _persistence().findByC_U(courseId, userId)));
		assertEquals(1, (int)_rows.read(() -> _persistence().countByC_U(courseId, userId)));

		long otherUserId = _rows.newId();

		assertNull(_rows.read(() -> _persistence().fetchByC_U(courseId, otherUserId)));
		assertThrows(
			NoSuchCourseInterestException.class,
			() -> _rows.read(() -> _persistence().findByC_U(courseId, otherUserId)));
	}

	@FinderUnderTest(entity = "CourseInterest", finder = "CourseId")
	@Test
	void findByCourseIdReturnsTheInterestInTheCourseFirstComeFirst() throws Exception {
		long courseId = _rows.newId();

		CourseInterest later = _interest(courseId, _rows.newId(), _WAITING, 2);
		CourseInterest earlier = _interest(courseId, _rows.newId(), _WAITING, 1);

		_interest(_rows.newId(), _rows.newId(), _WAITING, 0);

		assertFound(_rows.read(() -> _persistence().findByCourseId(courseId)), earlier, later);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseId(courseId)));
	}

	@FinderUnderTest(entity = "CourseInterest", finder = "UserId")
	@Test
	void findByUserIdReturnsTheInterestOfTheUserOnly() throws Exception {
		long userId = _rows.newId();

		CourseInterest later = _interest(_rows.newId(), userId, _WAITING, 2);
		CourseInterest earlier = _interest(_rows.newId(), userId, _NOTIFIED, 1);

		_interest(_rows.newId(), _rows.newId(), _WAITING, 0);

		assertFound(_rows.read(() -> _persistence().findByUserId(userId)), earlier, later);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByUserId(userId)));
	}

	private static CourseInterestPersistence _persistence() {
		return harness.get(CourseInterestPersistence.class);
	}

	private CourseInterest _interest(long courseId, long userId, int status, int minute) throws Exception {
		return _rows.courseInterest(
			courseInterest -> {
				courseInterest.setCourseId(courseId);
				courseInterest.setUserId(userId);
				courseInterest.setStatus(status);
				courseInterest.setCreateDate(new Date(1_900_000_000_000L + (minute * 60_000L)));
			});
	}

	private static final int _NOTIFIED = 1;

	private static final int _WAITING = 0;

	private final TrainingRows _rows = new TrainingRows(harness);

}
