package se.livsviktig.survey.uad.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.uad.UADLanguage;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * The personal data screen shows a person's invitations and named responses in the reader's language: the type,
 * the survey by title, the invitation's status in words and the days; every column is named in both languages.
 *
 * @author Livsviktig
 */
public class InvitationUADDisplayTest {

	@BeforeEach
	public void setUp() {
		Fields.set(_invitationDisplay, "_surveyLocalService", _surveyLocalService);
		Fields.set(_responseDisplay, "_surveyLocalService", _surveyLocalService);

		Survey survey = mock(Survey.class);

		when(survey.getTitle(any(Locale.class))).thenAnswer(
			invocation -> _SWEDISH.equals(invocation.getArgument(0)) ?
				"Kursutvärdering" : "Course evaluation");
		when(_surveyLocalService.fetchSurvey(_SURVEY_ID)).thenReturn(survey);
	}

	@Test
	public void anInvitationIsShownInSwedishAndEnglish() {
		SurveyInvitation invitation = _invitation(
			SurveyInvitationConstants.STATUS_SENT);

		when(invitation.getSentDate()).thenReturn(_MARCH_9);

		Map<String, Object> swedish = new LinkedHashMap<>();

		swedish.put("survey", "Kursutvärdering");
		swedish.put("status", "Skickad, inte besvarad");
		swedish.put("sentDate", "9 mars 2024");
		swedish.put("expirationDate", "");

		assertEquals(
			swedish,
			_invitationDisplay.getFieldValues(
				invitation, _invitationDisplay.getDisplayFieldNames(),
				_SWEDISH));

		assertEquals(
			"Sent, not answered",
			_invitationDisplay.getFieldValues(
				invitation, _invitationDisplay.getDisplayFieldNames(), Locale.US
			).get(
				"status"
			));
	}

	@Test
	public void everyInvitationStatusHasAWordInBothLanguages() {
		for (int status = SurveyInvitationConstants.STATUS_PENDING;
			 status <= SurveyInvitationConstants.STATUS_OPTED_OUT; status++) {

			SurveyInvitation invitation = _invitation(status);

			for (Locale locale : List.of(_SWEDISH, Locale.US)) {
				String word = (String)_invitationDisplay.getFieldValues(
					invitation, new String[] {"status"}, locale
				).get(
					"status"
				);

				assertNotEquals(true, word.startsWith("survey-invitation"), word);
				assertNotEquals(true, word.contains("nknown"), word);
				assertNotEquals(true, word.contains("känd"), word);
			}
		}
	}

	@Test
	public void aNamedResponseIsShownWithItsSurveyAndDay() {
		SurveyResponse response = mock(SurveyResponse.class);

		when(response.getSurveyId()).thenReturn(_SURVEY_ID);
		when(response.getResponseDay()).thenReturn(_MARCH_9);

		Map<String, Object> english = new LinkedHashMap<>();

		english.put("survey", "Course evaluation");
		english.put("responseDay", "Mar 9, 2024");

		assertEquals(
			english,
			_responseDisplay.getFieldValues(
				response, _responseDisplay.getDisplayFieldNames(), Locale.US));
	}

	@Test
	public void theTypesAndColumnsAreNamedInBothLanguages() {
		assertEquals(
			"Inbjudan till enkät", _invitationDisplay.getTypeName(_SWEDISH));
		assertEquals(
			"Survey Invitation", _invitationDisplay.getTypeName(Locale.US));
		assertEquals("Enkätsvar", _responseDisplay.getTypeName(_SWEDISH));
		assertEquals("Survey Response", _responseDisplay.getTypeName(Locale.US));

		for (String[] fieldNames :
				List.of(
					_invitationDisplay.getDisplayFieldNames(),
					_responseDisplay.getDisplayFieldNames())) {

			for (String fieldName : fieldNames) {
				for (Locale locale : List.of(_SWEDISH, Locale.US)) {
					assertNotEquals(
						fieldName,
						UADLanguage.get(
							InvitationUADDisplay.class, locale, fieldName),
						fieldName + " in " + locale);
				}
			}
		}
	}

	private SurveyInvitation _invitation(int status) {
		SurveyInvitation invitation = mock(SurveyInvitation.class);

		when(invitation.getSurveyId()).thenReturn(_SURVEY_ID);
		when(invitation.getStatus()).thenReturn(status);

		return invitation;
	}

	private static final Date _MARCH_9 = new Date(1_709_985_600_000L);

	private static final long _SURVEY_ID = 501;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final InvitationUADDisplay _invitationDisplay =
		new InvitationUADDisplay();
	private final NamedResponseUADDisplay _responseDisplay =
		new NamedResponseUADDisplay();
	private final SurveyLocalService _surveyLocalService = mock(
		SurveyLocalService.class);

}
