package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static se.livsviktig.training.test.persistence.FinderAssertions.assertFound;

import com.liferay.portal.kernel.workflow.WorkflowConstants;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.persistence.CoursePersistence;

/**
 * The Course finders of service.xml, on PostgreSQL, ordered by courseId.
 */
class CourseFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@FinderUnderTest(entity = "Course", finder = "G_S")
	@Test
	void findByG_SReturnsTheCoursesOfTheSiteInTheStatus() throws Exception {
		long groupId = _rows.newId();

		Course published = _rows.course(
			course -> {
				course.setGroupId(groupId);
				course.setStatus(WorkflowConstants.STATUS_APPROVED);
			});

		_rows.course(
			course -> {
				course.setGroupId(groupId);
				course.setStatus(WorkflowConstants.STATUS_DRAFT);
			});
		_rows.course(
			course -> {
				course.setGroupId(_rows.newId());
				course.setStatus(WorkflowConstants.STATUS_APPROVED);
			});

		assertFound(
			_rows.read(() -> _persistence().findByG_S(groupId, WorkflowConstants.STATUS_APPROVED)), published);
		assertEquals(
			1, (int)_rows.read(() -> _persistence().countByG_S(groupId, WorkflowConstants.STATUS_APPROVED)));
	}

	@FinderUnderTest(entity = "Course", finder = "G_TM")
	@Test
	void findByG_TMReturnsTheCoursesOfTheSiteByTheMethod() throws Exception {
		long groupId = _rows.newId();
		long trainingMethodId = _rows.newId();

		Course course = _rows.course(
			value -> {
				value.setGroupId(groupId);
				value.setTrainingMethodId(trainingMethodId);
			});

		_rows.course(
			value -> {
				value.setGroupId(groupId);
				value.setTrainingMethodId(_rows.newId());
			});
		_rows.course(
			value -> {
				value.setGroupId(_rows.newId());
				value.setTrainingMethodId(trainingMethodId);
			});

		assertFound(_rows.read(() -> _persistence().findByG_TM(groupId, trainingMethodId)), course);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByG_TM(groupId, trainingMethodId)));
	}

	@FinderUnderTest(entity = "Course", finder = "GroupId")
	@Test
	void findByGroupIdReturnsTheCoursesOfTheSiteOnly() throws Exception {
		long groupId = _rows.newId();

		Course first = _rows.course(course -> course.setGroupId(groupId));
		Course second = _rows.course(course -> course.setGroupId(groupId));

		_rows.course(course -> course.setGroupId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByGroupId(groupId)), first, second);
		assertEquals(2, (int)_rows.read(() -> _persistence().countByGroupId(groupId)));
	}

	@FinderUnderTest(entity = "Course", finder = "TrainingMethodId")
	@Test
	void findByTrainingMethodIdReturnsTheCoursesOfTheMethodOnly() throws Exception {
		long trainingMethodId = _rows.newId();

		Course course = _rows.course(value -> value.setTrainingMethodId(trainingMethodId));

		_rows.course(value -> value.setTrainingMethodId(_rows.newId()));

		assertFound(_rows.read(() -> _persistence().findByTrainingMethodId(trainingMethodId)), course);
		assertEquals(1, (int)_rows.read(() -> _persistence().countByTrainingMethodId(trainingMethodId)));
	}

	private static CoursePersistence _persistence() {
		return harness.get(CoursePersistence.class);
	}

	private final TrainingRows _rows = new TrainingRows(harness);

}
