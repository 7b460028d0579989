package se.livsviktig.survey.internal.security.permission;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.SessionInstructorConstants;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorLocalService;

public class TaughtSessionResultsPermissionTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_permission, "_sessionInstructorLocalService",
			_sessionInstructorLocalService);

		when(_permissionChecker.isSignedIn()).thenReturn(true);
		when(_permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);
	}

	@Test
	public void aSessionTheyTaughtIsTheirs() throws Exception {
		when(
			_sessionInstructorLocalService.isAcceptedInstructor(91, _USER_ID)
		).thenReturn(
			true
		);

		assertArrayEquals(
			new long[] {91},
			_permission.getTaughtSessionIds(_permissionChecker, _COMPANY_ID, 91));
	}

	@Test
	public void aSessionTheyDidNotTeachIsRefused() {
		assertThrows(
			PrincipalException.class,
			() -> _permission.getTaughtSessionIds(
				_permissionChecker, _COMPANY_ID, 93));
	}

	@Test
	public void anotherCompanysSurveyIsRefused() {
		assertThrows(
			PrincipalException.class,
			() -> _permission.getTaughtSessionIds(
				_permissionChecker, _COMPANY_ID + 1, 0));
	}

	@Test
	public void everySessionTheyAcceptedToTeachAndNoOther() throws Exception {
		SessionInstructor first = mock(SessionInstructor.class);
		SessionInstructor second = mock(SessionInstructor.class);

		when(first.getCourseSessionId()).thenReturn(91L);
		when(second.getCourseSessionId()).thenReturn(92L);

		when(
			_sessionInstructorLocalService.getInstructorSessionInstructors(
				eq(_USER_ID),
				eq(new int[] {SessionInstructorConstants.STATUS_ACCEPTED}),
				anyInt(), anyInt())
		).thenReturn(
			Arrays.asList(first, second)
		);

		assertArrayEquals(
			new long[] {91, 92},
			_permission.getTaughtSessionIds(_permissionChecker, _COMPANY_ID, 0));
	}

	@Test
	public void aGuestIsRefused() {
		when(_permissionChecker.isSignedIn()).thenReturn(false);

		assertThrows(
			PrincipalException.class,
			() -> _permission.getTaughtSessionIds(
				_permissionChecker, _COMPANY_ID, 0));
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _USER_ID = 302;

	private final TaughtSessionResultsPermission _permission =
		new TaughtSessionResultsPermission();
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final SessionInstructorLocalService _sessionInstructorLocalService =
		mock(SessionInstructorLocalService.class);

}
