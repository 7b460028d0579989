package se.livsviktig.survey.uad.anonymizer;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.SurveyResponseLocalService;

/**
 * @author Livsviktig
 */
public class SurveyResponseUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "surveyResponseLocalService",
			_surveyResponseLocalService);

		when(_anonymousUser.getUserId()).thenReturn(20130L);
	}

	@Test
	public void anErasedPersonsResponseKeepsNoPersonNotEvenTheAnonymousUser()
		throws Exception {

		SurveyResponse response = _response(_USER_ID);

		_anonymizer.autoAnonymize(response, _USER_ID, _anonymousUser);

		verify(response).setUserId(0);
		verify(_surveyResponseLocalService).updateSurveyResponse(response);
		verify(_surveyResponseLocalService, never()).deleteSurveyResponse(
			response);
	}

	@Test
	public void someoneElsesResponseIsLeftAlone() throws Exception {
		SurveyResponse response = _response(777);

		_anonymizer.autoAnonymize(response, _USER_ID, _anonymousUser);

		verify(response, never()).setUserId(anyLong());
		verify(_surveyResponseLocalService, never()).updateSurveyResponse(
			response);
	}

	@Test
	public void deletingKeepsTheAnswersForTheResultsWithoutThePerson()
		throws Exception {

		SurveyResponse response = _response(_USER_ID);

		_anonymizer.delete(response);

		verify(response).setUserId(0);
		verify(_surveyResponseLocalService, never()).deleteSurveyResponse(
			response);
	}

	private SurveyResponse _response(long userId) {
		SurveyResponse response = mock(SurveyResponse.class);

		when(response.getUserId()).thenReturn(userId);

		return response;
	}

	private static final long _USER_ID = 302;

	private final SurveyResponseUADAnonymizer _anonymizer =
		new SurveyResponseUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final SurveyResponseLocalService _surveyResponseLocalService =
		mock(SurveyResponseLocalService.class);

}
