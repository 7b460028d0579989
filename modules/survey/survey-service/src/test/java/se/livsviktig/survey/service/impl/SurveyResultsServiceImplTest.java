package se.livsviktig.survey.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.internal.security.permission.TaughtSessionResultsPermission;
import se.livsviktig.survey.exception.SurveyResultsFilterException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.SurveyResultsLocalService;
import se.livsviktig.survey.service.internal.results.ResultsFilterValidator;
import se.livsviktig.survey.service.persistence.SurveyPersistence;

/**
 * Each remote results method, allowed and refused: the permission is checked
 * through the portal's permission objects (or the taught sessions' logic)
 * before the local service is called.
 */
public class SurveyResultsServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_caller.install();

		Fields.set(_service, "surveyResultsLocalService", _localService);
		Fields.set(_service, "surveyPersistence", _surveyPersistence);
		Fields.set(_service, "_resultsFilterValidator", _resultsFilterValidator);
		Fields.set(
			_service, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(
			_service, "_taughtSessionResultsPermission",
			_taughtSessionResultsPermission);

		when(_survey.getGroupId()).thenReturn(_GROUP_ID);
		when(_survey.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_surveyPersistence.findByPrimaryKey(_SURVEY_ID)
		).thenReturn(
			_survey
		);
	}

	@AfterEach
	public void tearDown() {
		_caller.uninstall();
	}

	@Test
	public void freeTextNeedsViewFreeText() throws Exception {
		_refuseSite(SurveyActionKeys.VIEW_FREE_TEXT);

		assertThrows(
			PrincipalException.class,
			() -> _service.getFreeTextAnswers(_SURVEY_ID, 8, _query));
		verifyNoInteractions(_localService);
	}

	@Test
	public void freeTextWithViewFreeTextComesFromEveryGroup() throws Exception {
		List<String> answers = Arrays.asList("Bra");

		when(
			_localService.getFreeTextAnswers(_SURVEY_ID, 8, _query, null)
		).thenReturn(
			answers
		);

		assertSame(
			answers, _service.getFreeTextAnswers(_SURVEY_ID, 8, _query));
	}

	@Test
	public void resultsNeedViewSurveyResults() throws Exception {
		_refuseSite(SurveyActionKeys.VIEW_SURVEY_RESULTS);

		assertThrows(
			PrincipalException.class,
			() -> _service.getSurveyResults(_SURVEY_ID, _query));
		verifyNoInteractions(_localService);
	}

	@Test
	public void resultsWithViewSurveyResultsCoverEverySession()
		throws Exception {

		when(
			_localService.getSurveyResults(_SURVEY_ID, _query)
		).thenReturn(
			_surveyResults
		);

		assertSame(_surveyResults, _service.getSurveyResults(_SURVEY_ID, _query));
	}

	@Test
	public void taughtSessionResultsAreRefusedForASessionNotTaught()
		throws Exception {

		doThrow(
			new PrincipalException("not taught")
		).when(
			_taughtSessionResultsPermission
		).getTaughtSessionIds(_caller.permissionChecker, _COMPANY_ID, 0);

		assertThrows(
			PrincipalException.class,
			() -> _service.getTaughtSessionResults(_SURVEY_ID, _query));
		verifyNoInteractions(_localService);
	}

	@Test
	public void taughtSessionResultsCoverOnlyTheTaughtSessions()
		throws Exception {

		long[] taught = {91, 92};

		when(
			_taughtSessionResultsPermission.getTaughtSessionIds(
				_caller.permissionChecker, _COMPANY_ID, 0)
		).thenReturn(
			taught
		);
		when(
			_localService.getSurveyResults(_SURVEY_ID, _query, taught)
		).thenReturn(
			_surveyResults
		);

		assertSame(
			_surveyResults,
			_service.getTaughtSessionResults(_SURVEY_ID, _query));
		verifyNoInteractions(_portletResourcePermission);
	}

	@Test
	public void taughtSessionSurveysAreRefusedForASessionNotTaught()
		throws Exception {

		when(_caller.permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);

		doThrow(
			new PrincipalException("not taught")
		).when(
			_taughtSessionResultsPermission
		).getTaughtSessionIds(_caller.permissionChecker, _COMPANY_ID, 93);

		assertThrows(
			PrincipalException.class,
			() -> _service.getTaughtSessionSurveys(93));
		verifyNoInteractions(_localService);
	}

	@Test
	public void taughtSessionSurveysAreOfOneSessionNeverAll()
		throws Exception {

		assertThrows(
			PrincipalException.class,
			() -> _service.getTaughtSessionSurveys(0));
		verifyNoInteractions(_localService, _taughtSessionResultsPermission);
	}

	@Test
	public void taughtSessionSurveysAreTheSessionsSurveysInTheCallersCompany()
		throws Exception {

		when(_caller.permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_taughtSessionResultsPermission.getTaughtSessionIds(
				_caller.permissionChecker, _COMPANY_ID, 91)
		).thenReturn(
			new long[] {91}
		);

		List<Survey> surveys = List.of(_survey);

		when(
			_localService.getCourseSessionSurveys(_COMPANY_ID, 91)
		).thenReturn(
			surveys
		);

		assertSame(surveys, _service.getTaughtSessionSurveys(91));
		verifyNoInteractions(_portletResourcePermission);
	}

	@Test
	public void anUnknownFilterIsRefusedBeforeAnythingIsCounted()
		throws Exception {

		doThrow(
			new SurveyResultsFilterException("unknown method")
		).when(
			_resultsFilterValidator
		).validate(_COMPANY_ID, _query);

		assertThrows(
			SurveyResultsFilterException.class,
			() -> _service.getSurveyResults(_SURVEY_ID, _query));
		assertThrows(
			SurveyResultsFilterException.class,
			() -> _service.getFreeTextAnswers(_SURVEY_ID, 8, _query));
		verifyNoInteractions(_localService);
	}

	private void _refuseSite(String actionId) throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_caller.permissionChecker, SurveyConstants.RESOURCE_NAME,
				_GROUP_ID, actionId)
		).when(
			_portletResourcePermission
		).check(
			_caller.permissionChecker, _GROUP_ID, actionId
		);
	}

	private static final long _COMPANY_ID = 20_097;

	private static final long _GROUP_ID = 20_121;

	private static final long _SURVEY_ID = 701;

	private final RemoteCaller _caller = new RemoteCaller();
	private final SurveyResultsLocalService _localService = mock(
		SurveyResultsLocalService.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final SurveyResultsQuery _query = SurveyResultsQuery.all();
	private final ResultsFilterValidator _resultsFilterValidator = mock(
		ResultsFilterValidator.class);
	private final SurveyResultsServiceImpl _service =
		new SurveyResultsServiceImpl();
	private final Survey _survey = mock(Survey.class);
	private final SurveyPersistence _surveyPersistence = mock(
		SurveyPersistence.class);
	private final SurveyResults _surveyResults = mock(SurveyResults.class);
	private final TaughtSessionResultsPermission
		_taughtSessionResultsPermission = mock(
			TaughtSessionResultsPermission.class);

}
