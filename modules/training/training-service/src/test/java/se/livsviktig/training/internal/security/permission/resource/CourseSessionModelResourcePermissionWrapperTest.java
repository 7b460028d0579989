package se.livsviktig.training.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * Who may do what with a course session: coordinators everything, an instructor who accepted to teach it
 * what teaching needs, and nobody without UPDATE sees it before it is published.
 *
 * @author Livsviktig
 */
public class CourseSessionModelResourcePermissionWrapperTest {

	@BeforeEach
	public void setUp() throws Exception {
		CourseSessionModelResourcePermissionWrapper wrapper =
			new CourseSessionModelResourcePermissionWrapper();

		Fields.set(
			wrapper, "_courseSessionLocalService", _courseSessionLocalService);
		Fields.set(
			wrapper, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(
			wrapper, "_registrationLocalService", _registrationLocalService);
		Fields.set(
			wrapper, "_sessionInstructorLocalService",
			_sessionInstructorLocalService);

		_modelResourcePermission = wrapper.doGetModelResourcePermission();

		_courseSession.setCourseSessionId(_SESSION_ID);
		_courseSession.setGroupId(_GROUP_ID);
		_courseSession.setCompanyId(_COMPANY_ID);
		_courseSession.setUserId(_COORDINATOR_USER_ID);
		_courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);

		when(
			_courseSessionLocalService.getCourseSession(_SESSION_ID)
		).thenReturn(
			_courseSession
		);

		when(
			_permissionChecker.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_permissionChecker.getUserId()
		).thenReturn(
			_USER_ID
		);
	}

	@Test
	public void aCancelledSessionStaysVisibleToThoseWhoMayViewIt()
		throws Exception {

		_courseSession.setStatus(CourseSessionConstants.STATUS_CANCELLED);

		_roleMay(ActionKeys.VIEW);

		assertTrue(_contains(ActionKeys.VIEW));
	}

	@Test
	public void anArchivedSessionIsHiddenFromThoseWhoWereNotRegistered()
		throws Exception {

		_courseSession.setStatus(CourseSessionConstants.STATUS_ARCHIVED);

		_roleMay(ActionKeys.VIEW);

		assertFalse(_contains(ActionKeys.VIEW));
	}

	@Test
	public void anArchivedSessionStaysVisibleToThoseWhoWereRegistered()
		throws Exception {

		_courseSession.setStatus(CourseSessionConstants.STATUS_ARCHIVED);

		_roleMay(ActionKeys.VIEW);
		_registered(true);

		assertTrue(_contains(ActionKeys.VIEW));
		assertTrue(
			_modelResourcePermission.contains(
				_permissionChecker, _SESSION_ID, ActionKeys.VIEW));
		assertFalse(_contains(ActionKeys.UPDATE));
		assertFalse(_contains(TrainingActionKeys.VIEW_PARTICIPANTS));
	}

	@Test
	public void aDraftStaysHiddenFromThoseRegisteredOnIt() throws Exception {
		_courseSession.setStatus(CourseSessionConstants.STATUS_DRAFT);

		_roleMay(ActionKeys.VIEW);
		_registered(true);

		assertFalse(_contains(ActionKeys.VIEW));
	}

	@Test
	public void anAcceptedInstructorMayNotChangeTheSession() throws Exception {
		_acceptedInstructor(true);

		assertFalse(_contains(ActionKeys.UPDATE));
		assertFalse(_contains(ActionKeys.DELETE));
		assertFalse(_contains(TrainingActionKeys.MANAGE_PARTICIPANTS));
	}

	@Test
	public void anAcceptedInstructorMayViewSeeParticipantsAndMarkAttendance()
		throws Exception {

		_acceptedInstructor(true);

		assertTrue(_contains(ActionKeys.VIEW));
		assertTrue(_contains(TrainingActionKeys.VIEW_PARTICIPANTS));
		assertTrue(_contains(TrainingActionKeys.MARK_ATTENDANCE));

		assertTrue(
			_modelResourcePermission.contains(
				_permissionChecker, _SESSION_ID,
				TrainingActionKeys.MARK_ATTENDANCE));
	}

	@Test
	public void anInstructorWhoHasNotAcceptedHasNoInstructorRights()
		throws Exception {

		_acceptedInstructor(false);

		assertFalse(_contains(ActionKeys.VIEW));
		assertFalse(_contains(TrainingActionKeys.VIEW_PARTICIPANTS));
		assertFalse(_contains(TrainingActionKeys.MARK_ATTENDANCE));
	}

