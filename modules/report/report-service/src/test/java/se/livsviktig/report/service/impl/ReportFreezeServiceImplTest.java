package se.livsviktig.report.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.auth.PrincipalThreadLocal;
import com.liferay.portal.kernel.security.permission.PermissionChecker;
import com.liferay.portal.kernel.security.permission.PermissionThreadLocal;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportActionKeys;
import se.livsviktig.report.constants.ReportConstants;
import se.livsviktig.report.internal.security.permission.ReportFreezePermission;
import se.livsviktig.report.internal.security.permission.ReportViewPermission;
import se.livsviktig.report.model.ReportFreeze;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportFreezeLocalService;
import se.livsviktig.report.service.persistence.ReportFreezePersistence;

/**
 * Each remote method, allowed and refused: the caller's permission is checked through the portal's permission
 * objects (ReportFreezePermission, ReportViewPermission) before the local service is called.
 *
 * @author Livsviktig
 */
class ReportFreezeServiceImplTest {

	@BeforeEach
	void setUp() {
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(_USER_ID);

		Fields.set(_service, "reportFreezeLocalService", _localService);
		Fields.set(
			_service, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(
			_service, "_reportFreezePermission", _reportFreezePermission);
		Fields.set(
			_service, "_reportViewPermission", _reportViewPermission);
		Fields.set(
			_service, "reportFreezePersistence", _reportFreezePersistence);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Test
	void freezingNeedsTheFreezePermissionOfTheScope() throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_permissionChecker, ReportConstants.RESOURCE_NAME, _ORG_ID,
				ReportActionKeys.FREEZE_REPORTS)
		).when(
			_reportFreezePermission
		).check(
			_permissionChecker, _GROUP_ID, _ORG_ID
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.freeze(_GROUP_ID, _PERIOD, _ORG_ID));

