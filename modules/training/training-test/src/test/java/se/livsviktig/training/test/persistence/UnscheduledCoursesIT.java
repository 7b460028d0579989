package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.service.CourseLocalService;

/**
 * The catalogue's courses without a date, in one query on PostgreSQL: published courses of the site with no
 * published session starting later, narrowed by what the caller may view.
 *
 * @author Livsviktig
 */
class UnscheduledCoursesIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@Test
	void onlyPublishedCoursesWithoutAnUpcomingPublishedSessionAreListed()
		throws Exception {

		long groupId = _rows.newId();

		long withUpcoming = _course(groupId, WorkflowConstants.STATUS_APPROVED);
		long withPastOnly = _course(groupId, WorkflowConstants.STATUS_APPROVED);
		long withDraftOnly = _course(groupId, WorkflowConstants.STATUS_APPROVED);
		long withNone = _course(groupId, WorkflowConstants.STATUS_APPROVED);

		_course(groupId, WorkflowConstants.STATUS_DRAFT);
		_course(_rows.newId(), WorkflowConstants.STATUS_APPROVED);

		_session(
			groupId, withUpcoming, CourseSessionConstants.STATUS_PUBLISHED, 10);
		_session(
			groupId, withPastOnly, CourseSessionConstants.STATUS_PUBLISHED, -10);
		_session(
			groupId, withDraftOnly, CourseSessionConstants.STATUS_DRAFT, 10);

		assertEquals(
			List.of(withPastOnly, withDraftOnly, withNone),
			_unscheduled(groupId, null));
		assertEquals(
			List.of(withNone),
			_unscheduled(
				groupId, CourseTable.INSTANCE.courseId.eq(withNone)),
			"what the caller may view narrows the same query");
	}

	private long _course(long groupId, int status) throws Exception {
		return _rows.course(
			course -> {
				course.setGroupId(groupId);
				course.setStatus(status);
			}
		).getCourseId();
	}

	private void _session(long groupId, long courseId, int status, int days)
		throws Exception {

		_rows.courseSession(
			courseSession -> {
				courseSession.setGroupId(groupId);
				courseSession.setCourseId(courseId);
				courseSession.setStatus(status);
				courseSession.setStartDate(
					new Date(_NOW.getTime() + (days * 86_400_000L)));
			});
	}

	private List<Long> _unscheduled(long groupId, Predicate predicate)
		throws Exception {

		List<Course> courses = _rows.read(
			() -> harness.get(
				CourseLocalService.class
			).getUnscheduledCourses(
				groupId, _NOW, predicate, QueryUtil.ALL_POS, QueryUtil.ALL_POS
			));

		return courses.stream(
		).map(
			Course::getCourseId
		).collect(
			Collectors.toList()
		);
	}

	private static final Date _NOW = new Date(1_900_000_000_000L);

	private final TrainingRows _rows = new TrainingRows(harness);

}
