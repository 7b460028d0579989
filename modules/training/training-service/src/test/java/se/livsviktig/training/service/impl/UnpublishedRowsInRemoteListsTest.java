package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.CourseTable;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.TrainingMethodTable;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.persistence.CoursePersistence;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.TrainingMethodPersistence;

/**
 * The remote lists of sessions, courses and methods are reachable by any signed-in person through the JSON
 * web services. Drafts and archived rows are listed only to those who may update them (a coordinator, a role
 * granted UPDATE on them all, the owner of the row); everyone else gets the public statuses, filtered by the
 * database so paging stays right.
 *
 * @author Livsviktig
 */
public class UnpublishedRowsInRemoteListsTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() {
		Fields.set(
			_courseSessionService, "courseSessionLocalService",
			_courseSessionLocalService);
		Fields.set(
			_courseSessionService, "courseSessionPersistence",
			_courseSessionPersistence);
		Fields.set(
			_courseSessionService, "_inlineSQLHelper", _inlineSQLHelper);
		Fields.set(
			_courseSessionService, "_portletResourcePermission",
			_portletGrants);

		Fields.set(_courseService, "courseLocalService", _courseLocalService);
		Fields.set(_courseService, "coursePersistence", _coursePersistence);
		Fields.set(_courseService, "_inlineSQLHelper", _inlineSQLHelper);
		Fields.set(
			_courseService, "_portletResourcePermission", _portletGrants);

		Fields.set(
			_trainingMethodService, "trainingMethodLocalService",
			_trainingMethodLocalService);
		Fields.set(
			_trainingMethodService, "trainingMethodPersistence",
			_trainingMethodPersistence);
		Fields.set(
			_trainingMethodService, "_inlineSQLHelper", _inlineSQLHelper);

