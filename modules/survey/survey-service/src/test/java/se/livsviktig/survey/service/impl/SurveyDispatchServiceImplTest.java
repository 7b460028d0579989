package se.livsviktig.survey.service.impl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
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
import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.service.SurveyDispatchLocalService;

/**
 * Each remote dispatch method, allowed and refused: UPDATE on the survey to start a dispatch, UPDATE on the dispatch
 * to change it, VIEW to read it, checked through the portal's permission objects before the local service is
 * called.
 *
 * @author Livsviktig
 */
public class SurveyDispatchServiceImplTest {

	@BeforeEach
	public void setUp() throws Exception {
		_caller.install();

		Fields.set(_service, "surveyDispatchLocalService", _localService);
		Fields.set(
			_service, "_surveyDispatchModelResourcePermission",
			_dispatchPermission);
		Fields.set(
			_service, "_surveyModelResourcePermission", _surveyPermission);
	}

	@AfterEach
	public void tearDown() {
		_caller.uninstall();
	}

	@Test
	public void addingNeedsUpdateOnTheSurvey() throws Exception {
		_refuseSurvey(ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_add);
		verifyNoInteractions(_localService);
	}

	@Test
	public void addingWithUpdateAddsAsTheCaller() throws Exception {
		when(
			_localService.addSurveyDispatch(
				RemoteCaller.USER_ID, _SURVEY_ID, 501, new long[0],
				SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START,
				_CLOSE, 7, 2, _serviceContext)
		).thenReturn(
			_dispatch
		);

		assertSame(_dispatch, _add());
	}

	@Test
	public void progressNeedsViewOnTheDispatch() throws Exception {
		_refuseDispatch(ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getDispatchProgress(_DISPATCH_ID));
		verify(_localService, never()).getDispatchProgress(anyLong());
	}

	@Test
	public void progressWithViewReadsTheProgress() throws Exception {
		DispatchProgress dispatchProgress = new DispatchProgress(10, 4, 3, 1);

		when(
			_localService.getDispatchProgress(_DISPATCH_ID)
		).thenReturn(
			dispatchProgress
		);

		assertSame(dispatchProgress, _service.getDispatchProgress(_DISPATCH_ID));
	}

	@Test
	public void sessionsNeedViewOnTheDispatch() throws Exception {
		_refuseDispatch(ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getSurveyDispatchCourseSessionIds(_DISPATCH_ID));
		verify(
			_localService, never()
		).getSurveyDispatchCourseSessionIds(
			anyLong()
		);
	}

	@Test
	public void sessionsWithViewReadTheChosenSessions() throws Exception {
		when(
			_localService.getSurveyDispatchCourseSessionIds(_DISPATCH_ID)
		).thenReturn(
			new long[] {11, 12}
		);

		assertArrayEquals(
			new long[] {11, 12},
			_service.getSurveyDispatchCourseSessionIds(_DISPATCH_ID));
	}

	@Test
	public void listingNeedsViewOnTheSurvey() throws Exception {
		_refuseSurvey(ActionKeys.VIEW);

		assertThrows(
			PrincipalException.class,
			() -> _service.getSurveyDispatches(_SURVEY_ID));
		verify(_localService, never()).getSurveyDispatches(anyLong());
	}

	@Test
	public void listingShowsOnlyTheDispatchesTheCallerMayView()
		throws Exception {

		SurveyDispatch hidden = mock(SurveyDispatch.class);

		when(
			_localService.getSurveyDispatches(_SURVEY_ID)
		).thenReturn(
			List.of(_dispatch, hidden)
		);
		when(
			_dispatchPermission.contains(
				_caller.permissionChecker, _dispatch, ActionKeys.VIEW)
		).thenReturn(
			true
		);

		assertEquals(
			List.of(_dispatch), _service.getSurveyDispatches(_SURVEY_ID));
	}

