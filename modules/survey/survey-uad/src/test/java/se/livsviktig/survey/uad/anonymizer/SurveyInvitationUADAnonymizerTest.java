package se.livsviktig.survey.uad.anonymizer;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyInvitationLocalService;

/**
 * @author Livsviktig
 */
public class SurveyInvitationUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "surveyInvitationLocalService",
			_surveyInvitationLocalService);

		when(_anonymousUser.getUserId()).thenReturn(_ANONYMOUS_USER_ID);
	}

	@Test
	public void anErasedPersonsOpenInvitationIsClosedForTheAnonymousUser()
		throws Exception {

		SurveyInvitation invitation = _invitation(
			SurveyInvitationConstants.STATUS_SENT);

		_anonymizer.autoAnonymize(invitation, _USER_ID, _anonymousUser);

		verify(invitation).setUserId(_ANONYMOUS_USER_ID);
		verify(invitation).setStatus(
			SurveyInvitationConstants.STATUS_OPTED_OUT);
		verify(_surveyInvitationLocalService).updateSurveyInvitation(
			invitation);
	}

	@Test
	public void anAnsweredInvitationStaysAnswered() throws Exception {
		SurveyInvitation invitation = _invitation(
			SurveyInvitationConstants.STATUS_ANSWERED);

		_anonymizer.autoAnonymize(invitation, _USER_ID, _anonymousUser);

		verify(invitation).setUserId(_ANONYMOUS_USER_ID);
		verify(invitation, never()).setStatus(anyInt());
	}

	@Test
	public void someoneElsesInvitationIsLeftAlone() throws Exception {
		SurveyInvitation invitation = _invitation(
			SurveyInvitationConstants.STATUS_SENT);

		_anonymizer.autoAnonymize(invitation, 999, _anonymousUser);

		verify(invitation, never()).setUserId(anyLong());
		verify(_surveyInvitationLocalService, never()).updateSurveyInvitation(
			invitation);
	}

	@Test
	public void deletingKeepsTheInvitationWithoutAnyoneSoItIsNotSentAgain()
		throws Exception {

		SurveyInvitation invitation = _invitation(
			SurveyInvitationConstants.STATUS_PENDING);

		_anonymizer.delete(invitation);

		verify(invitation).setUserId(0);
		verify(invitation).setStatus(
			SurveyInvitationConstants.STATUS_OPTED_OUT);
		verify(_surveyInvitationLocalService).updateSurveyInvitation(
			invitation);
		verify(_surveyInvitationLocalService, never()).deleteSurveyInvitation(
			invitation);
	}

	private SurveyInvitation _invitation(int status) {
		SurveyInvitation invitation = mock(SurveyInvitation.class);

		when(invitation.getUserId()).thenReturn(_USER_ID);
		when(invitation.getStatus()).thenReturn(status);

		return invitation;
	}

	private static final long _ANONYMOUS_USER_ID = 20130;

	private static final long _USER_ID = 302;

	private final SurveyInvitationUADAnonymizer _anonymizer =
		new SurveyInvitationUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final SurveyInvitationLocalService _surveyInvitationLocalService =
		mock(SurveyInvitationLocalService.class);

}