		when(
			_inlineSQLHelper.getPermissionWherePredicate(
				CourseSession.class,
				CourseSessionTable.INSTANCE.courseSessionId, _GROUP_ID)
		).thenReturn(
			CourseSessionTable.INSTANCE.courseSessionId.gt(0L)
		);
		when(
			_inlineSQLHelper.getPermissionWherePredicate(
				Course.class, CourseTable.INSTANCE.courseId, _GROUP_ID)
		).thenReturn(
			CourseTable.INSTANCE.courseId.gt(0L)
		);
		when(
			_inlineSQLHelper.getPermissionWherePredicate(
				TrainingMethod.class,
				TrainingMethodTable.INSTANCE.trainingMethodId, _GROUP_ID)
		).thenReturn(
			TrainingMethodTable.INSTANCE.trainingMethodId.gt(0L)
		);
	}

	@Test
	public void aCoordinatorListsEverySessionOfTheSite() {
		_portletGrants.grant(_GROUP_ID, TrainingActionKeys.MANAGE_SESSIONS);

		_courseSessionService.searchCourseSessions(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 0, 0, 20, null);
		_courseSessionService.searchCourseSessionsCount(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 0);

		assertEquals(
			"LVTraining_CourseSession.courseSessionId > ? [0]",
			_sql(_searchedSessions()));
		assertEquals(
			"LVTraining_CourseSession.courseSessionId > ? [0]",
			_sql(_countedSessions()));

		_courseSessionService.getCourseSessions(
			_GROUP_ID, CourseSessionConstants.STATUS_DRAFT, 0, 20);
		_courseSessionService.getCourseSessionsCount(
			_GROUP_ID, CourseSessionConstants.STATUS_DRAFT);

		verify(
			_courseSessionPersistence
		).filterFindByG_S(
			_GROUP_ID, CourseSessionConstants.STATUS_DRAFT, 0, 20
		);
		verify(
			_courseSessionPersistence
		).filterCountByG_S(
			_GROUP_ID, CourseSessionConstants.STATUS_DRAFT
		);
	}

	@Test
	public void aRoleThatMayUpdateEverySessionListsThemAll() {
		_mayUpdateEvery(CourseSession.class);

		_courseSessionService.searchCourseSessions(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 0, 0, 20, null);

		assertEquals(
			"LVTraining_CourseSession.courseSessionId > ? [0]",
			_sql(_searchedSessions()));
	}

	@Test
	public void anyoneElseListsPublishedAndCancelledSessionsAndTheirOwn() {
		_courseSessionService.searchCourseSessions(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 0, 0, 20, null);
		_courseSessionService.searchCourseSessionsCount(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 0);

		String restricted =
			"LVTraining_CourseSession.courseSessionId > ? and " +
				"(LVTraining_CourseSession.status in (?, ?) or " +
					"LVTraining_CourseSession.userId = ?) [0, 0, 10, 20125]";

		assertEquals(restricted, _sql(_searchedSessions()));
		assertEquals(restricted, _sql(_countedSessions()));
	}

	@Test
	public void anyoneElseAskingForDraftsGetsOnlyTheirOwn() {
		List<CourseSession> courseSessions = Collections.singletonList(
			mock(CourseSession.class));

		when(
			_courseSessionLocalService.searchCourseSessions(
				eq(_GROUP_ID), isNull(),
				eq(CourseSessionConstants.STATUS_DRAFT), eq(0L), eq(0L),
				any(), eq(0), eq(20), isNull())
		).thenReturn(
			courseSessions
		);

		assertSame(
			courseSessions,
			_courseSessionService.getCourseSessions(
				_GROUP_ID, CourseSessionConstants.STATUS_DRAFT, 0, 20));

		_courseSessionService.getCourseSessionsCount(
			_GROUP_ID, CourseSessionConstants.STATUS_ARCHIVED);

		String restricted =
			"LVTraining_CourseSession.courseSessionId > ? and " +
				"(LVTraining_CourseSession.status in (?, ?) or " +
					"LVTraining_CourseSession.userId = ?) [0, 0, 10, 20125]";

		assertEquals(restricted, _sql(_searchedSessions()));
		assertEquals(restricted, _sql(_countedSessions()));

		verify(
			_courseSessionPersistence, never()
		).filterFindByG_S(
			anyLong(), anyInt(), anyInt(), anyInt()
		);
		verify(
			_courseSessionPersistence, never()
		).filterCountByG_S(
			anyLong(), anyInt()
		);
	}

	@Test
	public void anyoneListsPublishedSessionsAsTheDatabaseLetsThemView() {
		_courseSessionService.getCourseSessions(
			_GROUP_ID, CourseSessionConstants.STATUS_PUBLISHED, 0, 20);

		verify(
			_courseSessionPersistence
		).filterFindByG_S(
			_GROUP_ID, CourseSessionConstants.STATUS_PUBLISHED, 0, 20
		);
	}

	@Test
	public void aCoordinatorListsEveryCourseOfTheSite() {
		_portletGrants.grant(_GROUP_ID, TrainingActionKeys.MANAGE_SESSIONS);

		_courseService.searchCourses(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 0, 20, null);
		_courseService.getCourses(
			_GROUP_ID, WorkflowConstants.STATUS_INACTIVE, 0, 20);

		assertEquals(
			"LVTraining_Course.courseId > ? [0]", _sql(_searchedCourses()));

		verify(
			_coursePersistence
		).filterFindByG_S(
			_GROUP_ID, WorkflowConstants.STATUS_INACTIVE, 0, 20
		);
	}

	@Test
	public void anyoneElseListsActiveCoursesAndTheirOwn() {
		_courseService.searchCourses(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 0, 20, null);
		_courseService.searchCoursesCount(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0);
		_courseService.getCourses(
			_GROUP_ID, WorkflowConstants.STATUS_INACTIVE, 0, 20);
		_courseService.getCoursesCount(
			_GROUP_ID, WorkflowConstants.STATUS_INACTIVE);

		String restricted =
			"LVTraining_Course.courseId > ? and " +
				"(LVTraining_Course.status in (?) or " +
					"LVTraining_Course.userId = ?) [0, 0, 20125]";

		ArgumentCaptor<Predicate> searched = ArgumentCaptor.forClass(
			Predicate.class);

		verify(
			_courseLocalService, times(2)
		).searchCourses(
			eq(_GROUP_ID), isNull(), anyInt(), eq(0L), searched.capture(),
			eq(0), eq(20), isNull()
		);

		for (Predicate predicate : searched.getAllValues()) {
			assertEquals(restricted, _sql(predicate));
		}

		ArgumentCaptor<Predicate> counted = ArgumentCaptor.forClass(
			Predicate.class);

		verify(
			_courseLocalService, times(2)
		).searchCoursesCount(
			eq(_GROUP_ID), isNull(), anyInt(), eq(0L), counted.capture()
		);

		for (Predicate predicate : counted.getAllValues()) {
			assertEquals(restricted, _sql(predicate));
		}

		verify(
			_coursePersistence, never()
		).filterFindByG_S(
			anyLong(), anyInt(), anyInt(), anyInt()
		);
	}

	@Test
	public void aRoleThatMayUpdateEveryMethodListsThemAll() {
		_mayUpdateEvery(TrainingMethod.class);

		_trainingMethodService.searchTrainingMethods(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 20, null);
		_trainingMethodService.getTrainingMethods(
			_GROUP_ID, WorkflowConstants.STATUS_INACTIVE, 0, 20);

		assertEquals(
			"LVTraining_TrainingMethod.trainingMethodId > ? [0]",
			_sql(_searchedMethods()));

		// Every method of the status from the cached finder, each then kept only if the caller may VIEW it
		// (TrainingMethodServiceImplTest, ViewableModelsTest)

		verify(
			_trainingMethodPersistence
		).findByG_S(
			_GROUP_ID, WorkflowConstants.STATUS_INACTIVE
		);
		verify(
			_trainingMethodPersistence, never()
		).filterFindByG_S(
			anyLong(), anyInt(), anyInt(), anyInt()
		);
	}

	@Test
	public void anyoneElseListsActiveMethodsAndTheirOwn() {
		_trainingMethodService.searchTrainingMethods(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY, 0, 20, null);
		_trainingMethodService.searchTrainingMethodsCount(
			_GROUP_ID, null, WorkflowConstants.STATUS_ANY);
		_trainingMethodService.getTrainingMethodsCount(
			_GROUP_ID, WorkflowConstants.STATUS_INACTIVE);

		String restricted =
			"LVTraining_TrainingMethod.trainingMethodId > ? and " +
				"(LVTraining_TrainingMethod.status in (?) or " +
					"LVTraining_TrainingMethod.userId = ?) [0, 0, 20125]";

		assertEquals(restricted, _sql(_searchedMethods()));

		ArgumentCaptor<Predicate> counted = ArgumentCaptor.forClass(
			Predicate.class);

		verify(
			_trainingMethodLocalService, times(2)
		).searchTrainingMethodsCount(
			eq(_GROUP_ID), isNull(), anyInt(), counted.capture()
		);

		for (Predicate predicate : counted.getAllValues()) {
			assertEquals(restricted, _sql(predicate));
		}

		verify(
			_trainingMethodPersistence, never()
		).filterCountByG_S(
			anyLong(), anyInt()
		);
	}

	@Test
	public void anyoneListsActiveMethodsTheyMayViewFromTheCachedFinder() {
		_trainingMethodService.getTrainingMethods(
			_GROUP_ID, WorkflowConstants.STATUS_APPROVED, 0, 20);

		verify(
			_trainingMethodPersistence
		).findByG_S(
			_GROUP_ID, WorkflowConstants.STATUS_APPROVED
		);
		verify(
			_trainingMethodPersistence, never()
		).filterFindByG_S(
			anyLong(), anyInt(), anyInt(), anyInt()
		);
	}

	private void _mayUpdateEvery(Class<?> modelClass) {
		when(
			signedInCaller.permissionChecker.hasPermission(
				_GROUP_ID, modelClass.getName(), _GROUP_ID, ActionKeys.UPDATE)
		).thenReturn(
			true
		);
	}

	private Predicate _countedSessions() {
		ArgumentCaptor<Predicate> predicate = ArgumentCaptor.forClass(
			Predicate.class);

		verify(
			_courseSessionLocalService
		).searchCourseSessionsCount(
			eq(_GROUP_ID), isNull(), anyInt(), eq(0L), eq(0L),
			predicate.capture()
		);

		return predicate.getValue();
	}

	private Predicate _searchedCourses() {
		ArgumentCaptor<Predicate> predicate = ArgumentCaptor.forClass(
			Predicate.class);

		verify(
			_courseLocalService
		).searchCourses(
			eq(_GROUP_ID), isNull(), anyInt(), eq(0L), predicate.capture(),
			eq(0), eq(20), isNull()
		);

		return predicate.getValue();
	}

	private Predicate _searchedMethods() {
		ArgumentCaptor<Predicate> predicate = ArgumentCaptor.forClass(
			Predicate.class);

		verify(
			_trainingMethodLocalService
		).searchTrainingMethods(
			eq(_GROUP_ID), isNull(), anyInt(), predicate.capture(), eq(0),
			eq(20), isNull()
		);

		return predicate.getValue();
	}

	private Predicate _searchedSessions() {
		ArgumentCaptor<Predicate> predicate = ArgumentCaptor.forClass(
			Predicate.class);

		verify(
			_courseSessionLocalService
		).searchCourseSessions(
			eq(_GROUP_ID), isNull(), anyInt(), eq(0L), eq(0L),
			predicate.capture(), eq(0), eq(20), isNull()
		);

		return predicate.getValue();
	}

	/**
	 * The SQL the database gets, with the values bound to its parameters.
	 */
	private String _sql(Predicate predicate) {
		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = predicate.toSQL(defaultASTNodeListener);

		return sql + " " + defaultASTNodeListener.getScalarValues();
	}

	private static final long _GROUP_ID = 20121;

	private final CourseLocalService _courseLocalService = mock(
		CourseLocalService.class);
	private final CoursePersistence _coursePersistence = mock(
		CoursePersistence.class);
	private final CourseServiceImpl _courseService = new CourseServiceImpl();
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private final CourseSessionPersistence _courseSessionPersistence = mock(
		CourseSessionPersistence.class);
	private final CourseSessionServiceImpl _courseSessionService =
		new CourseSessionServiceImpl();
	private final InlineSQLHelper _inlineSQLHelper = mock(
		InlineSQLHelper.class);
	private final Grants.PortletGrants _portletGrants = Grants.portlet();
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final TrainingMethodPersistence _trainingMethodPersistence = mock(
		TrainingMethodPersistence.class);
	private final TrainingMethodServiceImpl _trainingMethodService =
		new TrainingMethodServiceImpl();

}
