package se.livsviktig.careprogram.internal.security.permission.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.constants.CareProgramActionKeys;
import se.livsviktig.careprogram.model.LocalRoutine;

/**
 * Who may do what on a routine (and a programme: the same logic) beyond the grants on the row: a site's editors
 * everything but its permissions, its owner and whoever may update it its review.
 *
 * @author Livsviktig
 */
public class ReviewPermissionLogicTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(_localRoutine.getGroupId()).thenReturn(_GROUP_ID);
		when(_localRoutine.getLocalRoutineId()).thenReturn(_ROUTINE_ID);
		when(_localRoutine.getOwnerUserId()).thenReturn(_OWNER_USER_ID);
	}

	@Test
	public void theOwnerMayConfirmTheReview() throws Exception {
		_signedIn(_OWNER_USER_ID);

		assertEquals(
			Boolean.TRUE,
			_logic.contains(
				_permissionChecker, LocalRoutine.class.getName(),
				_localRoutine, CareProgramActionKeys.CONFIRM_REVIEW));
	}

	@Test
	public void theOwnerMayNotUpdateOrDeleteByBeingTheOwner()
		throws Exception {

		_signedIn(_OWNER_USER_ID);

		for (String actionId :
				new String[] {ActionKeys.UPDATE, ActionKeys.DELETE}) {

			assertNull(
				_logic.contains(
					_permissionChecker, LocalRoutine.class.getName(),
					_localRoutine, actionId),
				actionId);
		}
	}

	@Test
	public void someoneElseMayNotConfirmWithoutUpdate() throws Exception {
		_signedIn(_OTHER_USER_ID);

		assertNull(
			_logic.contains(
				_permissionChecker, LocalRoutine.class.getName(),
				_localRoutine, CareProgramActionKeys.CONFIRM_REVIEW));
	}

	@Test
	public void whoeverMayUpdateMayConfirm() throws Exception {
		_signedIn(_OTHER_USER_ID);

		when(
			_permissionChecker.hasPermission(
				_GROUP_ID, LocalRoutine.class.getName(), _ROUTINE_ID,
				ActionKeys.UPDATE)
		).thenReturn(
			true
		);

		assertEquals(
			Boolean.TRUE,
			_logic.contains(
				_permissionChecker, LocalRoutine.class.getName(),
				_localRoutine, CareProgramActionKeys.CONFIRM_REVIEW));
	}

	/**
	 * A routine "utan ägare" has owner 0: nobody confirms it as its owner, not even a user whose id is 0 (a guest).
	 */
	@Test
	public void nobodyConfirmsAsOwnerOfARoutineWithoutOwner() throws Exception {
		when(_localRoutine.getOwnerUserId()).thenReturn(0L);

		_signedIn(0);

		assertNull(
			_logic.contains(
				_permissionChecker, LocalRoutine.class.getName(),
				_localRoutine, CareProgramActionKeys.CONFIRM_REVIEW));
	}

	@Test
	public void editorsMayDoEverythingButChangeItsPermissions()
		throws Exception {

		_signedIn(_OTHER_USER_ID);

		when(
			_portletResourcePermission.contains(
				_permissionChecker, _GROUP_ID,
				CareProgramActionKeys.MANAGE_CARE_PROGRAMS)
		).thenReturn(
			true
		);

		for (String actionId :
				new String[] {
					ActionKeys.VIEW, ActionKeys.UPDATE, ActionKeys.DELETE,
					CareProgramActionKeys.CONFIRM_REVIEW
				}) {

			assertEquals(
				Boolean.TRUE,
				_logic.contains(
					_permissionChecker, LocalRoutine.class.getName(),
					_localRoutine, actionId),
				actionId);
		}

		assertNull(
			_logic.contains(
				_permissionChecker, LocalRoutine.class.getName(),
				_localRoutine, ActionKeys.PERMISSIONS));
	}

	private void _signedIn(long userId) {
		when(_permissionChecker.getUserId()).thenReturn(userId);
	}

	private static final long _GROUP_ID = 20121;

	private static final long _OTHER_USER_ID = 30002;

	private static final long _OWNER_USER_ID = 30001;

	private static final long _ROUTINE_ID = 40001;

	private final LocalRoutine _localRoutine = mock(LocalRoutine.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final ReviewPermissionLogic<LocalRoutine> _logic =
		new ReviewPermissionLogic<>(
			_portletResourcePermission, LocalRoutine::getLocalRoutineId,
			LocalRoutine::getOwnerUserId);

}
