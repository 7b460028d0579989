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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.ActionKeys;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyActionKeys;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyLocalService;

/**
 * Each remote method, allowed and refused: the permission is checked through the portal's permission objects
 * before the local service is called.
 *
 * @author Livsviktig
 */
public class SurveyServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_caller.install();

		Fields.set(_service, "surveyLocalService", _localService);
		Fields.set(
			_service, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(
			_service, "_surveyModelResourcePermission", _surveyPermission);

		when(_survey.getSurveyId()).thenReturn(_SURVEY_ID);
		when(_survey.getGroupId()).thenReturn(_GROUP_ID);
		when(_localService.getSurvey(_SURVEY_ID)).thenReturn(_survey);
	}

	@AfterEach
	public void tearDown() {
		_caller.uninstall();
	}

	@Test
	public void addingNeedsManageSurveysInTheSite() throws Exception {
		_refuseSite(SurveyActionKeys.MANAGE_SURVEYS);

		assertThrows(PrincipalException.class, this::_add);
		verifyNoInteractions(_localService);
	}

	@Test
	public void addingWithManageSurveysAddsAsTheCaller() throws Exception {
		when(
			_localService.addSurvey(
				RemoteCaller.USER_ID, _GROUP_ID, _TITLE, Map.of(),
				SurveyConstants.KIND_EVALUATION, true, _serviceContext)
		).thenReturn(
			_survey
		);

		assertSame(_survey, _add());
	}

	@Test
	public void updatingNeedsUpdateOnTheSurvey() throws Exception {
		_refuseSurvey(ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateSurvey(
				_SURVEY_ID, _TITLE, Map.of(), true,
				SurveyConstants.STATUS_ACTIVE));
		verify(_localService, never()).updateSurvey(
			anyLong(), any(), any(), anyBoolean(), anyInt());
	}

	@Test
	public void updatingWithUpdateUpdates() throws Exception {
		when(
			_localService.updateSurvey(
				_SURVEY_ID, _TITLE, Map.of(), true,
				SurveyConstants.STATUS_ACTIVE)
		).thenReturn(
			_survey
		);

		assertSame(
			_survey,
			_service.updateSurvey(
				_SURVEY_ID, _TITLE, Map.of(), true,
				SurveyConstants.STATUS_ACTIVE));
	}

	@Test
	public void deletingNeedsDeleteOnTheSurvey() throws Exception {
		_refuseSurvey(ActionKeys.DELETE);

		assertThrows(
			PrincipalException.class, () -> _service.deleteSurvey(_SURVEY_ID));
		verify(_localService, never()).deleteSurvey(anyLong());
	}

	@Test
	public void deletingWithDeleteDeletes() throws Exception {
		when(_localService.deleteSurvey(_SURVEY_ID)).thenReturn(_survey);

		assertSame(_survey, _service.deleteSurvey(_SURVEY_ID));
	}

	@Test
	public void copyingNeedsViewOnTheSurvey() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_caller.permissionChecker, Survey.class.getName(), _SURVEY_ID,
				ActionKeys.VIEW)
		).when(
			_surveyPermission
		).check(
			_caller.permissionChecker, _survey, ActionKeys.VIEW
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.copySurvey(_SURVEY_ID, _serviceContext));
		verify(_localService, never()).copySurvey(
			anyLong(), anyLong(), any());
	}

	@Test
	public void copyingNeedsManageSurveysInTheSurveysSite() throws Exception {
		_refuseSite(SurveyActionKeys.MANAGE_SURVEYS);

		assertThrows(
			PrincipalException.class,
			() -> _service.copySurvey(_SURVEY_ID, _serviceContext));
		verify(_localService, never()).copySurvey(
			anyLong(), anyLong(), any());
	}

	@Test
	public void copyingWithBothCopiesAsTheCaller() throws Exception {
		Survey copy = mock(Survey.class);

		when(
			_localService.copySurvey(
				RemoteCaller.USER_ID, _SURVEY_ID, _serviceContext)
		).thenReturn(
			copy
		);

		assertSame(copy, _service.copySurvey(_SURVEY_ID, _serviceContext));
	}

	@Test
	public void readingNeedsViewOnTheSurvey() throws Exception {
		_refuseSurvey(ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class, () -> _service.getSurvey(_SURVEY_ID));

		verify(_surveyPermission).check(
			_caller.permissionChecker, _SURVEY_ID, ActionKeys.VIEW);
	}

	@Test
	public void readingWithViewReads() throws Exception {
		assertSame(_survey, _service.getSurvey(_SURVEY_ID));
	}

	@Test
	public void theSitesListNeedsManageSurveysOrViewSurveyResults()
		throws Exception {

		assertThrows(
			PrincipalException.class,
			() -> _service.getGroupSurveys(_GROUP_ID, 0, 20));
		assertThrows(
			PrincipalException.class,
			() -> _service.getGroupSurveysCount(_GROUP_ID));
		verifyNoInteractions(_localService);
	}

	@Test
	public void theSitesListIsForWhoeverManagesItsSurveys() throws Exception {
		_allowSite(SurveyActionKeys.MANAGE_SURVEYS);

		when(
			_localService.getGroupSurveys(_GROUP_ID, 0, 20)
		).thenReturn(
			List.of(_survey)
		);
		when(_localService.getGroupSurveysCount(_GROUP_ID)).thenReturn(1);

		assertEquals(List.of(_survey), _service.getGroupSurveys(_GROUP_ID, 0, 20));
		assertEquals(1, _service.getGroupSurveysCount(_GROUP_ID));
	}

	@Test
	public void theSitesListIsForWhoeverReadsItsResults() throws Exception {
		_allowSite(SurveyActionKeys.VIEW_SURVEY_RESULTS);

		when(
			_localService.getGroupSurveys(_GROUP_ID, 0, 20)
		).thenReturn(
			List.of(_survey)
		);

		assertEquals(List.of(_survey), _service.getGroupSurveys(_GROUP_ID, 0, 20));
	}

	private Survey _add() throws Exception {
		return _service.addSurvey(
			_GROUP_ID, _TITLE, Map.of(), SurveyConstants.KIND_EVALUATION, true,
			_serviceContext);
	}

	private void _allowSite(String actionId) {
		when(
			_portletResourcePermission.contains(
				_caller.permissionChecker, _GROUP_ID, actionId)
		).thenReturn(
			true
		);
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

	private void _refuseSurvey(String actionId) throws Exception {
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

	private static final long _GROUP_ID = 20121;

	private static final long _SURVEY_ID = 501;

	private static final Map<Locale, String> _TITLE = Map.of(
		new Locale("sv", "SE"), "Kursutvärdering");

	private final RemoteCaller _caller = new RemoteCaller();
	private final SurveyLocalService _localService = mock(
		SurveyLocalService.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final SurveyServiceImpl _service = new SurveyServiceImpl();
	private final Survey _survey = mock(Survey.class);
	private final ServiceContext _serviceContext = new ServiceContext();
	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<Survey> _surveyPermission = mock(
		ModelResourcePermission.class);

}
