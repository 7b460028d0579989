package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.persistence.CoursePersistence;

/**
 * Every remote course method checks the caller's permission before the local service is touched.
 *
 * @author Livsviktig
 */
public class CourseServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() {
		Fields.set(_service, "courseLocalService", _courseLocalService);
		Fields.set(_service, "coursePersistence", _coursePersistence);
		Fields.set(_service, "_courseModelResourcePermission", _courseGrants);
		Fields.set(_service, "_portletResourcePermission", _portletGrants);
	}

	@Test
	public void addCourseNeedsAddCourseOnTheSite() throws Exception {
		assertThrows(PrincipalException.class, this::_addCourse);

		verifyNoInteractions(_courseLocalService);

		_portletGrants.grant(_GROUP_ID, TrainingActionKeys.ADD_COURSE);

		when(
			_courseLocalService.addCourse(
				eq(SignedInCaller.USER_ID), eq(_GROUP_ID), anyLong(), any(),
				any(), any(), anyDouble(), anyBoolean(),
				any(ServiceContext.class))
		).thenReturn(
			_course
		);

		assertSame(_course, _addCourse());
	}

	@Test
	public void deleteCourseNeedsDelete() throws Exception {
		_courseGrants.grant(_COURSE_ID, ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class, () -> _service.deleteCourse(_COURSE_ID));

		verifyNoInteractions(_courseLocalService);

		_courseGrants.grant(_COURSE_ID, ActionKeys.DELETE);

		when(
			_courseLocalService.deleteCourse(_COURSE_ID)
		).thenReturn(
			_course
		);

		assertSame(_course, _service.deleteCourse(_COURSE_ID));
	}

	@Test
	public void getCourseNeedsView() throws Exception {
		assertThrows(
			PrincipalException.class, () -> _service.getCourse(_COURSE_ID));

		verifyNoInteractions(_courseLocalService);

		_courseGrants.grant(_COURSE_ID, ActionKeys.VIEW);

		when(
			_courseLocalService.getCourse(_COURSE_ID)
		).thenReturn(
			_course
		);

		assertSame(_course, _service.getCourse(_COURSE_ID));
	}

	@Test
	public void getCoursesCountCountsOnlyWhatTheDatabaseLetsTheCallerView() {
		when(
			_coursePersistence.filterCountByG_S(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED)
		).thenReturn(
			7
		);

		assertEquals(
			7,
			_service.getCoursesCount(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED));

		verifyNoInteractions(_courseLocalService);
	}

	@Test
	public void getCoursesListsOnlyWhatTheDatabaseLetsTheCallerView() {
		List<Course> courses = Collections.singletonList(_course);

		when(
			_coursePersistence.filterFindByG_S(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED, 0, 20)
		).thenReturn(
			courses
		);

		assertSame(
			courses,
			_service.getCourses(
				_GROUP_ID, WorkflowConstants.STATUS_APPROVED, 0, 20));

		verifyNoInteractions(_courseLocalService);
	}

	@Test
	public void updateCourseNeedsUpdate() throws Exception {
		_courseGrants.grant(_COURSE_ID, ActionKeys.VIEW);

		assertThrows(PrincipalException.class, this::_updateCourse);

		verifyNoInteractions(_courseLocalService);

		_courseGrants.grant(_COURSE_ID, ActionKeys.UPDATE);

		when(
			_courseLocalService.updateCourse(
				eq(_COURSE_ID), anyLong(), any(), any(), any(), anyDouble(),
				anyBoolean(), any(ServiceContext.class))
		).thenReturn(
			_course
		);

		assertSame(_course, _updateCourse());
	}

	@Test
	public void updateStatusNeedsUpdateAndRecordsTheCaller() throws Exception {
		_courseGrants.grant(_COURSE_ID, ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateStatus(
				_COURSE_ID, WorkflowConstants.STATUS_INACTIVE));

		verifyNoInteractions(_courseLocalService);

		_courseGrants.grant(_COURSE_ID, ActionKeys.UPDATE);

		when(
			_courseLocalService.updateStatus(
				SignedInCaller.USER_ID, _COURSE_ID,
				WorkflowConstants.STATUS_INACTIVE)
		).thenReturn(
			_course
		);

		assertSame(
			_course,
			_service.updateStatus(
				_COURSE_ID, WorkflowConstants.STATUS_INACTIVE));
	}

	private Course _addCourse() throws Exception {
		return _service.addCourse(
			_GROUP_ID, 80001, null, null, null, 14, false,
			new ServiceContext());
	}

	private Course _updateCourse() throws Exception {
		return _service.updateCourse(
			_COURSE_ID, 80001, null, null, null, 14, false,
			new ServiceContext());
	}

	private static final long _COURSE_ID = 70001;

	private static final long _GROUP_ID = 20121;

	private final Course _course = mock(Course.class);
	private final Grants.ModelGrants<Course> _courseGrants = Grants.model(
		Course.class, Course::getCourseId);
	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CoursePersistence _coursePersistence = mock(
		CoursePersistence.class);
	private final Grants.PortletGrants _portletGrants = Grants.portlet();
	private final CourseServiceImpl _service = new CourseServiceImpl();

}
