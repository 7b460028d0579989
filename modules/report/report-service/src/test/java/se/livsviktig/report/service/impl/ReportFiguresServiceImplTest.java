package se.livsviktig.report.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.time.Instant;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.exception.ReportOrganizationException;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;
import se.livsviktig.report.exception.ReportTrainingMethodException;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.internal.security.permission.ReportViewPermission;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.service.ReportFiguresLocalService;
import se.livsviktig.report.service.persistence.ReportFreezePersistence;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Each remote read, allowed and refused: the reader's scope is checked through {@link ReportViewPermission} before
 * the local service is called, and bad input is refused with the typed exceptions.
 *
 * @author Livsviktig
 */
class ReportFiguresServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);
		when(_permissionChecker.getCompanyId()).thenReturn(_COMPANY_ID);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(_USER_ID);

		Group group = mock(Group.class);

		when(group.getCompanyId()).thenReturn(_COMPANY_ID);
		when(_groupLocalService.getGroup(_GROUP_ID)).thenAnswer(i -> group);

		Organization social = mock(Organization.class);

		when(social.getOrganizationId()).thenReturn(_SOCIAL_ID);
		when(social.getGroupId()).thenReturn(_SOCIAL_GROUP_ID);
		when(social.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_organizationLocalService.fetchOrganization(_SOCIAL_ID)
		).thenReturn(
			social
		);

		Organization school = mock(Organization.class);

		when(school.getOrganizationId()).thenReturn(_SCHOOL_ID);
		when(school.getGroupId()).thenReturn(_SCHOOL_GROUP_ID);
		when(school.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_organizationLocalService.fetchOrganization(_SCHOOL_ID)
		).thenReturn(
			school
		);

		TrainingMethod mhfa = mock(TrainingMethod.class);

		when(mhfa.getCompanyId()).thenReturn(_COMPANY_ID);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_MHFA_ID)
		).thenReturn(
			mhfa
		);

		TrainingMethod foreign = mock(TrainingMethod.class);

		when(foreign.getCompanyId()).thenReturn(_COMPANY_ID + 1);
		when(
			_trainingMethodLocalService.fetchTrainingMethod(_FOREIGN_METHOD_ID)
		).thenReturn(
			foreign
		);

		when(
			_localService.getFigures(
				eq(_COMPANY_ID), eq(_FROM), eq(_TO), eq(0L), any(Date.class))
		).thenReturn(
			List.of(_HELD, _SOCIAL_MHFA, _SOCIAL_PSYKE, _SCHOOL_MHFA)
		);

		ReportViewPermission reportViewPermission = new ReportViewPermission();

		Fields.set(
			reportViewPermission, "_organizationLocalService",
			_organizationLocalService);
		Fields.set(
			reportViewPermission, "_portletResourcePermission",
			_portletResourcePermission);

		Fields.set(_service, "reportFiguresLocalService", _localService);
		Fields.set(_service, "reportFreezePersistence", _reportFreezePersistence);
		Fields.set(_service, "_groupLocalService", _groupLocalService);
		Fields.set(
			_service, "_organizationLocalService", _organizationLocalService);
		Fields.set(_service, "_reportViewPermission", reportViewPermission);
		Fields.set(
			_service, "_trainingMethodLocalService",
			_trainingMethodLocalService);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Test
	void aForeignTrainingMethodIsRefused() {
		_grant(_GROUP_ID);

		assertThrows(
			ReportTrainingMethodException.class,
			() -> _service.getFigures(
				_GROUP_ID, _FROM, _TO, 0, false, _FOREIGN_METHOD_ID));
	}

	@Test
	void aManagerReadsTheirOwnAdministrationOnly() throws Exception {
		_grant(_SOCIAL_GROUP_ID);

		assertEquals(
			List.of(_SOCIAL_MHFA, _SOCIAL_PSYKE),
			_service.getFigures(_GROUP_ID, _FROM, _TO, _SOCIAL_ID, false, 0));
		assertThrows(
			PrincipalException.class,
			() -> _service.getFigures(
				_GROUP_ID, _FROM, _TO, _SCHOOL_ID, false, 0));
		assertThrows(
			PrincipalException.class,
			() -> _service.getFigures(_GROUP_ID, _FROM, _TO, 0, false, 0));
	}

	@Test
	void aManagerReadsTheirAdministrationsUnitsRolledUp() throws Exception {
		ReportFigure unit = new ReportFigure(
			ReportFigureKeys.TRAINING_REGISTRATIONS, 411, _MHFA_ID, 9);

		when(
			_localService.getFigures(
				eq(_COMPANY_ID), eq(_FROM), eq(_TO), eq(_SOCIAL_ID),
				any(Date.class))
		).thenReturn(
			List.of(_HELD, unit)
		);

		_grant(_SOCIAL_GROUP_ID);

		assertEquals(
			List.of(unit),
			_service.getFigures(_GROUP_ID, _FROM, _TO, _SOCIAL_ID, true, 0));
	}

	@Test
	void anEndBeforeTheStartIsRefused() {
		_grant(_GROUP_ID);

		assertThrows(
			ReportPeriodEndException.class,
			() -> _service.getFigures(_GROUP_ID, _TO, _FROM, 0, false, 0));
	}

	@Test
	void anUnknownOrganisationIsRefused() {
		_grant(_GROUP_ID);

		assertThrows(
			ReportOrganizationException.class,
			() -> _service.getFigures(_GROUP_ID, _FROM, _TO, 777, false, 0));
	}

	@Test
	void anUnknownTrainingMethodIsRefused() {
		_grant(_GROUP_ID);

		assertThrows(
			ReportTrainingMethodException.class,
			() -> _service.getFigures(_GROUP_ID, _FROM, _TO, 0, false, 777));
	}

	@Test
	void aPeriodOverFiveYearsIsRefused() {
		_grant(_GROUP_ID);

		assertThrows(
			ReportPeriodLengthException.class,
			() -> _service.getFigures(
				_GROUP_ID, _FROM, _date("2031-01-03T00:00:00Z"), 0, false,
				0));
	}

	@Test
	void aSiteReaderReadsEveryAdministrationAndOneMethod() throws Exception {
		_grant(_GROUP_ID);

		assertEquals(
			List.of(_HELD, _SOCIAL_MHFA, _SOCIAL_PSYKE, _SCHOOL_MHFA),
			_service.getFigures(_GROUP_ID, _FROM, _TO, 0, false, 0));
		assertEquals(
			List.of(_HELD, _SOCIAL_MHFA, _SCHOOL_MHFA),
			_service.getFigures(_GROUP_ID, _FROM, _TO, 0, false, _MHFA_ID));
	}

	@Test
	void differencesAreReadWithTheFreezesScope() throws Exception {
		ReportFreeze reportFreeze = mock(ReportFreeze.class);

		when(reportFreeze.getGroupId()).thenReturn(_GROUP_ID);
		when(reportFreeze.getOrganizationId()).thenReturn(0L);
		when(
			_reportFreezePersistence.findByPrimaryKey(5L)
		).thenReturn(
			reportFreeze
		);

		List<ReportFigureDifference> differences = List.of(
			new ReportFigureDifference(
				ReportFigureKeys.TRAINING_COMPLETED, _SOCIAL_ID, _MHFA_ID, 10,
				11));

		when(
			_localService.getDifferences(eq(5L), any(Date.class))
		).thenReturn(
			differences
		);

		_grant(_SOCIAL_GROUP_ID);

		assertThrows(
			PrincipalException.class, () -> _service.getDifferences(5));

		_grant(_GROUP_ID);

		assertEquals(differences, _service.getDifferences(5));
	}

	@Test
	void withoutThePermissionNothingIsRead() {
		assertThrows(
			PrincipalException.class,
			() -> _service.getFigures(_GROUP_ID, _FROM, _TO, 0, false, 0));

		verifyNoInteractions(_localService);
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private void _grant(long groupId) {
		when(
			_portletResourcePermission.contains(
				any(PermissionChecker.class), anyLong(),
				eq(ReportActionKeys.VIEW_REPORTS))
		).thenAnswer(
			invocation -> (long)invocation.getArgument(1) == groupId
		);
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _FOREIGN_METHOD_ID = 70;

	private static final Date _FROM = _date("2025-12-31T23:00:00Z");

	private static final long _GROUP_ID = 20119;

	private static final long _MHFA_ID = 7;

	private static final long _SCHOOL_GROUP_ID = 430;

	private static final long _SCHOOL_ID = 43;

	private static final long _SOCIAL_GROUP_ID = 410;

	private static final long _SOCIAL_ID = 41;

	private static final Date _TO = _date("2026-12-31T23:00:00Z");

	private static final long _USER_ID = 20125;

	private static final ReportFigure _HELD = new ReportFigure(
		ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, _MHFA_ID, 3);

	private static final ReportFigure _SCHOOL_MHFA = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, _SCHOOL_ID, _MHFA_ID, 5);

	private static final ReportFigure _SOCIAL_MHFA = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, _SOCIAL_ID, _MHFA_ID, 12);

	private static final ReportFigure _SOCIAL_PSYKE = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, _SOCIAL_ID, 8, 4);

	private final GroupLocalService _groupLocalService = mock(
		GroupLocalService.class);
	private final ReportFiguresLocalService _localService = mock(
		ReportFiguresLocalService.class);
	private final OrganizationLocalService _organizationLocalService = mock(
		OrganizationLocalService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final ReportFreezePersistence _reportFreezePersistence = mock(
		ReportFreezePersistence.class);
	private final ReportFiguresServiceImpl _service =
		new ReportFiguresServiceImpl();
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);

}