	@Test
	public void statusNeedsUpdateOnTheDispatch() throws Exception {
		_refuseDispatch(ActionKeys.UPDATE);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateSurveyDispatchStatus(
				_DISPATCH_ID, SurveyDispatchConstants.STATUS_PAUSED));
		verify(
			_localService, never()
		).updateSurveyDispatchStatus(
			anyLong(), anyInt()
		);
	}

	@Test
	public void statusWithUpdateChangesTheStatus() throws Exception {
		when(
			_localService.updateSurveyDispatchStatus(
				_DISPATCH_ID, SurveyDispatchConstants.STATUS_PAUSED)
		).thenReturn(
			_dispatch
		);

		assertSame(
			_dispatch,
			_service.updateSurveyDispatchStatus(
				_DISPATCH_ID, SurveyDispatchConstants.STATUS_PAUSED));
	}

	@Test
	public void updatingNeedsUpdateOnTheDispatch() throws Exception {
		_refuseDispatch(ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_update);
		verify(
			_localService, never()
		).updateSurveyDispatch(
			anyLong(), anyLong(), any(), anyInt(), anyInt(), any(), any(),
			anyInt(), anyInt()
		);
	}

	@Test
	public void updatingWithUpdateUpdates() throws Exception {
		when(
			_localService.updateSurveyDispatch(
				_DISPATCH_ID, 501, new long[0],
				SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START,
				_CLOSE, 7, 2)
		).thenReturn(
			_dispatch
		);

		assertSame(_dispatch, _update());
	}

	@Test
	public void deletingNeedsDeleteOnTheDispatch() throws Exception {
		_refuseDispatch(ActionKeys.DELETE);

		assertThrows(
			PrincipalException.class,
			() -> _service.deleteSurveyDispatch(_DISPATCH_ID));
		verifyNoInteractions(_localService);
	}

	@Test
	public void deletingWithDeleteDeletes() throws Exception {
		when(
			_localService.deleteSurveyDispatch(_DISPATCH_ID)
		).thenReturn(
			_dispatch
		);

		assertSame(_dispatch, _service.deleteSurveyDispatch(_DISPATCH_ID));
	}

	@Test
	public void settingsAndStatusNeedUpdateOnTheDispatch() throws Exception {
		_refuseDispatch(ActionKeys.UPDATE);

		assertThrows(PrincipalException.class, this::_updateWithStatus);
		verifyNoInteractions(_localService);
	}

	@Test
	public void settingsAndStatusWithUpdateGoToTheLocalServiceInOneCall()
		throws Exception {

		when(
			_localService.updateSurveyDispatch(
				_DISPATCH_ID, 501, new long[0],
				SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START,
				_CLOSE, 7, 2, SurveyDispatchConstants.STATUS_CLOSED)
		).thenReturn(
			_dispatch
		);

		assertSame(_dispatch, _updateWithStatus());
		verify(
			_localService, never()
		).updateSurveyDispatchStatus(
			anyLong(), anyInt()
		);
	}

	private SurveyDispatch _updateWithStatus() throws Exception {
		return _service.updateSurveyDispatch(
			_DISPATCH_ID, 501, new long[0],
			SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START, _CLOSE,
			7, 2, SurveyDispatchConstants.STATUS_CLOSED);
	}

	private SurveyDispatch _add() throws Exception {
		return _service.addSurveyDispatch(
			_SURVEY_ID, 501, new long[0],
			SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START, _CLOSE,
			7, 2, _serviceContext);
	}

	private void _refuseDispatch(String actionId) throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_caller.permissionChecker, SurveyDispatch.class.getName(),
				_DISPATCH_ID, actionId)
		).when(
			_dispatchPermission
		).check(
			_caller.permissionChecker, _DISPATCH_ID, actionId
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

	private SurveyDispatch _update() throws Exception {
		return _service.updateSurveyDispatch(
			_DISPATCH_ID, 501, new long[0],
			SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE, 0, _START, _CLOSE,
			7, 2);
	}

	private static final Date _CLOSE = new Date(1_900_086_400_000L);

	private static final long _DISPATCH_ID = 72;

	private static final Date _START = new Date(1_900_000_000_000L);

	private static final long _SURVEY_ID = 71;

	private final RemoteCaller _caller = new RemoteCaller();
	private final SurveyDispatch _dispatch = mock(SurveyDispatch.class);

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<SurveyDispatch> _dispatchPermission =
		mock(ModelResourcePermission.class);

	private final SurveyDispatchLocalService _localService = mock(
		SurveyDispatchLocalService.class);
	private final SurveyDispatchServiceImpl _service =
		new SurveyDispatchServiceImpl();
	private final ServiceContext _serviceContext = new ServiceContext();

	@SuppressWarnings("unchecked")
	private final ModelResourcePermission<Survey> _surveyPermission = mock(
		ModelResourcePermission.class);

}
