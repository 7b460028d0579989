package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.petra.sql.dsl.expression.Predicate;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.InlineSQLHelper;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.CourseSessionTable;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.SessionQuota;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Every remote course session method checks the caller's permission before the local service is touched; the
 * catalogue and the lists are filtered by the database.
 *
 * @author Livsviktig
 */
public class CourseSessionServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@RegisterExtension
	public final SignedInCaller signedInCaller = new SignedInCaller();

	@BeforeEach
	public void setUp() {
		Fields.set(_service, "courseSessionLocalService", _localService);
		Fields.set(_service, "courseSessionPersistence", _persistence);
		Fields.set(_service, "_courseModelResourcePermission", _courseGrants);
		Fields.set(
			_service, "_courseSessionModelResourcePermission", _sessionGrants);
		Fields.set(_service, "_inlineSQLHelper", _inlineSQLHelper);
	}

	@Test
	public void addCourseSessionNeedsAddSessionOnTheCourse() throws Exception {
		_courseGrants.grant(_COURSE_ID, ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_addCourseSession);

		verifyNoInteractions(_localService);

		_courseGrants.grant(_COURSE_ID, TrainingActionKeys.ADD_SESSION);

		when(
			_localService.addCourseSession(
				eq(SignedInCaller.USER_ID), eq(_COURSE_ID), anyLong(), anyInt(),
				any(), any(), any(), any(), anyInt(), any(), any(), any(),
				anyBoolean(), anyInt(), anyInt(), anyBoolean(), any(), any(),
				any(), any(), any(ServiceContext.class))
		).thenReturn(
			_courseSession
		);

		assertSame(_courseSession, _addCourseSession());
	}

	@Test
	public void archiveCourseSessionNeedsUpdate() throws Exception {
		_refusedThenAllowed(
			ActionKeys.UPDATE,
			() -> _service.archiveCourseSession(_SESSION_ID));

		when(
			_localService.archiveCourseSession(
				SignedInCaller.USER_ID, _SESSION_ID)
		).thenReturn(
			_courseSession
		);

		assertSame(
			_courseSession, _service.archiveCourseSession(_SESSION_ID));
	}

	@Test
	public void cancelCourseSessionNeedsUpdate() throws Exception {
		_refusedThenAllowed(
			ActionKeys.UPDATE,
			() -> _service.cancelCourseSession(_SESSION_ID, "Sjuk instruktör"));

		when(
			_localService.cancelCourseSession(
				SignedInCaller.USER_ID, _SESSION_ID, "Sjuk instruktör")
		).thenReturn(
			_courseSession
		);

		assertSame(
			_courseSession,
			_service.cancelCourseSession(_SESSION_ID, "Sjuk instruktör"));
	}

	@Test
	public void deleteCourseSessionNeedsDelete() throws Exception {
		_refusedThenAllowed(
			ActionKeys.DELETE, () -> _service.deleteCourseSession(_SESSION_ID));

		when(
			_localService.deleteCourseSession(_SESSION_ID)
		).thenReturn(
			_courseSession
		);

		assertSame(_courseSession, _service.deleteCourseSession(_SESSION_ID));
	}

	@Test
	public void getCatalogCourseSessionsCountIsFilteredByWhatTheCallerMayView() {
		Predicate predicate = _permissionPredicate();

		when(
			_localService.getCatalogCourseSessionsCount(
				_GROUP_ID, 0, null, null, "Umeå",
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, true, predicate)
		).thenReturn(
			3
		);

		assertEquals(
			3,
			_service.getCatalogCourseSessionsCount(
				_GROUP_ID, 0, null, null, "Umeå",
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, true));
	}

	@Test
	public void getCatalogCourseSessionsIsFilteredByWhatTheCallerMayView() {
		Predicate predicate = _permissionPredicate();
		List<CourseSession> courseSessions = Collections.singletonList(
			_courseSession);

		when(
			_localService.getCatalogCourseSessions(
				_GROUP_ID, 0, null, null, null, -1, false, predicate, 0, 20)
		).thenReturn(
			courseSessions
		);

		assertSame(
			courseSessions,
			_service.getCatalogCourseSessions(
				_GROUP_ID, 0, null, null, null, -1, false, 0, 20));
	}

	@Test
	public void getCatalogEntriesIsFilteredByWhatTheCallerMayView() {
		Predicate predicate = _permissionPredicate();
		List<CatalogEntry> catalogEntries = Collections.singletonList(
			mock(CatalogEntry.class));

		when(
			_localService.getCatalogEntries(
				_GROUP_ID, 7, null, null, "Umeå",
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, true, predicate,
				20, 40)
		).thenReturn(
			catalogEntries
		);

		assertSame(
			catalogEntries,
			_service.getCatalogEntries(
				_GROUP_ID, 7, null, null, "Umeå",
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, true, 20, 40));
	}

	@Test
	public void getCatalogPageIsFilteredByWhatTheCallerMayView() {
		Predicate predicate = _permissionPredicate();
		CatalogPage catalogPage = new CatalogPage(
			Collections.singletonList(mock(CatalogEntry.class)), 21);

		when(
			_localService.getCatalogPage(
				_GROUP_ID, 7, null, null, "Umeå",
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, true, predicate,
				20, 40)
		).thenReturn(
			catalogPage
		);

		assertSame(
			catalogPage,
			_service.getCatalogPage(
				_GROUP_ID, 7, null, null, "Umeå",
				CourseSessionConstants.DELIVERY_MODE_ON_SITE, true, 20, 40));
	}

	@Test
	public void getCourseSessionNeedsView() throws Exception {
		_refusedThenAllowed(
			ActionKeys.VIEW, () -> _service.getCourseSession(_SESSION_ID));

		when(
			_localService.getCourseSession(_SESSION_ID)
		).thenReturn(
			_courseSession
		);

		assertSame(_courseSession, _service.getCourseSession(_SESSION_ID));
	}

	@Test
	public void getCourseSessionsCountCountsOnlyWhatTheDatabaseLetsTheCallerView() {
		when(
			_persistence.filterCountByG_S(
				_GROUP_ID, CourseSessionConstants.STATUS_PUBLISHED)
		).thenReturn(
			4
		);

		assertEquals(
			4,
			_service.getCourseSessionsCount(
				_GROUP_ID, CourseSessionConstants.STATUS_PUBLISHED));

		verifyNoInteractions(_localService);
	}

	@Test
	public void getCourseSessionsListsOnlyWhatTheDatabaseLetsTheCallerView() {
		List<CourseSession> courseSessions = Collections.singletonList(
			_courseSession);

		when(
			_persistence.filterFindByG_S(
				_GROUP_ID, CourseSessionConstants.STATUS_PUBLISHED, 0, 20)
		).thenReturn(
			courseSessions
		);

		assertSame(
			courseSessions,
			_service.getCourseSessions(
				_GROUP_ID, CourseSessionConstants.STATUS_PUBLISHED, 0, 20));

		verifyNoInteractions(_localService);
	}

	@Test
	public void getSessionDatesNeedsView() throws Exception {
		_refusedThenAllowed(
			ActionKeys.VIEW, () -> _service.getSessionDates(_SESSION_ID));

		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setSessionDateId(61001);
		sessionDate.setCourseSessionId(_SESSION_ID);
		sessionDate.setCheckInCode("ABC234");

		List<SessionDate> sessionDates = Collections.singletonList(
			sessionDate);

		when(
			_localService.getSessionDates(_SESSION_ID)
		).thenReturn(
			sessionDates
		);

		List<SessionDate> viewed = _service.getSessionDates(_SESSION_ID);

		assertEquals(1, viewed.size());
		assertEquals(61001, viewed.get(0).getSessionDateId());
		assertEquals(
			"", viewed.get(0).getCheckInCode(),
			"whoever may only see the session does not get the check-in code");
		assertEquals(
			"ABC234", sessionDate.getCheckInCode(),
			"the entity itself keeps its code");

		_sessionGrants.grant(_SESSION_ID, TrainingActionKeys.MARK_ATTENDANCE);

		assertSame(sessionDates, _service.getSessionDates(_SESSION_ID));
	}

	@Test
	public void publishCourseSessionNeedsUpdate() throws Exception {
		_refusedThenAllowed(
			ActionKeys.UPDATE, () -> _service.publishCourseSession(_SESSION_ID));

		when(
			_localService.publishCourseSession(
				SignedInCaller.USER_ID, _SESSION_ID)
		).thenReturn(
			_courseSession
		);

		assertSame(
			_courseSession, _service.publishCourseSession(_SESSION_ID));
	}

	@Test
	public void updateCourseSessionNeedsUpdate() throws Exception {
		_refusedThenAllowed(ActionKeys.UPDATE, this::_updateCourseSession);

		when(
			_localService.updateCourseSession(
				eq(SignedInCaller.USER_ID), eq(_SESSION_ID), anyLong(),
				anyInt(), any(), any(), any(), any(), anyInt(), any(), any(),
				any(), anyBoolean(), anyInt(), anyInt(), anyBoolean(), any(),
				any(), any(), any(), any(ServiceContext.class))
		).thenReturn(
			_courseSession
		);

		assertSame(_courseSession, _updateCourseSession());
	}

	@Test
	public void updateSessionQuotasNeedsUpdate() throws Exception {
		long[] organizationIds = {RegistrationFixture.SOF};
		int[] seats = {4};
		Date[] releaseDates = {RegistrationFixture.daysFromNow(3)};

		_refusedThenAllowed(
			ActionKeys.UPDATE,
			() -> _service.updateSessionQuotas(
				_SESSION_ID, organizationIds, seats, releaseDates));

		List<SessionQuota> sessionQuotas = Collections.singletonList(
			mock(SessionQuota.class));

		when(
			_localService.updateSessionQuotas(
				_SESSION_ID, organizationIds, seats, releaseDates)
		).thenReturn(
			sessionQuotas
		);

		assertSame(
			sessionQuotas,
			_service.updateSessionQuotas(
				_SESSION_ID, organizationIds, seats, releaseDates));
	}

	private CourseSession _addCourseSession() throws Exception {
		return _service.addCourseSession(
			_COURSE_ID, 0, CourseSessionConstants.DELIVERY_MODE_ON_SITE,
			"Stadshuset", null, "Umeå", null, 20, null, null, null, false,
			CourseSessionConstants.WAITLIST_MODE_AUTOMATIC, 0, false, null,
			new Date[] {RegistrationFixture.daysFromNow(14)},
			new Date[] {RegistrationFixture.daysFromNow(15)}, null,
			new ServiceContext());
	}

	private Predicate _permissionPredicate() {
		Predicate predicate = mock(Predicate.class);

		when(
			_inlineSQLHelper.getPermissionWherePredicate(
				CourseSession.class,
				CourseSessionTable.INSTANCE.courseSessionId, _GROUP_ID)
		).thenReturn(
			predicate
		);

		return predicate;
	}

	/**
	 * The caller holds every other action on the session but the one the method needs, and is refused
	 * without the local service being touched; then the action is granted.
	 */
	private void _refusedThenAllowed(String actionId, RemoteCall remoteCall) {
		for (String otherActionId :
				new String[] {
					ActionKeys.DELETE, ActionKeys.UPDATE, ActionKeys.VIEW,
					TrainingActionKeys.VIEW_PARTICIPANTS
				}) {

			if (!otherActionId.equals(actionId)) {
				_sessionGrants.grant(_SESSION_ID, otherActionId);
			}
		}

		assertThrows(PrincipalException.class, remoteCall::call);

		verifyNoInteractions(_localService);

		_sessionGrants.grant(_SESSION_ID, actionId);
	}

	private CourseSession _updateCourseSession() throws Exception {
		return _service.updateCourseSession(
			_SESSION_ID, 0, CourseSessionConstants.DELIVERY_MODE_ON_SITE,
			"Stadshuset", null, "Umeå", null, 20, null, null, null, false,
			CourseSessionConstants.WAITLIST_MODE_AUTOMATIC, 0, false, null,
			new Date[] {RegistrationFixture.daysFromNow(14)},
			new Date[] {RegistrationFixture.daysFromNow(15)}, null,
			new ServiceContext());
	}

	private static final long _COURSE_ID = 70001;

	private static final long _GROUP_ID = RegistrationFixture.GROUP_ID;

	private static final long _SESSION_ID = RegistrationFixture.SESSION_ID;

	private final Grants.ModelGrants<Course> _courseGrants = Grants.model(
		Course.class, Course::getCourseId);
	private final CourseSession _courseSession = mock(CourseSession.class);
	private final InlineSQLHelper _inlineSQLHelper = mock(
		InlineSQLHelper.class);
	private final CourseSessionLocalService _localService = mock(
		CourseSessionLocalService.class);
	private final CourseSessionPersistence _persistence = mock(
		CourseSessionPersistence.class);
	private final CourseSessionServiceImpl _service =
		new CourseSessionServiceImpl();
	private final Grants.ModelGrants<CourseSession> _sessionGrants =
		Grants.model(CourseSession.class, CourseSession::getCourseSessionId);

	@FunctionalInterface
	private interface RemoteCall {

		public Object call() throws Exception;

	}

}