		verifyNoInteractions(_localService);
	}

	@Test
	void freezingOneAdministrationFreezesItAsTheCaller() throws Exception {
		when(
			_localService.freeze(
				eq(_USER_ID), eq(_GROUP_ID), eq(_PERIOD), eq(_ORG_ID),
				any(Date.class))
		).thenReturn(
			_reportFreeze
		);

		assertSame(
			_reportFreeze, _service.freeze(_GROUP_ID, _PERIOD, _ORG_ID));
		verify(
			_reportFreezePermission
		).check(
			_permissionChecker, _GROUP_ID, _ORG_ID
		);
	}

	@Test
	void anAdministrationsManagerListsOnlyTheFreezesOfWhatTheyMayRead()
		throws Exception {

		ReportFreeze everyAdministration = _freezeOf(0);
		ReportFreeze own = _freezeOf(_ORG_ID);
		ReportFreeze another = _freezeOf(_ORG_ID + 1);

		when(
			_reportFreezePersistence.findByGroupId(_GROUP_ID)
		).thenReturn(
			List.of(everyAdministration, own, another)
		);
		when(
			_reportViewPermission.getGrantedOrganizations(_permissionChecker)
		).thenReturn(
			List.of(mock(Organization.class))
		);
		when(
			_reportViewPermission.contains(
				_permissionChecker, _GROUP_ID, _ORG_ID)
		).thenReturn(
			true
		);

		assertEquals(List.of(own), _service.getReportFreezes(_GROUP_ID));
	}

	@Test
	void aReaderOfNoAdministrationIsRefusedTheFreezes() throws Exception {
		assertThrows(
			PrincipalException.class,
			() -> _service.getReportFreezes(_GROUP_ID));

		verifyNoInteractions(_reportFreezePersistence);
	}

	@Test
	void freezingWithFreezeReportsFreezesAsTheCaller() throws Exception {
		when(
			_localService.freeze(
				eq(_USER_ID), eq(_GROUP_ID), eq(_PERIOD), eq(0L),
				any(Date.class))
		).thenReturn(
			_reportFreeze
		);

		assertSame(_reportFreeze, _service.freeze(_GROUP_ID, _PERIOD, 0));
	}

	@Test
	void unfreezingNeedsUnfreezeReportsInTheFreezesSite() throws Exception {
		when(
			_localService.getReportFreeze(_REPORT_FREEZE_ID)
		).thenReturn(
			_reportFreeze
		);
		when(_reportFreeze.getGroupId()).thenReturn(_GROUP_ID);

		_refuse(ReportActionKeys.UNFREEZE_REPORTS);

		assertThrows(
			PrincipalException.class,
			() -> _service.unfreeze(_REPORT_FREEZE_ID, "Sent in error"));

		verify(
			_localService, never()
		).unfreeze(
			anyLong(), anyLong(), anyString(), any(Date.class)
		);
	}

	@Test
	void unfreezingWithUnfreezeReportsUnfreezesAsTheCaller() throws Exception {
		when(
			_localService.getReportFreeze(_REPORT_FREEZE_ID)
		).thenReturn(
			_reportFreeze
		);
		when(_reportFreeze.getGroupId()).thenReturn(_GROUP_ID);
		when(
			_localService.unfreeze(
				eq(_USER_ID), eq(_REPORT_FREEZE_ID), eq("Sent in error"),
				any(Date.class))
		).thenReturn(
			_reportFreeze
		);

		assertSame(
			_reportFreeze,
			_service.unfreeze(_REPORT_FREEZE_ID, "Sent in error"));
	}

	@Test
	void listingFreezesWithViewReportsListsTheSites() throws Exception {
		when(
			_reportViewPermission.containsSite(_permissionChecker, _GROUP_ID)
		).thenReturn(
			true
		);
		when(
			_reportFreezePersistence.findByGroupId(_GROUP_ID)
		).thenReturn(
			List.of(_reportFreeze)
		);

		assertEquals(
			List.of(_reportFreeze), _service.getReportFreezes(_GROUP_ID));
	}

	@Test
	void readingAFreezeNeedsTheReadPermissionOfItsScope() throws Exception {
		when(
			_localService.getReportFreeze(_REPORT_FREEZE_ID)
		).thenReturn(
			_reportFreeze
		);
		when(_reportFreeze.getGroupId()).thenReturn(_GROUP_ID);
		when(_reportFreeze.getOrganizationId()).thenReturn(0L);

		doThrow(
			new PrincipalException.MustHavePermission(
				_permissionChecker, ReportConstants.RESOURCE_NAME, _GROUP_ID,
				ReportActionKeys.VIEW_REPORTS)
		).when(
			_reportViewPermission
		).check(
			_permissionChecker, _GROUP_ID, 0
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.getReportFreeze(_REPORT_FREEZE_ID));
	}

	@Test
	void readingAFreezeWithTheReadPermissionReturnsIt() throws Exception {
		when(
			_localService.getReportFreeze(_REPORT_FREEZE_ID)
		).thenReturn(
			_reportFreeze
		);

		assertSame(_reportFreeze, _service.getReportFreeze(_REPORT_FREEZE_ID));
	}

	private ReportFreeze _freezeOf(long organizationId) {
		ReportFreeze reportFreeze = mock(ReportFreeze.class);

		when(reportFreeze.getGroupId()).thenReturn(_GROUP_ID);
		when(reportFreeze.getOrganizationId()).thenReturn(organizationId);

		return reportFreeze;
	}

	private void _refuse(String actionId) throws Exception {
		doThrow(
			new PrincipalException.MustHavePermission(
				_permissionChecker, ReportConstants.RESOURCE_NAME, _GROUP_ID,
				actionId)
		).when(
			_portletResourcePermission
		).check(
			_permissionChecker, _GROUP_ID, actionId
		);
	}

	private static final long _GROUP_ID = 20121;

	private static final long _ORG_ID = 41;

	private static final ReportPeriod _PERIOD = ReportPeriod.ofYear(
		2026, ZoneOffset.UTC);

	private static final long _REPORT_FREEZE_ID = 701;

	private static final long _USER_ID = 302;

	private final ReportFreezeLocalService _localService = mock(
		ReportFreezeLocalService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final ReportFreeze _reportFreeze = mock(ReportFreeze.class);
	private final ReportFreezePersistence _reportFreezePersistence = mock(
		ReportFreezePersistence.class);
	private final ReportFreezePermission _reportFreezePermission = mock(
		ReportFreezePermission.class);
	private final ReportViewPermission _reportViewPermission = mock(
		ReportViewPermission.class);
	private final ReportFreezeServiceImpl _service =
		new ReportFreezeServiceImpl();

}