	@Test
	public void anUnpublishedSessionIsHiddenFromThoseWhoMayNotUpdateIt()
		throws Exception {

		_roleMay(ActionKeys.VIEW);

		assertTrue(_contains(ActionKeys.VIEW));

		_courseSession.setStatus(CourseSessionConstants.STATUS_DRAFT);

		assertFalse(_contains(ActionKeys.VIEW));

		_roleMay(ActionKeys.UPDATE);

		assertTrue(_contains(ActionKeys.VIEW));
	}

	@Test
	public void manageSessionsGrantsEveryAction() throws Exception {
		when(
			_portletResourcePermission.contains(
				_permissionChecker, _GROUP_ID,
				TrainingActionKeys.MANAGE_SESSIONS)
		).thenReturn(
			true
		);

		_courseSession.setStatus(CourseSessionConstants.STATUS_DRAFT);

		for (String actionId :
				new String[] {
					ActionKeys.DELETE, ActionKeys.PERMISSIONS, ActionKeys.UPDATE,
					ActionKeys.VIEW, TrainingActionKeys.MANAGE_PARTICIPANTS,
					TrainingActionKeys.MARK_ATTENDANCE,
					TrainingActionKeys.VIEW_PARTICIPANTS
				}) {

			assertTrue(_contains(actionId), actionId);
		}
	}

	@Test
	public void theOwnerWhoMayUpdateAnUnpublishedSessionSeesIt()
		throws Exception {

		_courseSession.setUserId(_USER_ID);
		_courseSession.setStatus(CourseSessionConstants.STATUS_DRAFT);

		when(
			_permissionChecker.hasOwnerPermission(
				_COMPANY_ID, CourseSession.class.getName(),
				String.valueOf(_SESSION_ID), _USER_ID, ActionKeys.UPDATE)
		).thenReturn(
			true
		);

		assertTrue(_contains(ActionKeys.UPDATE));
		assertTrue(_contains(ActionKeys.VIEW));
	}

	@Test
	public void withoutAGrantNothingIsAllowed() throws Exception {
		for (String actionId :
				new String[] {
					ActionKeys.DELETE, ActionKeys.UPDATE, ActionKeys.VIEW,
					TrainingActionKeys.MANAGE_PARTICIPANTS,
					TrainingActionKeys.MARK_ATTENDANCE,
					TrainingActionKeys.VIEW_PARTICIPANTS
				}) {

			assertFalse(_contains(actionId), actionId);
		}
	}

	private void _acceptedInstructor(boolean accepted) {
		when(
			_sessionInstructorLocalService.isAcceptedInstructor(
				_SESSION_ID, _USER_ID)
		).thenReturn(
			accepted
		);
	}

	private void _registered(boolean registered) {
		when(
			_registrationLocalService.hasUserRegistration(_USER_ID, _SESSION_ID)
		).thenReturn(
			registered
		);
	}

	private boolean _contains(String actionId) throws Exception {
		return _modelResourcePermission.contains(
			_permissionChecker, _courseSession, actionId);
	}

	/**
	 * The portal grants the action on sessions to one of the caller's roles, as it grants VIEW to Site Member
	 * by default. The checker answers alike whether the key is asked as a number or as text.
	 */
	private void _roleMay(String actionId) {
		when(
			_permissionChecker.hasPermission(
				_GROUP_ID, CourseSession.class.getName(),
				String.valueOf(_SESSION_ID), actionId)
		).thenReturn(
			true
		);
		when(
			_permissionChecker.hasPermission(
				_GROUP_ID, CourseSession.class.getName(), _SESSION_ID,
				actionId)
		).thenReturn(
			true
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _COORDINATOR_USER_ID = 30000;

	private static final long _GROUP_ID = 20121;

	private static final long _SESSION_ID = 60001;

	private static final long _USER_ID = 20140;

	private final CourseSession _courseSession = new CourseSessionImpl();
	private final CourseSessionLocalService _courseSessionLocalService = mock(
		CourseSessionLocalService.class);
	private ModelResourcePermission<CourseSession> _modelResourcePermission;
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final RegistrationLocalService _registrationLocalService = mock(
		RegistrationLocalService.class);
	private final SessionInstructorLocalService _sessionInstructorLocalService =
		mock(SessionInstructorLocalService.class);

}
