package se.livsviktig.survey.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.SurveyQuestionLocalService;

/**
 * Each remote method, allowed and refused: questions take UPDATE (to change) or VIEW (to read) on their survey,
 * checked before the local service writes anything.
 *
 * @author Livsviktig
 */
public class SurveyQuestionServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_caller.install();

		Fields.set(_service, "surveyQuestionLocalService", _localService);
		Fields.set(
			_service, "_surveyModelResourcePermission", _surveyPermission);

		when(_question.getSurveyId()).thenReturn(_SURVEY_ID);
		when(
			_localService.getSurveyQuestion(_QUESTION_ID)
		).thenReturn(
			_question
		);
	}

	@AfterEach
	public void tearDown() {
		_caller.uninstall();
	}

	@Test
	public void addingNeedsUpdateOnTheSurvey() throws Exception {
		_refuse(ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_add);
		verify(_localService, never()).addSurveyQuestion(
			anyLong(), anyInt(), any(), any(), any(), any(), anyBoolean(),
			any());
	}

	@Test
	public void addingWithUpdateAdds() throws Exception {
		when(
			_localService.addSurveyQuestion(
				_SURVEY_ID, SurveyQuestionConstants.TYPE_YES_NO, _TEXT,
				Map.of(), Map.of(), Map.of(), true, _serviceContext)
		).thenReturn(
			_question
		);

		assertSame(_question, _add());
	}

	@Test
	public void changingNeedsUpdateOnTheQuestionsSurvey() throws Exception {
		_refuse(ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateSurveyQuestion(
				_QUESTION_ID, _TEXT, Map.of(), Map.of(), Map.of(), true));
		verify(_localService, never()).updateSurveyQuestion(
			anyLong(), any(), any(), any(), any(), anyBoolean());
	}

	@Test
	public void changingWithUpdateChanges() throws Exception {
		when(
			_localService.updateSurveyQuestion(
				_QUESTION_ID, _TEXT, Map.of(), Map.of(), Map.of(), false)
		).thenReturn(
			_question
		);

		assertSame(
			_question,
			_service.updateSurveyQuestion(
				_QUESTION_ID, _TEXT, Map.of(), Map.of(), Map.of(), false));
	}

	@Test
	public void movingNeedsUpdateOnTheQuestionsSurvey() throws Exception {
		_refuse(ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.moveSurveyQuestion(_QUESTION_ID, 2));
		verify(_localService, never()).moveSurveyQuestion(anyLong(), anyInt());
	}

	@Test
	public void movingWithUpdateMoves() throws Exception {
		when(
			_localService.moveSurveyQuestion(_QUESTION_ID, 2)
		).thenReturn(
			_question
		);

		assertSame(_question, _service.moveSurveyQuestion(_QUESTION_ID, 2));
	}

	@Test
	public void deletingNeedsUpdateOnTheQuestionsSurvey() throws Exception {
		_refuse(ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.deleteSurveyQuestion(_QUESTION_ID));
		verify(_localService, never()).deleteSurveyQuestion(anyLong());
	}

	@Test
	public void deletingWithUpdateDeletes() throws Exception {
		when(
			_localService.deleteSurveyQuestion(_QUESTION_ID)
		).thenReturn(
			_question
		);

		assertSame(_question, _service.deleteSurveyQuestion(_QUESTION_ID));
	}

	@Test
	public void readingNeedsViewOnTheSurvey() throws Exception {
		_refuse(ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getSurveyQuestions(_SURVEY_ID));
		verify(_localService, never()).getSurveyQuestions(anyLong());
	}

	@Test
	public void readingWithViewReadsInOrder() throws Exception {
		when(
			_localService.getSurveyQuestions(_SURVEY_ID)
		).thenReturn(
			List.of(_question)
		);

		assertEquals(
			List.of(_question), _service.getSurveyQuestions(_SURVEY_ID));
	}

	private SurveyQuestion _add() throws Exception {
		return _service.addSurveyQuestion(
			_SURVEY_ID, SurveyQuestionConstants.TYPE_YES_NO, _TEXT, Map.of(),
			Map.of(), Map.of(), true, _serviceContext);
	}

	private void _refuse(String actionId) throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_caller.permissionChecker, Survey.class.getName(), _SURVEY_ID,
				actionId)
		).when(
			_surveyPermission
		).check(
			_caller.permissionChecker, _SURVEY_ID, actionId
		);
	}

	private static final long _QUESTION_ID = 701;

	private static final long _SURVEY_ID = 501;

	private static final Map<Locale, String> _TEXT = Map.of(
		new Locale("sv", "SE"), "Har du använt det du lärde dig?");

	private final RemoteCaller _caller = new RemoteCaller();
	private final SurveyQuestionLocalService _localService = mock(
		SurveyQuestionLocalService.class);
	private final SurveyQuestion _question = mock(SurveyQuestion.class);
	private final SurveyQuestionServiceImpl _service =
		new SurveyQuestionServiceImpl();
	private final ServiceContext _serviceContext = new ServiceContext();
	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<Survey> _surveyPermission = mock(
		ModelResourcePermission.class);

}
