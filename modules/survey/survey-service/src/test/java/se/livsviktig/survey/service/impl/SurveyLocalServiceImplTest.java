package se.livsviktig.survey.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.counter.kernel.service.CounterLocalService;
import com.liferay.portal.kernel.model.ResourceConstants;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ResourceLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.Portal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.SurveyInUseException;
import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.exception.SurveyStatusException;
import se.livsviktig.survey.exception.SurveyTitleException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.persistence.SurveyDispatchPersistence;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.survey.service.persistence.SurveyQuestionPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;

/**
 * @author Livsviktig
 */
public class SurveyLocalServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(_service, "counterLocalService", _counterLocalService);
		Fields.set(_service, "resourceLocalService", _resourceLocalService);
		Fields.set(_service, "surveyDispatchPersistence", _dispatches);
		Fields.set(_service, "surveyPersistence", _surveys);
		Fields.set(_service, "surveyQuestionPersistence", _questions);
		Fields.set(_service, "surveyResponsePersistence", _responses);
		Fields.set(_service, "userLocalService", _userLocalService);
		Fields.set(_service, "_portal", _portal);
		Fields.set(
			_service, "_clock", Clock.fixed(_NOW.toInstant(), ZoneOffset.UTC));

		User user = mock(User.class);

		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Sara Samordnare");
		when(_userLocalService.getUser(_USER_ID)).thenReturn(user);

		when(_portal.getSiteDefaultLocale(anyLong())).thenReturn(_SWEDISH);
		when(_counterLocalService.increment()).thenReturn(900L, 901L, 902L);
		when(_surveys.update(any())).thenAnswer(i -> i.getArgument(0));
		when(_questions.update(any())).thenAnswer(i -> i.getArgument(0));
	}

	@Test
	public void aNewSurveyIsADraftOfTheSiteWithItsPermissions()
		throws Exception {

		Survey survey = mock(Survey.class);

		when(_surveys.create(900L)).thenReturn(survey);

		ServiceContext serviceContext = new ServiceContext();

		assertSame(
			survey,
			_service.addSurvey(
				_USER_ID, _GROUP_ID, _TITLE, Map.of(),
				SurveyConstants.KIND_FOLLOW_UP, true, serviceContext));

		verify(survey).setGroupId(_GROUP_ID);
		verify(survey).setCompanyId(_COMPANY_ID);
		verify(survey).setStatus(SurveyConstants.STATUS_DRAFT);
		verify(survey).setKind(SurveyConstants.KIND_FOLLOW_UP);
		verify(survey).setAnonymous(true);
		verify(survey).setCreateDate(_NOW);
		verify(_resourceLocalService).addModelResources(survey, serviceContext);
	}

	@Test
	public void aSurveyWithoutATitleInTheSitesLanguageIsNotAdded() {
		assertThrows(
			SurveyTitleException.class,
			() -> _service.addSurvey(
				_USER_ID, _GROUP_ID, Map.of(Locale.US, "Evaluation"), Map.of(),
				SurveyConstants.KIND_EVALUATION, true, new ServiceContext()));

		verify(_surveys, never()).create(anyLong());
	}

	@Test
	public void theTextsAndStatusOfALockedSurveyMayChange() throws Exception {
		Survey survey = _existingSurvey(true);

		when(_responses.countBySurveyId(_SURVEY_ID)).thenReturn(3);

		_service.updateSurvey(
			_SURVEY_ID, _TITLE, Map.of(), true,
			SurveyConstants.STATUS_ARCHIVED);

		verify(survey).setStatus(SurveyConstants.STATUS_ARCHIVED);
		verify(_surveys).update(survey);
	}

	@Test
	public void theAnonymityOfASurveyWithResponsesCannotChange()
		throws Exception {

		Survey survey = _existingSurvey(true);

		when(_responses.countBySurveyId(_SURVEY_ID)).thenReturn(1);

		assertThrows(
			SurveyLockedException.class,
			() -> _service.updateSurvey(
				_SURVEY_ID, _TITLE, Map.of(), false,
				SurveyConstants.STATUS_ACTIVE));

		verify(_surveys, never()).update(survey);
	}

	@Test
	public void theAnonymityOfASurveyWithoutResponsesMayChange()
		throws Exception {

		Survey survey = _existingSurvey(true);

		_service.updateSurvey(
			_SURVEY_ID, _TITLE, Map.of(), false, SurveyConstants.STATUS_DRAFT);

		verify(survey).setAnonymous(false);
	}

	@Test
	public void anUnknownStatusIsRefused() throws Exception {
		_existingSurvey(true);

		assertThrows(
			SurveyStatusException.class,
			() -> _service.updateSurvey(_SURVEY_ID, _TITLE, Map.of(), true, 7));
	}

	@Test
	public void aSurveyWithResponsesIsNotDeleted() throws Exception {
		Survey survey = _existingSurvey(true);

		when(_responses.countBySurveyId(_SURVEY_ID)).thenReturn(1);

		assertThrows(
			SurveyInUseException.class,
			() -> _service.deleteSurvey(_SURVEY_ID));

		verify(_surveys, never()).remove(survey);
		verify(_questions, never()).removeBySurveyId(anyLong());
	}

	@Test
	public void aSurveyThatWasSentIsNotDeleted() throws Exception {
		Survey survey = _existingSurvey(true);

		when(_dispatches.countBySurveyId(_SURVEY_ID)).thenReturn(1);

		assertThrows(
			SurveyInUseException.class,
			() -> _service.deleteSurvey(_SURVEY_ID));

		verify(_surveys, never()).remove(survey);
	}

	@Test
	public void aSurveyNeverSentGoesWithItsQuestionsAndPermissions()
		throws Exception {

		Survey survey = _existingSurvey(true);

		_service.deleteSurvey(_SURVEY_ID);

		verify(_questions).removeBySurveyId(_SURVEY_ID);
		verify(_resourceLocalService).deleteResource(
			_COMPANY_ID, Survey.class.getName(),
			ResourceConstants.SCOPE_INDIVIDUAL, _SURVEY_ID);
		verify(_surveys).remove(survey);
	}

	@Test
	public void aCopyIsANewDraftWithEveryQuestionInItsPlace()
		throws Exception {

		Survey source = _existingSurvey(false);

		when(source.getKind()).thenReturn(SurveyConstants.KIND_FOLLOW_UP);

		SurveyQuestion first = _sourceQuestion(0, "Har du använt det?");
		SurveyQuestion second = _sourceQuestion(1, "I vilka situationer?");

		when(
			_questions.findBySurveyId(_SURVEY_ID)
		).thenReturn(
			List.of(first, second)
		);

		Survey copy = mock(Survey.class);

		when(copy.getSurveyId()).thenReturn(900L);
		when(copy.getGroupId()).thenReturn(_GROUP_ID);
		when(_surveys.create(900L)).thenReturn(copy);

		SurveyQuestion firstCopy = mock(SurveyQuestion.class);
		SurveyQuestion secondCopy = mock(SurveyQuestion.class);

		when(_questions.create(901L)).thenReturn(firstCopy);
		when(_questions.create(902L)).thenReturn(secondCopy);

		assertSame(
			copy, _service.copySurvey(_USER_ID, _SURVEY_ID, new ServiceContext()));

		verify(copy).setStatus(SurveyConstants.STATUS_DRAFT);
		verify(copy).setKind(SurveyConstants.KIND_FOLLOW_UP);
		verify(copy).setAnonymous(false);

		verify(firstCopy).setSurveyId(900L);
		verify(firstCopy).setPosition(0);
		verify(firstCopy).setTextMap(first.getTextMap());
		verify(secondCopy).setSurveyId(900L);
		verify(secondCopy).setPosition(1);
		verify(secondCopy).setTextMap(second.getTextMap());

		ArgumentCaptor<SurveyQuestion> written = ArgumentCaptor.forClass(
			SurveyQuestion.class);

		verify(_questions, times(2)).update(
			written.capture());

		assertEquals(List.of(firstCopy, secondCopy), written.getAllValues());
	}

	private Survey _existingSurvey(boolean anonymous) throws Exception {
		Survey survey = mock(Survey.class);

		when(survey.getSurveyId()).thenReturn(_SURVEY_ID);
		when(survey.getGroupId()).thenReturn(_GROUP_ID);
		when(survey.getCompanyId()).thenReturn(_COMPANY_ID);
		when(survey.isAnonymous()).thenReturn(anonymous);
		when(survey.getTitleMap()).thenReturn(_TITLE);
		when(_surveys.findByPrimaryKey(_SURVEY_ID)).thenReturn(survey);

		return survey;
	}

	private SurveyQuestion _sourceQuestion(int position, String text) {
		SurveyQuestion question = mock(SurveyQuestion.class);

		when(question.getPosition()).thenReturn(position);
		when(question.getTextMap()).thenReturn(Map.of(_SWEDISH, text));

		return question;
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _GROUP_ID = 20121;

	private static final Date _NOW = Date.from(
		Instant.parse("2026-12-06T10:00:00Z"));

	private static final long _SURVEY_ID = 501;

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final Map<Locale, String> _TITLE = Map.of(
		_SWEDISH, "Kursutvärdering");

	private static final long _USER_ID = 302;

	private final CounterLocalService _counterLocalService = mock(
		CounterLocalService.class);
	private final SurveyDispatchPersistence _dispatches = mock(
		SurveyDispatchPersistence.class);
	private final Portal _portal = mock(Portal.class);
	private final SurveyQuestionPersistence _questions = mock(
		SurveyQuestionPersistence.class);
	private final ResourceLocalService _resourceLocalService = mock(
		ResourceLocalService.class);
	private final SurveyResponsePersistence _responses = mock(
		SurveyResponsePersistence.class);
	private final SurveyLocalServiceImpl _service =
		new SurveyLocalServiceImpl();
	private final SurveyPersistence _surveys = mock(SurveyPersistence.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
