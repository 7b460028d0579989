package se.livsviktig.survey.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.model.SurveyAnswerForm;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyResponseLocalService;
import se.livsviktig.survey.service.persistence.SurveyInvitationPersistence;

/**
 * The signed-in methods act only on the caller's own invitations and refuse a guest; the token methods pass the
 * link to the local service, which is where a link is checked.
 *
 * @author Livsviktig
 */
public class SurveyResponseServiceImplTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_service, "surveyResponseLocalService",
			_surveyResponseLocalService);
		Fields.set(
			_service, "surveyInvitationPersistence",
			_surveyInvitationPersistence);

		when(
			_permissionChecker.getUserId()
		).thenReturn(
			_CALLER_USER_ID
		);
		when(
			_permissionChecker.isSignedIn()
		).thenReturn(
			true
		);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);

		_invitation(_OWN_INVITATION_ID, _CALLER_USER_ID);
		_invitation(_OTHERS_INVITATION_ID, _CALLER_USER_ID + 1);
	}

	@AfterEach
	public void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
	}

	@Test
	public void addMyResponseOfAnotherUsersInvitationIsRefused()
		throws Exception {

		for (long surveyInvitationId :
				new long[] {_OTHERS_INVITATION_ID, _MISSING_INVITATION_ID}) {

			assertThrows(
				PrincipalException.class,
				() -> _service.addMyResponse(surveyInvitationId, Map.of()));
		}

		verify(
			_surveyResponseLocalService, never()
		).addInvitationResponse(
			anyLong(), any()
		);
	}

	@Test
	public void addMyResponseOfTheCallersInvitationIsPassedOn()
		throws Exception {

		Map<Long, String[]> answers = Map.of(1L, new String[] {"3"});

		_service.addMyResponse(_OWN_INVITATION_ID, answers);

		verify(
			_surveyResponseLocalService
		).addInvitationResponse(
			_OWN_INVITATION_ID, answers
		);
	}

	@Test
	public void getMyAnswerFormOfAnotherUsersInvitationIsRefused()
		throws Exception {

		assertThrows(
			PrincipalException.class,
			() -> _service.getMyAnswerForm(_OTHERS_INVITATION_ID));

		verify(
			_surveyResponseLocalService, never()
		).getInvitationAnswerForm(
			anyLong()
		);

		SurveyAnswerForm surveyAnswerForm = mock(SurveyAnswerForm.class);

		when(
			_surveyResponseLocalService.getInvitationAnswerForm(
				_OWN_INVITATION_ID)
		).thenReturn(
			surveyAnswerForm
		);

		assertSame(
			surveyAnswerForm, _service.getMyAnswerForm(_OWN_INVITATION_ID));
	}

	@Test
	public void getMyOpenInvitationsAreTheCallers() throws Exception {
		List<SurveyInvitation> invitations = List.of(
			mock(SurveyInvitation.class));

		when(
			_surveyResponseLocalService.getOpenInvitations(_CALLER_USER_ID)
		).thenReturn(
			invitations
		);

		assertSame(invitations, _service.getMyOpenInvitations());
	}

	@Test
	public void aGuestHasNoInvitationsOfTheirOwn() {
		when(
			_permissionChecker.isSignedIn()
		).thenReturn(
			false
		);

		assertThrows(
			PrincipalException.MustBeAuthenticated.class,
			() -> _service.getMyOpenInvitations());
		assertThrows(
			PrincipalException.MustBeAuthenticated.class,
			() -> _service.getMyAnswerForm(_OWN_INVITATION_ID));
		assertThrows(
			PrincipalException.MustBeAuthenticated.class,
			() -> _service.addMyResponse(_OWN_INVITATION_ID, Map.of()));
	}

	@Test
	public void theTokenMethodsNeedNoSignInAndPassTheLinkOn()
		throws Exception {

		when(
			_permissionChecker.isSignedIn()
		).thenReturn(
			false
		);

		Map<Long, String[]> answers = Map.of(1L, new String[] {"3"});

		_service.getAnswerForm("token");
		_service.addResponse("token", answers);
		_service.optOut("token");

		verify(
			_surveyResponseLocalService
		).getAnswerForm(
			"token"
		);
		verify(
			_surveyResponseLocalService
		).addResponse(
			"token", answers
		);
		verify(
			_surveyResponseLocalService
		).optOut(
			"token"
		);
	}

	private void _invitation(long surveyInvitationId, long userId) {
		SurveyInvitation surveyInvitation = mock(SurveyInvitation.class);

		when(
			surveyInvitation.getUserId()
		).thenReturn(
			userId
		);
		when(
			_surveyInvitationPersistence.fetchByPrimaryKey(surveyInvitationId)
		).thenReturn(
			surveyInvitation
		);
	}

	private static final long _CALLER_USER_ID = 501;

	private static final long _MISSING_INVITATION_ID = 903;

	private static final long _OTHERS_INVITATION_ID = 902;

	private static final long _OWN_INVITATION_ID = 901;

	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final SurveyResponseServiceImpl _service =
		new SurveyResponseServiceImpl();
	private final SurveyInvitationPersistence _surveyInvitationPersistence =
		mock(SurveyInvitationPersistence.class);
	private final SurveyResponseLocalService _surveyResponseLocalService =
		mock(SurveyResponseLocalService.class);

}
