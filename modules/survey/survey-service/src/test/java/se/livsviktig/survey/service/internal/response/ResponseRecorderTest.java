package se.livsviktig.survey.service.internal.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyRequiredAnswerException;
import se.livsviktig.survey.exception.SurveyTokenException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyAnswer;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.internal.answer.AnswerValidator;
import se.livsviktig.survey.service.internal.answer.ResponseDay;
import se.livsviktig.survey.service.persistence.SurveyAnswerPersistence;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.survey.service.persistence.SurveyQuestionPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;

/**
 * A response keeps the invitation's grouping and the day, the person only for a survey that is not anonymous, and
 * nothing is written from a refused or second submission.
 *
 * @author Livsviktig
 */
public class ResponseRecorderTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(
			_surveyInvitation.getSurveyInvitationId()
		).thenReturn(
			91L
		);
		when(
			_surveyInvitation.getCompanyId()
		).thenReturn(
			1L
		);
		when(
			_surveyInvitation.getGroupId()
		).thenReturn(
			2L
		);
		when(
			_surveyInvitation.getSurveyId()
		).thenReturn(
			_SURVEY_ID
		);
		when(
			_surveyInvitation.getSurveyDispatchId()
		).thenReturn(
			4L
		);
		when(
			_surveyInvitation.getMethodId()
		).thenReturn(
			5L
		);
		when(
			_surveyInvitation.getCourseSessionId()
		).thenReturn(
			6L
		);
		when(
			_surveyInvitation.getOrganizationId()
		).thenReturn(
			7L
		);
		when(
			_surveyInvitation.getUserId()
		).thenReturn(
			_INVITEE_USER_ID
		);
		when(
			_surveyInvitation.getRegistrationId()
		).thenReturn(
			8L
		);

		SurveyQuestion likert = _question(
			_LIKERT, SurveyQuestionConstants.TYPE_LIKERT, true);
		SurveyQuestion multiple = _question(
			_MULTIPLE, SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE, false);

		when(
			multiple.getOptions("sv_SE")
		).thenReturn(
			"Ja\nNej\nKanske"
		);

		when(
			_surveyQuestionPersistence.findBySurveyId(_SURVEY_ID)
		).thenReturn(
			List.of(likert, multiple)
		);

		when(
			_surveyPersistence.findByPrimaryKey(_SURVEY_ID)
		).thenAnswer(
			invocation -> _survey
		);

		when(
			_surveyResponsePersistence.create(anyLong())
		).thenReturn(
			_surveyResponse
		);
		when(
			_surveyResponse.getSurveyResponseId()
		).thenReturn(
			_RESPONSE_ID
		);
		when(
			_surveyAnswerPersistence.create(anyLong())
		).thenAnswer(
			invocation -> mock(SurveyAnswer.class)
		);
	}

	@Test
	public void anAnonymousResponseKeepsNoPerson() throws Exception {
		when(
			_survey.isAnonymous()
		).thenReturn(
			true
		);

		_record(_answers());

		verify(
			_surveyResponse, never()
		).setUserId(
			anyLong()
		);
	}

	@Test
	public void aNonAnonymousResponseKeepsTheInvitee() throws Exception {
		when(
			_survey.isAnonymous()
		).thenReturn(
			false
		);

		_record(_answers());

		verify(
			_surveyResponse
		).setUserId(
			_INVITEE_USER_ID
		);
	}

	@Test
	public void theResponseCopiesTheInvitationsGroupingAndDay()
		throws Exception {

		_record(_answers());

		verify(
			_surveyResponse
		).setCompanyId(
			1L
		);
		verify(
			_surveyResponse
		).setGroupId(
			2L
		);
		verify(
			_surveyResponse
		).setSurveyId(
			_SURVEY_ID
		);
		verify(
			_surveyResponse
		).setSurveyDispatchId(
			4L
		);
		verify(
			_surveyResponse
		).setMethodId(
			5L
		);
		verify(
			_surveyResponse
		).setCourseSessionId(
			6L
		);
		verify(
			_surveyResponse
		).setOrganizationId(
			7L
		);
		verify(
			_surveyResponse
		).setResponseMonth(
			202612
		);
		verify(
			_surveyResponse
		).setResponseDay(
			_RESPONSE_DAY.getResponseDay()
		);
		verify(
			_surveyResponsePersistence
		).update(
			_surveyResponse
		);
	}

	@Test
	public void eachValueIsOneAnswerRowOfTheResponse() throws Exception {
		_record(_answers());

		// Likert 4, and options 0 and 2 of the multiple choice

		verify(
			_surveyAnswerPersistence, times(3)
		).create(
			anyLong()
		);
		verify(
			_surveyAnswerPersistence, times(3)
		).update(
			any(SurveyAnswer.class)
		);
	}

	@Test
	public void theInvitationLeavesSentBeforeAnythingIsWritten()
		throws Exception {

		_record(_answers());

		InOrder inOrder = inOrder(
			_invitationStatusChanges, _surveyResponsePersistence);

		inOrder.verify(
			_invitationStatusChanges
		).leaveSent(
			_surveyInvitation, SurveyInvitationConstants.STATUS_ANSWERED
		);
		inOrder.verify(
			_surveyResponsePersistence
		).create(
			anyLong()
		);
	}

	@Test
	public void aRefusedSubmissionWritesNothing() throws Exception {
		assertThrows(
			SurveyRequiredAnswerException.class,
			() -> _record(Map.of(_MULTIPLE, new String[] {"1"})));

		verifyNoInteractions(
			_invitationStatusChanges, _surveyResponsePersistence,
			_surveyAnswerPersistence);
	}

	@Test
	public void aSecondSubmissionOfTheInvitationWritesNothing()
		throws Exception {

		doThrow(
			new SurveyTokenException()
		).when(
			_invitationStatusChanges
		).leaveSent(
			any(SurveyInvitation.class), anyInt()
		);

		assertThrows(SurveyTokenException.class, () -> _record(_answers()));

		verifyNoInteractions(
			_surveyResponsePersistence, _surveyAnswerPersistence);
	}

	@Test
	public void responseAndAnswerIdsComeFromUnorderedIds() throws Exception {
		_record(_answers());

		verify(
			_unorderedIds, times(4)
		).nextId();
	}

	private Map<Long, String[]> _answers() {
		return Map.of(
			_LIKERT, new String[] {"4"}, _MULTIPLE, new String[] {"0", "2"});
	}

	private SurveyQuestion _question(
		long surveyQuestionId, int questionType, boolean required) {

		SurveyQuestion surveyQuestion = mock(SurveyQuestion.class);

		when(
			surveyQuestion.getSurveyQuestionId()
		).thenReturn(
			surveyQuestionId
		);
		when(
			surveyQuestion.getQuestionType()
		).thenReturn(
			questionType
		);
		when(
			surveyQuestion.isRequired()
		).thenReturn(
			required
		);
		when(
			surveyQuestion.getDefaultLanguageId()
		).thenReturn(
			"sv_SE"
		);

		return surveyQuestion;
	}

	private void _record(Map<Long, String[]> answers) throws Exception {
		_responseRecorder.record(_surveyInvitation, answers, _RESPONSE_DAY);
	}

	private static final long _INVITEE_USER_ID = 77;

	private static final long _LIKERT = 301;

	private static final long _MULTIPLE = 302;

	private static final long _RESPONSE_ID = 555;

	private static final ResponseDay _RESPONSE_DAY = ResponseDay.of(
		Instant.parse("2026-12-06T10:15:00Z"), ZoneId.of("Europe/Stockholm"));

	private static final long _SURVEY_ID = 3;

	private final InvitationStatusChanges _invitationStatusChanges = mock(
		InvitationStatusChanges.class);
	private final Survey _survey = mock(Survey.class);
	private final SurveyAnswerPersistence _surveyAnswerPersistence = mock(
		SurveyAnswerPersistence.class);
	private final SurveyInvitation _surveyInvitation = mock(
		SurveyInvitation.class);
	private final SurveyPersistence _surveyPersistence = mock(
		SurveyPersistence.class);
	private final SurveyQuestionPersistence _surveyQuestionPersistence = mock(
		SurveyQuestionPersistence.class);
	private final SurveyResponse _surveyResponse = mock(SurveyResponse.class);
	private final SurveyResponsePersistence _surveyResponsePersistence = mock(
		SurveyResponsePersistence.class);
	private final UnorderedIds _unorderedIds = mock(UnorderedIds.class);
	private final ResponseRecorder _responseRecorder = new ResponseRecorder(
		new AnswerValidator(), _invitationStatusChanges, _unorderedIds,
		_surveyPersistence, _surveyQuestionPersistence,
		_surveyResponsePersistence, _surveyAnswerPersistence);

}
