package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFound;

import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * The CourseSession finders of service.xml, on PostgreSQL, ordered by startDate, then courseSessionId. Rows are
 * committed out of that order, so the order comes from the query.
 */
class CourseSessionFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "CourseSession", finder = "C_S")
	@Test
	void findByC_SReturnsTheSessionsOfTheCourseInAnyOfTheStatuses() throws Exception {
		long courseId = _rows.newId();

		CourseSession published = _session(courseId, WorkflowConstants.STATUS_APPROVED, _day(2));
		CourseSession draft = _session(courseId, WorkflowConstants.STATUS_DRAFT, _day(1));

		_session(courseId, WorkflowConstants.STATUS_INACTIVE, _day(3));
		_session(_rows.newId(), WorkflowConstants.STATUS_APPROVED, _day(4));

		assertFound(
			_rows.read(() -> _persistence().findByC_S(courseId, WorkflowConstants.STATUS_APPROVED)), published);
		assertFound(
			_rows.read(
				() -> _persistence().findByC_S(
					courseId, new int[] {WorkflowConstants.STATUS_APPROVED, WorkflowConstants.STATUS_DRAFT})),
			draft, published);
		assertEquals(
			1, (int)_rows.read(() -> _persistence().countByC_S(courseId, WorkflowConstants.STATUS_APPROVED)));
		assertEquals(
			2,
			(int)_rows.read(
				() -> _persistence().countByC_S(
					courseId, new int[] {WorkflowConstants.STATUS_APPROVED, WorkflowConstants.STATUS_DRAFT})));
	}

	@FinderUnderTest(entity = "CourseSession", finder = "CourseId")
	@Test
	void findByCourseIdReturnsTheSessionsOfTheCourseByStartDate() throws Exception {
		long courseId = _rows.newId();

		CourseSession later = _session(courseId, WorkflowConstants.STATUS_APPROVED, _day(20));
		CourseSession sooner = _session(courseId, WorkflowConstants.STATUS_APPROVED, _day(10));

		_session(_rows.newId(), WorkflowConstants.STATUS_APPROVED, _day(15));

		assertFound(_rows.read(() -> _persistence().findByCourseId(courseId)), sooner, later);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByCourseId(courseId)));
	}

	@FinderUnderTest(entity = "CourseSession", finder = "G_S")
	@Test
	void findByG_SReturnsTheSessionsOfTheSiteInTheStatus() throws Exception {
		long groupId = _rows.newId();

		CourseSession published = _rows.courseSession(
			session -> {
				session.setGroupId(groupId);
				session.setStatus(WorkflowConstants.STATUS_APPROVED);
			});

		_rows.courseSession(
			session -> {
				session.setGroupId(groupId);
				session.setStatus(WorkflowConstants.STATUS_INACTIVE);
			});
		_rows.courseSession(
			session -> {
				session.setGroupId(_rows.newId());
				session.setStatus(WorkflowConstants.STATUS_APPROVED);
			});

		assertFound(
			_rows.read(() -> _persistence().findByG_S(groupId, WorkflowConstants.STATUS_APPROVED)), published);
		assertEquals(
			1, (int)_rows.read(() -> _persistence().countByG_S(groupId, WorkflowConstants.STATUS_APPROVED)));
	}

	@FinderUnderTest(entity = "CourseSession", finder = "GroupId")
	@Test
	void findByGroupIdReturnsTheSessionsOfTheSiteByStartDate() throws Exception {
		long groupId = _rows.newId();

		CourseSession later = _rows.courseSession(
			session -> {
				session.setGroupId(groupId);
				session.setStartDate(_day(8));
			});
		CourseSession sooner = _rows.courseSession(
			session -> {
				session.setGroupId(groupId);
				session.setStartDate(_day(7));
			});

		_rows.courseSession(session -> session.setGroupId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByGroupId(groupId)), sooner, later);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByGroupId(groupId)));
	}

	/**
	 * Upcoming sessions in a status: the start date must be strictly after the given moment. The status is one no
	 * other test of this class uses, because this finder has no site or course to narrow it.
	 */
	@FinderUnderTest(entity = "CourseSession", finder = "S_GtSD")
	@Test
	void findByS_GtSDReturnsSessionsInTheStatusStartingStrictlyAfterTheDate() throws Exception {
		int status = 70;
		Date now = _day(100);

		CourseSession dayAfter = _rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setStartDate(_day(101));
			});
		CourseSession minuteAfter = _rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setStartDate(new Date(now.getTime() + 60_000));
			});

		_rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setStartDate(now);
			});
		_rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setStartDate(_day(99));
			});
		_rows.courseSession(
			session -> {
				session.setStatus(status + 1);
				session.setStartDate(_day(101));
			});

		assertFound(_rows.read(() -> _persistence().findByS_GtSD(status, now)), minuteAfter, dayAfter);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByS_GtSD(status, now)));
	}

	/**
	 * Sessions in a state whose last date has passed: what the job that closes finished sessions reads.
	 */
	@FinderUnderTest(entity = "CourseSession", finder = "S_LtED")
	@Test
	void findByS_LtEDReturnsSessionsInTheStatusEndingStrictlyBeforeTheDate() throws Exception {
		int status = 71;
		Date now = _day(100);

		CourseSession dayBefore = _rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setEndDate(_day(99));
			});
		CourseSession minuteBefore = _rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setEndDate(new Date(now.getTime() - 60_000));
			});

		_rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setEndDate(now);
			});
		_rows.courseSession(
			session -> {
				session.setStatus(status);
				session.setEndDate(_day(101));
			});
		_rows.courseSession(
			session -> {
				session.setStatus(status + 1);
				session.setEndDate(_day(99));
			});

		assertFound(_rows.read(() -> _persistence().findByS_LtED(status, now)), dayBefore, minuteBefore);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByS_LtED(status, now)));
	}

	@FinderUnderTest(entity = "CourseSession", finder = "TrainingMethodId")
	@Test
	void findByTrainingMethodIdReturnsTheSessionsOfTheMethodOnly() throws Exception {
		long trainingMethodId = _rows.newId();

		CourseSession session = _rows.courseSession(value -> value.setTrainingMethodId(trainingMethodId));

		_rows.courseSession(value -> value.setTrainingMethodId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByTrainingMethodId(trainingMethodId)), session);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByTrainingMethodId(trainingMethodId)));
	}

	private static Date _day(int day) {
		return new Date(_EPOCH + (day * 86_400_000L));
	}

	private static CourseSessionPersistence _persistence() {
		return harness.get(CourseSessionPersistence.class);
	}

	private CourseSession _session(long courseId, int status, Date startDate) throws Exception {
		return _rows.courseSession(
			session -> {
				session.setCourseId(courseId);
				session.setStatus(status);
				session.setStartDate(startDate);
			});
	}

	/**
	 * 2030-03-17, a whole second: PostgreSQL keeps microseconds, so dates compare exactly.
	 */
	private static final long _EPOCH = 1_900_000_000_000L;

	private final TrainingRows _rows = new TrainingRows(harness);

}
