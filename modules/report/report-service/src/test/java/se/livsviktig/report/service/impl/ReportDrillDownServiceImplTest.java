package se.livsviktig.report.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.time.ZoneOffset;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportFigureKeyException;
import se.livsviktig.report.internal.security.permission.ReportViewPermission;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.training.constants.TrainingActionKeys;
import se.livsviktig.training.figures.TrainingFigure;
import se.livsviktig.training.figures.TrainingFigureCell;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.TrainingFiguresLocalService;

/**
 * Each remote method, allowed and refused: the sessions need the figure's read permission, the registrations also
 * training's MANAGE_SESSIONS in the site; an unknown figure is refused before anything is asked.
 *
 * @author Livsviktig
 */
class ReportDrillDownServiceImplTest {

	@BeforeEach
	void setUp() {
		when(_permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(_USER_ID);

		Fields.set(_service, "_reportViewPermission", _reportViewPermission);
		Fields.set(
			_service, "_trainingFiguresLocalService",
			_trainingFiguresLocalService);
		Fields.set(
			_service, "_trainingPortletResourcePermission",
			_trainingPortletResourcePermission);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Test
	void aSessionFigureIsReadAsEveryAdministrationsFigure() throws Exception {
		_service.getFigureSessionsCount(
			_GROUP_ID, ReportFigureKeys.TRAINING_SESSIONS_HELD, _PERIOD,
			_ORGANIZATION_ID, false, _METHOD_ID, ReportSexes.NONE);

		verify(
			_reportViewPermission
		).check(
			_permissionChecker, _GROUP_ID, 0
		);
	}

	@Test
	void anUnknownFigureIsATypedExceptionBeforeAnyPermission() {
		assertThrows(
			ReportFigureKeyException.class,
			() -> _service.getFigureSessions(
				_GROUP_ID, "training.unknown", _PERIOD, _ORGANIZATION_ID, true,
				_METHOD_ID, ReportSexes.FEMALE, 0, 20));
		assertThrows(
			ReportFigureKeyException.class,
			() -> _service.getFigureRegistrationsCount(
				_GROUP_ID, "survey.response-rate", _PERIOD, _ORGANIZATION_ID,
				true, _METHOD_ID, ReportSexes.FEMALE));

		verifyNoInteractions(
			_reportViewPermission, _trainingPortletResourcePermission,
			_trainingFiguresLocalService);
	}

	@Test
	void registrationsNeedManageSessionsBesideTheFiguresPermission()
		throws Exception {

		doThrow(
			PrincipalException.class
		).when(
			_trainingPortletResourcePermission
		).check(
			_permissionChecker, _GROUP_ID, TrainingActionKeys.MANAGE_SESSIONS
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.getFigureRegistrations(
				_GROUP_ID, ReportFigureKeys.TRAINING_COMPLETED, _PERIOD,
				_ORGANIZATION_ID, true, _METHOD_ID, ReportSexes.FEMALE, 0, 20));
		assertThrows(
			PrincipalException.class,
			() -> _service.getFigureRegistrationsCount(
				_GROUP_ID, ReportFigureKeys.TRAINING_COMPLETED, _PERIOD,
				_ORGANIZATION_ID, true, _METHOD_ID, ReportSexes.FEMALE));

		verifyNoInteractions(_trainingFiguresLocalService);
	}

	@Test
	void registrationsNeedTheFiguresPermissionEvenForACoordinator()
		throws Exception {

		_refuseReading();

		assertThrows(
			PrincipalException.class,
			() -> _service.getFigureRegistrations(
				_GROUP_ID, ReportFigureKeys.TRAINING_COMPLETED, _PERIOD,
				_ORGANIZATION_ID, true, _METHOD_ID, ReportSexes.FEMALE, 0, 20));

		verifyNoInteractions(_trainingFiguresLocalService);
	}

	@Test
	void registrationsWithBothPermissionsAreTheFiguresCellsPage()
		throws Exception {

		List<Registration> registrations = List.of(mock(Registration.class));

		when(
			_trainingFiguresLocalService.getFigureRegistrations(
				any(TrainingFigureCell.class), eq(20), eq(40))
		).thenReturn(
			registrations
		);
		when(
			_trainingFiguresLocalService.getFigureRegistrationsCount(
				any(TrainingFigureCell.class))
		).thenReturn(
			41
		);

		assertSame(
			registrations,
			_service.getFigureRegistrations(
				_GROUP_ID, ReportFigureKeys.TRAINING_PARTICIPANTS, _PERIOD,
				_ORGANIZATION_ID, true, _METHOD_ID, ReportSexes.FEMALE, 20, 40));
		assertEquals(
			41,
			_service.getFigureRegistrationsCount(
				_GROUP_ID, ReportFigureKeys.TRAINING_PARTICIPANTS, _PERIOD,
				_ORGANIZATION_ID, true, _METHOD_ID, ReportSexes.FEMALE));

		ArgumentCaptor<TrainingFigureCell> argumentCaptor =
			ArgumentCaptor.forClass(TrainingFigureCell.class);

		verify(
			_trainingFiguresLocalService
		).getFigureRegistrations(
			argumentCaptor.capture(), eq(20), eq(40)
		);

		TrainingFigureCell trainingFigureCell = argumentCaptor.getValue();

		assertEquals(
			TrainingFigure.PARTICIPANTS, trainingFigureCell.getTrainingFigure());
		assertTrue(trainingFigureCell.isRolledUp());
		verify(
			_reportViewPermission, times(2)
		).check(
			_permissionChecker, _GROUP_ID, _ORGANIZATION_ID
		);
	}

	@Test
	void sessionsNeedTheFiguresReadPermission() throws Exception {
		_refuseReading();

		assertThrows(
			PrincipalException.class,
			() -> _service.getFigureSessions(
				_GROUP_ID, ReportFigureKeys.TRAINING_NO_SHOW, _PERIOD,
				_ORGANIZATION_ID, false, _METHOD_ID, ReportSexes.FEMALE, 0, 20));
		assertThrows(
			PrincipalException.class,
			() -> _service.getFigureSessionsCount(
				_GROUP_ID, ReportFigureKeys.TRAINING_NO_SHOW, _PERIOD,
				_ORGANIZATION_ID, false, _METHOD_ID, ReportSexes.FEMALE));

		verifyNoInteractions(_trainingFiguresLocalService);
	}

	@Test
	void sessionsWithTheReadPermissionAreTheFiguresCellsPageWithoutCoordinating()
		throws Exception {

		List<CourseSession> courseSessions = List.of(mock(CourseSession.class));

		when(
			_trainingFiguresLocalService.getFigureSessions(
				any(TrainingFigureCell.class), eq(0), eq(20))
		).thenReturn(
			courseSessions
		);

		assertSame(
			courseSessions,
			_service.getFigureSessions(
				_GROUP_ID, ReportFigureKeys.TRAINING_NO_SHOW, _PERIOD,
				_ORGANIZATION_ID, false, _METHOD_ID, ReportSexes.FEMALE, 0, 20));

		ArgumentCaptor<TrainingFigureCell> argumentCaptor =
			ArgumentCaptor.forClass(TrainingFigureCell.class);

		verify(
			_trainingFiguresLocalService
		).getFigureSessions(
			argumentCaptor.capture(), eq(0), eq(20)
		);

		TrainingFigureCell trainingFigureCell = argumentCaptor.getValue();

		assertEquals(
			TrainingFigure.NO_SHOW, trainingFigureCell.getTrainingFigure());
		assertEquals(_COMPANY_ID, trainingFigureCell.getCompanyId());
		assertEquals(_PERIOD.getFrom(), trainingFigureCell.getFrom());
		assertEquals(_PERIOD.getTo(), trainingFigureCell.getTo());
		assertEquals(_ORGANIZATION_ID, trainingFigureCell.getOrganizationId());
		assertFalse(trainingFigureCell.isRolledUp());
		assertEquals(_METHOD_ID, trainingFigureCell.getTrainingMethodId());
		assertEquals(ReportSexes.FEMALE, trainingFigureCell.getSex());
		verify(
			_reportViewPermission
		).check(
			_permissionChecker, _GROUP_ID, _ORGANIZATION_ID
		);
		verifyNoInteractions(_trainingPortletResourcePermission);
	}

	private void _refuseReading() throws Exception {
		doThrow(
			PrincipalException.class
		).when(
			_reportViewPermission
		).check(
			eq(_permissionChecker), eq(_GROUP_ID), anyLong()
		);
	}

	private static final long _COMPANY_ID = 20101;

	private static final long _GROUP_ID = 20121;

	private static final long _METHOD_ID = 501;

	private static final long _ORGANIZATION_ID = 40001;

	private static final ReportPeriod _PERIOD = ReportPeriod.ofYear(
		2026, ZoneOffset.UTC);

	private static final long _USER_ID = 302;

	private final ReportViewPermission _reportViewPermission = mock(
		ReportViewPermission.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final ReportDrillDownServiceImpl _service =
		new ReportDrillDownServiceImpl();
	private final TrainingFiguresLocalService _trainingFiguresLocalService =
		mock(TrainingFiguresLocalService.class);
	private final PortletResourcePermission _trainingPortletResourcePermission =
		mock(PortletResourcePermission.class);

}
