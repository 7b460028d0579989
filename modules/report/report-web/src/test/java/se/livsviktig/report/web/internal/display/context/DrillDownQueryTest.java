package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.ZoneId;

import javax.portlet.PortletRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.exception.ReportFigureKeyException;
import se.livsviktig.report.exception.ReportPeriodEndException;
import se.livsviktig.report.exception.ReportPeriodLengthException;

/**
 * A drill-down's address is read into its figure, period, administration, method, list and page; what cannot be
 * is refused with the report's typed exceptions, which the page explains.
 *
 * @author Livsviktig
 */
class DrillDownQueryTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	void setUp() {
		_parameter("figureKey", ReportFigureKeys.TRAINING_COMPLETED);
		_parameter("firstDay", "2025-01-01");
		_parameter("lastDay", "2025-12-31");
	}

	@Test
	void aFigureWithoutDrillDownIsRefused() {
		_parameter("figureKey", "survey.response-rate");

		assertThrows(
			ReportFigureKeyException.class,
			() -> DrillDownQuery.of(_portletRequest, _ZONE_ID));
	}

	@Test
	void aMissingOrUnreadableDayIsRefused() {
		_parameter("lastDay", null);

		assertThrows(
			ReportPeriodEndException.class,
			() -> DrillDownQuery.of(_portletRequest, _ZONE_ID));

		_parameter("lastDay", "31/12/2025");

		assertThrows(
			ReportPeriodEndException.class,
			() -> DrillDownQuery.of(_portletRequest, _ZONE_ID));
	}

	@Test
	void aPeriodEndingBeforeItStartsOrOverFiveYearsIsRefused() {
		_parameter("lastDay", "2024-12-31");

		assertThrows(
			ReportPeriodEndException.class,
			() -> DrillDownQuery.of(_portletRequest, _ZONE_ID));

		_parameter("lastDay", "2031-01-01");

		assertThrows(
			ReportPeriodLengthException.class,
			() -> DrillDownQuery.of(_portletRequest, _ZONE_ID));
	}

	@Test
	void theAddressIsReadIntoTheFiguresCellListAndPage() throws Exception {
		_parameter("organizationId", "40001");
		_parameter("rolledUp", "true");
		_parameter("trainingMethodId", "501");
		_parameter("sex", ReportSexes.FEMALE);
		_parameter("list", DrillDownQuery.LIST_REGISTRATIONS);
		_parameter("page", "3");

		DrillDownQuery drillDownQuery = DrillDownQuery.of(
			_portletRequest, _ZONE_ID);

		assertEquals(
			ReportFigureKeys.TRAINING_COMPLETED, drillDownQuery.getFigureKey());
		assertEquals(
			LocalDate.of(2025, 1, 1),
			drillDownQuery.getReportPeriod(
			).getFirstDay());
		assertEquals(
			LocalDate.of(2025, 12, 31),
			drillDownQuery.getReportPeriod(
			).getLastDay());
		assertEquals(40001, drillDownQuery.getOrganizationId());
		assertTrue(drillDownQuery.isRolledUp());
		assertEquals(501, drillDownQuery.getTrainingMethodId());
		assertEquals(ReportSexes.FEMALE, drillDownQuery.getSex());
		assertTrue(drillDownQuery.isRegistrations());
		assertEquals(3, drillDownQuery.getPage());

		DrillDownQuery firstPageOfSessions = drillDownQuery.with(false, 1);

		assertFalse(firstPageOfSessions.isRegistrations());
		assertEquals(1, firstPageOfSessions.getPage());
		assertEquals(40001, firstPageOfSessions.getOrganizationId());
		assertEquals(ReportSexes.FEMALE, firstPageOfSessions.getSex());
	}

	private void _parameter(String name, String value) {
		when(
			_portletRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final ZoneId _ZONE_ID = ZoneId.of("Europe/Stockholm");

	private final PortletRequest _portletRequest = mock(PortletRequest.class);

}
