package se.livsviktig.report.service.impl;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

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
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.export.ReportExportLine;
import se.livsviktig.report.export.ReportExportMappingRow;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.model.ReportExportRow;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportExportRowLocalService;
import se.livsviktig.report.service.ReportFiguresService;

/**
 * Each remote method of the export mapping, allowed and refused through the site's permission objects.
 *
 * @author Livsviktig
 */
class ReportExportRowServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		when(_permissionChecker.getUserId()).thenReturn(_USER_ID);

		PermissionThreadLocal.setPermissionChecker(_permissionChecker);
		PrincipalThreadLocal.setName(_USER_ID);

		Fields.set(
			_service, "_portletResourcePermission", _portletResourcePermission);
		Fields.set(_service, "_reportFiguresService", _reportFiguresService);
		Fields.set(_service, "reportExportRowLocalService", _localService);
	}

	@AfterEach
	void tearDown() {
		PermissionThreadLocal.setPermissionChecker(null);
		PrincipalThreadLocal.setName(null);
	}

	@Test
	void editingTheMappingNeedsManageReportMappingInTheSite() {
		_refuse(ReportActionKeys.MANAGE_REPORT_MAPPING);

		assertThrows(
			PrincipalException.class,
			() -> _service.updateMapping(_GROUP_ID, _ROWS));

		verifyNoInteractions(_localService);
	}

	@Test
	void editingTheMappingWithManageReportMappingSavesAsTheCaller()
		throws Exception {

		List<ReportExportRow> reportExportRows = List.of(
			mock(ReportExportRow.class));

		when(
			_localService.updateMapping(
				eq(_USER_ID), eq(_GROUP_ID), eq(_ROWS), any(Date.class))
		).thenReturn(
			reportExportRows
		);

		assertSame(reportExportRows, _service.updateMapping(_GROUP_ID, _ROWS));
	}

	@Test
	void exportingAnAdministrationTheReaderMayNotReadIsRefused()
		throws Exception {

		PrincipalException principalException =
			new PrincipalException.MustHavePermission(
				_permissionChecker, ReportConstants.RESOURCE_NAME, _GROUP_ID,
				ReportActionKeys.VIEW_REPORTS);

		when(
			_reportFiguresService.getFigures(
				_GROUP_ID, _PERIOD.getFrom(), _PERIOD.getTo(), _ORGANIZATION_ID,
				true, 0)
		).thenThrow(
			principalException
		);

		assertThrows(
			PrincipalException.class,
			() -> _service.getExportLines(
				_GROUP_ID, _PERIOD, _ORGANIZATION_ID, true));

		verifyNoInteractions(_localService);
	}

	@Test
	void exportingLaysOutTheFiguresTheReaderMayRead() throws Exception {
		List<ReportFigure> reportFigures = List.of(
			new ReportFigure(
				ReportFigureKeys.TRAINING_COMPLETED, _ORGANIZATION_ID, 11, 3));
		List<ReportExportLine> reportExportLines = List.of(
			new ReportExportLine(_ROWS.get(0), 3));

		when(
			_reportFiguresService.getFigures(
				_GROUP_ID, _PERIOD.getFrom(), _PERIOD.getTo(), _ORGANIZATION_ID,
				false, 0)
		).thenReturn(
			reportFigures
		);
		when(
			_localService.getExportLines(_GROUP_ID, reportFigures)
		).thenReturn(
			reportExportLines
		);

		assertSame(
			reportExportLines,
			_service.getExportLines(
				_GROUP_ID, _PERIOD, _ORGANIZATION_ID, false));
	}

	@Test
	void readingTheMappingToEditNeedsManageReportMappingInTheSite() {
		_refuse(ReportActionKeys.MANAGE_REPORT_MAPPING);

		assertThrows(
			PrincipalException.class, () -> _service.getMapping(_GROUP_ID));
		assertThrows(
			PrincipalException.class,
			() -> _service.hasSavedMapping(_GROUP_ID));

		verifyNoInteractions(_localService);
	}

	@Test
	void readingTheMappingWithManageReportMappingReadsTheSites()
		throws Exception {

		when(_localService.getMapping(_GROUP_ID)).thenReturn(_ROWS);

		assertSame(_ROWS, _service.getMapping(_GROUP_ID));
	}

	private void _refuse(String actionId) {
		try {
			doThrow(
				new PrincipalException.MustHavePermission(
					_permissionChecker, ReportConstants.RESOURCE_NAME,
					_GROUP_ID, actionId)
			).when(
				_portletResourcePermission
			).check(
				_permissionChecker, _GROUP_ID, actionId
			);
		}
		catch (Exception exception) {
			throw new AssertionError(exception);
		}
	}

	private static final long _GROUP_ID = 20121;

	private static final long _ORGANIZATION_ID = 40211;

	private static final ReportPeriod _PERIOD = ReportPeriod.ofYear(
		2026, ZoneOffset.UTC);

	private static final List<ReportExportMappingRow> _ROWS = List.of(
		new ReportExportMappingRow(
			"Genomförda", ReportFigureKeys.TRAINING_COMPLETED, 0, ""));

	private static final long _USER_ID = 302;

	private final ReportExportRowLocalService _localService = mock(
		ReportExportRowLocalService.class);
	private final PermissionChecker _permissionChecker = mock(
		PermissionChecker.class);
	private final PortletResourcePermission _portletResourcePermission = mock(
		PortletResourcePermission.class);
	private final ReportFiguresService _reportFiguresService = mock(
		ReportFiguresService.class);
	private final ReportExportRowServiceImpl _service =
		new ReportExportRowServiceImpl();

}
