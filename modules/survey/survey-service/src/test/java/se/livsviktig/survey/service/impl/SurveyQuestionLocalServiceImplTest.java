package se.livsviktig.survey.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.Portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.exception.SurveyQuestionOptionsException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.impl.SurveyQuestionImpl;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.survey.service.persistence.SurveyQuestionPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;

/**
 * @author Livsviktig
 */
public class SurveyQuestionLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "surveyPersistence", _surveys);
		Fields.set(_service, "surveyQuestionPersistence", _questions);
		Fields.set(_service, "surveyResponsePersistence", _responses);
		Fields.set(_service, "_portal", _portal);

		Survey survey = mock(Survey.class);

		when(survey.getSurveyId()).thenReturn(_SURVEY_ID);
		when(survey.getGroupId()).thenReturn(_GROUP_ID);
		when(_surveys.findByPrimaryKey(_SURVEY_ID)).thenReturn(survey);

		when(_portal.getSiteDefaultLocale(anyLong())).thenReturn(_SWEDISH);
		when(_counterLocalService.increment()).thenReturn(900L);
		when(_questions.update(any())).thenAnswer(i -> i.getArgument(0));
	}

	@Test
	public void aNewQuestionGoesLast() throws Exception {
		SurveyQuestion question = mock(SurveyQuestion.class);

		when(question.getQuestionType()).thenReturn(
			SurveyQuestionConstants.TYPE_YES_NO);
		when(_questions.create(900L)).thenReturn(question);
		when(_questions.countBySurveyId(_SURVEY_ID)).thenReturn(3);

		_add(SurveyQuestionConstants.TYPE_YES_NO, Map.of());

		verify(question).setPosition(3);
		verify(question).setSurveyId(_SURVEY_ID);
		verify(question).setGroupId(_GROUP_ID);
		verify(_questions).update(question);
	}

	@Test
	public void aQuestionKeepsOnlyWhatItsTypeUses() throws Exception {
		SurveyQuestion question = mock(SurveyQuestion.class);

		when(question.getQuestionType()).thenReturn(
			SurveyQuestionConstants.TYPE_YES_NO);
		when(_questions.create(900L)).thenReturn(question);

		_add(SurveyQuestionConstants.TYPE_YES_NO, Map.of(_SWEDISH, "A\nB"));

		verify(question).setOptionsMap(Map.of());
		verify(question).setLowLabelMap(Map.of());
	}

	@Test
	public void choiceOptionsAreStoredOnePerTrimmedLine() throws Exception {
		SurveyQuestion question = mock(SurveyQuestion.class);

		when(question.getQuestionType()).thenReturn(
			SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE);
		when(_questions.create(900L)).thenReturn(question);

		_add(
			SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE,
			Map.of(_SWEDISH, " På jobbet \r\nPrivat\r\n"));

		verify(question).setOptionsMap(Map.of(_SWEDISH, "På jobbet\nPrivat"));
	}

	@Test
	public void anInvalidQuestionIsNotAdded() {
		assertThrows(
			SurveyQuestionOptionsException.class,
			() -> _add(
				SurveyQuestionConstants.TYPE_SINGLE_CHOICE,
				Map.of(_SWEDISH, "Bara ett")));

		verify(_questions, never()).create(anyLong());
	}

	@Test
	public void noQuestionIsAddedToASurveyWithResponses() {
		when(_responses.countBySurveyId(_SURVEY_ID)).thenReturn(1);

		assertThrows(
			SurveyLockedException.class,
			() -> _add(SurveyQuestionConstants.TYPE_YES_NO, Map.of()));

		verify(_questions, never()).create(anyLong());
	}

	@Test
	public void noQuestionOfASurveyWithResponsesIsChanged() throws Exception {
		SurveyQuestion question = _existingQuestion(701, 0);

		when(_responses.countBySurveyId(_SURVEY_ID)).thenReturn(1);

		assertThrows(
			SurveyLockedException.class,
			() -> _service.updateSurveyQuestion(
				701, _TEXT, Map.of(), Map.of(), Map.of(), true));

		verify(_questions, never()).update(question);
	}

	@Test
	public void noQuestionOfASurveyWithResponsesIsMoved() throws Exception {
		SurveyQuestion question = _existingQuestion(701, 0);

		when(_responses.countBySurveyId(_SURVEY_ID)).thenReturn(1);

		assertThrows(
			SurveyLockedException.class,
			() -> _service.moveSurveyQuestion(701, 1));

		verify(_questions, never()).update(question);
	}

	@Test
	public void noQuestionOfASurveyWithResponsesIsDeleted() throws Exception {
		SurveyQuestion question = _existingQuestion(701, 0);

		when(_responses.countBySurveyId(_SURVEY_ID)).thenReturn(1);

		assertThrows(
			SurveyLockedException.class,
			() -> _service.deleteSurveyQuestion(701));

		verify(_questions, never()).remove(question);
	}

	@Test
	public void deletingAQuestionMovesTheOnesAfterItUp() throws Exception {
		SurveyQuestion deleted = _existingQuestion(701, 0);
		SurveyQuestion second = _question(702, 1);
		SurveyQuestion third = _question(703, 2);

		when(_questions.remove(deleted)).thenReturn(deleted);
		when(
			_questions.findBySurveyId(_SURVEY_ID)
		).thenReturn(
			new ArrayList<>(List.of(second, third))
		);

		_service.deleteSurveyQuestion(701);

		assertEquals(0, second.getPosition());
		assertEquals(1, third.getPosition());
		verify(_questions).update(second);
		verify(_questions).update(third);
	}

	@Test
	public void movingAQuestionWritesTheNewOrder() throws Exception {
		SurveyQuestion first = _existingQuestion(701, 0);
		SurveyQuestion second = _question(702, 1);

		when(
			_questions.findBySurveyId(_SURVEY_ID)
		).thenReturn(
			new ArrayList<>(List.of(first, second))
		);

		_service.moveSurveyQuestion(701, 1);

		assertEquals(1, first.getPosition());
		assertEquals(0, second.getPosition());
		verify(_questions).update(first);
		verify(_questions).update(second);
	}

	private void _add(int questionType, Map<Locale, String> optionsMap)
		throws Exception {

		_service.addSurveyQuestion(
			_SURVEY_ID, questionType, _TEXT, Map.of(), Map.of(), optionsMap,
			true, new ServiceContext());
	}

	private SurveyQuestion _existingQuestion(long surveyQuestionId, int position)
		throws Exception {

		SurveyQuestion question = _question(surveyQuestionId, position);

		when(
			_questions.findByPrimaryKey(surveyQuestionId)
		).thenReturn(
			question
		);

		return question;
	}

	private SurveyQuestion _question(long surveyQuestionId, int position) {
		SurveyQuestion question = new SurveyQuestionImpl();

		question.setSurveyQuestionId(surveyQuestionId);
		question.setSurveyId(_SURVEY_ID);
		question.setGroupId(_GROUP_ID);
		question.setPosition(position);
		question.setQuestionType(SurveyQuestionConstants.TYPE_YES_NO);

		return question;
	}

	private static final long _GROUP_ID = 20121;

	private static final long _SURVEY_ID = 501;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final Map<Locale, String> _TEXT = Map.of(
		_SWEDISH, "Har du använt det du lärde dig?");

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final Portal _portal = mock(Portal.class);
	private final SurveyQuestionPersistence _questions = mock(
		SurveyQuestionPersistence.class);
	private final SurveyResponsePersistence _responses = mock(
		SurveyResponsePersistence.class);
	private final SurveyQuestionLocalServiceImpl _service =
		new SurveyQuestionLocalServiceImpl();
	private final SurveyPersistence _surveys = mock(SurveyPersistence.class);

}
