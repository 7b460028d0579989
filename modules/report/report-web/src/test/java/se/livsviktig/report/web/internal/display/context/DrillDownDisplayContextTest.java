package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;

import java.time.ZoneOffset;

import java.util.List;
import java.util.Locale;

import javax.portlet.RenderResponse;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.period.ReportPeriod;
import se.livsviktig.report.service.ReportDrillDownService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * A drill-down page: a reader who is no coordinator sees the sessions without the registrations' tab, and is
 * refused the registrations; pages are 20 rows, read from the service at their offset, with links that stop at
 * the ends.
 *
 * @author Livsviktig
 */
class DrillDownDisplayContextTest {

	@Test
	void aReaderWhoIsNoCoordinatorSeesTheSessionsWithoutTheRegistrations()
		throws Exception {

		_refuseRegistrations();

		when(
			_reportDrillDownService.getFigureSessionsCount(
				_GROUP_ID, ReportFigureKeys.TRAINING_COMPLETED, _PERIOD, 0, true,
				0, _SEX)
		).thenReturn(
			3
		);

		DrillDownDisplayContext drillDownDisplayContext = _displayContext(
			false, 1);

		assertEquals(3, drillDownDisplayContext.getSessionsCount());
		assertNull(drillDownDisplayContext.getRegistrationsCount());
		verify(
			_reportDrillDownService
		).getFigureSessions(
			_GROUP_ID, ReportFigureKeys.TRAINING_COMPLETED, _PERIOD, 0, true, 0,
			_SEX, 0, 20
		);
	}

	@Test
	void askingForTheRegistrationsWithoutBeingACoordinatorIsRefused()
		throws Exception {

		_refuseRegistrations();

		assertThrows(PrincipalException.class, () -> _displayContext(true, 1));

		verify(
			_reportDrillDownService, never()
		).getFigureRegistrations(
			anyLong(), anyString(), any(ReportPeriod.class), anyLong(),
			anyBoolean(), anyLong(), anyString(), anyInt(), anyInt()
		);
	}

	@Test
	void pagesAreTwentyRowsWithLinksThatStopAtTheEnds() throws Exception {
		when(
			_reportDrillDownService.getFigureRegistrationsCount(
				_GROUP_ID, ReportFigureKeys.TRAINING_COMPLETED, _PERIOD, 0, true,
				0, _SEX)
		).thenReturn(
			41
		);

		DrillDownDisplayContext lastPage = _displayContext(true, 3);

		assertEquals(3, lastPage.getPageCount());
		assertNull(lastPage.getNextPageURL());
		assertNotNull(lastPage.getPreviousPageURL());
		verify(
			_reportDrillDownService
		).getFigureRegistrations(
			_GROUP_ID, ReportFigureKeys.TRAINING_COMPLETED, _PERIOD, 0, true, 0,
			_SEX, 40, 60
		);

		DrillDownDisplayContext firstPage = _displayContext(true, 1);

		assertNotNull(firstPage.getNextPageURL());
		assertNull(firstPage.getPreviousPageURL());
	}

	private DrillDownDisplayContext _displayContext(
			boolean registrations, int page)
		throws Exception {

		return new DrillDownDisplayContext(
			new DrillDownQuery(
				ReportFigureKeys.TRAINING_COMPLETED, _PERIOD, 0, true, 0, _SEX,
				registrations, page),
			_GROUP_ID, _reportDrillDownService, mock(DrillDownRows.class),
			mock(OrganizationLocalService.class),
			mock(TrainingMethodLocalService.class),
			mock(RenderResponse.class, RETURNS_DEEP_STUBS), Locale.ENGLISH);
	}

	private void _refuseRegistrations() throws Exception {
		when(
			_reportDrillDownService.getFigureRegistrationsCount(
				anyLong(), anyString(), any(ReportPeriod.class), anyLong(),
				anyBoolean(), anyLong(), anyString())
		).thenThrow(
			PrincipalException.class
		);
	}

	private static final long _GROUP_ID = 20121;

	private static final String _SEX = ReportSexes.MALE;

	private static final ReportPeriod _PERIOD = ReportPeriod.ofYear(
		2025, ZoneOffset.UTC);

	private final ReportDrillDownService _reportDrillDownService = mock(
		ReportDrillDownService.class);

}
