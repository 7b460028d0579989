package se.livsviktig.report.internal.figures.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.instructor.service.InstructorFiguresLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The instructor figures are counted on the period's last day (or today while the period runs), the active ones
 * over the whole period, per administration as recorded or rolled up under an organisation, and the source names
 * the keys it gives in the report's order.
 *
 * @author Livsviktig
 */
public class InstructorReportFigureSourceTest {

	@Test
	public void aPeriodThatEndedIsCountedOnItsLastDay() {
		assertEquals(
			_date("2026-12-30T23:00:00Z"),
			InstructorReportFigureSource.lastDayOf(
				_date("2026-12-31T23:00:00Z"), _date("2027-02-01T10:00:00Z")),
			"the first moment of 31 December in Stockholm");
	}

	@Test
	public void aPeriodStillRunningIsCountedNow() {
		Date now = _date("2026-06-15T10:00:00Z");

		assertEquals(
			now,
			InstructorReportFigureSource.lastDayOf(
				_date("2026-12-31T23:00:00Z"), now));
	}

	@Test
	public void certifiedAndStandingsAreAsOfTheLastDayActiveOverThePeriod()
		throws Exception {

		InstructorFiguresLocalService instructorFiguresLocalService = mock(
			InstructorFiguresLocalService.class);

		when(
			instructorFiguresLocalService.getCertifiedInstructorCounts(
				_COMPANY_ID, _LAST_DAY)
		).thenReturn(
			List.of(new InstructorCount(_NORTH, _MHFA, ReportSexes.FEMALE, 5))
		);
		when(
			instructorFiguresLocalService.getActiveInstructorCounts(
				_COMPANY_ID, _FROM, _TO)
		).thenReturn(
			List.of(new InstructorCount(_NORTH, _MHFA, ReportSexes.MALE, 3))
		);
		when(
			instructorFiguresLocalService.getInstructorStandingCounts(
				_COMPANY_ID, _LAST_DAY)
		).thenReturn(
			List.of(
				new InstructorStandingCount(
					0, _MHFA, ReportSexes.UNKNOWN, InstructorStanding.LAPSED,
					1))
		);

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED, _NORTH, _MHFA,
					ReportSexes.FEMALE, 5),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_ACTIVE, _NORTH, _MHFA,
					ReportSexes.MALE, 3),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_LAPSED, 0, _MHFA,
					ReportSexes.UNKNOWN, 1)),
			_source(
				instructorFiguresLocalService
			).getFigures(
				_COMPANY_ID, _FROM, _TO, 0, _date("2027-02-01T10:00:00Z")
			));
	}

	@Test
	public void anOrganisationAsksForItsChildrenRolledUp() throws Exception {
		InstructorFiguresLocalService instructorFiguresLocalService = mock(
			InstructorFiguresLocalService.class);

		when(
			instructorFiguresLocalService.getRolledUpCertifiedInstructorCounts(
				_COMPANY_ID, _PARENT, _LAST_DAY)
		).thenReturn(
			List.of(new InstructorCount(_NORTH, _MHFA, ReportSexes.FEMALE, 6))
		);
		when(
			instructorFiguresLocalService.getRolledUpActiveInstructorCounts(
				_COMPANY_ID, _PARENT, _FROM, _TO)
		).thenReturn(
			List.of(new InstructorCount(_NORTH, _MHFA, ReportSexes.FEMALE, 2))
		);
		when(
			instructorFiguresLocalService.getRolledUpInstructorStandingCounts(
				_COMPANY_ID, _PARENT, _LAST_DAY)
		).thenReturn(
			List.of(
				new InstructorStandingCount(
					_NORTH, _MHFA, ReportSexes.FEMALE,
					InstructorStanding.AT_RISK, 1))
		);

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED, _NORTH, _MHFA,
					ReportSexes.FEMALE, 6),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_ACTIVE, _NORTH, _MHFA,
					ReportSexes.FEMALE, 2),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_AT_RISK, _NORTH, _MHFA,
					ReportSexes.FEMALE, 1)),
			_source(
				instructorFiguresLocalService
			).getFigures(
				_COMPANY_ID, _FROM, _TO, _PARENT, _date("2027-02-01T10:00:00Z")
			));
	}

	@Test
	public void theKeysAreTheInstructorKeysInTheReportsOrder() {
		List<String> keys = new InstructorReportFigureSource().getFigureKeys();

		assertEquals(
			ReportFigureKeys.ALL.subList(
				ReportFigureKeys.ALL.indexOf(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED),
				ReportFigureKeys.ALL.indexOf(ReportFigureKeys.INSTRUCTOR_LAPSED) +
					1),
			keys);
		assertEquals(4, keys.size());
	}

	private static InstructorReportFigureSource _source(
			InstructorFiguresLocalService instructorFiguresLocalService)
		throws Exception {

		InstructorReportFigureSource instructorReportFigureSource =
			new InstructorReportFigureSource();

		Fields.set(
			instructorReportFigureSource, "_instructorFiguresLocalService",
			instructorFiguresLocalService);

		return instructorReportFigureSource;
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static final long _COMPANY_ID = 20097;

	private static final Date _FROM = _date("2025-12-31T23:00:00Z");

	private static final Date _LAST_DAY = _date("2026-12-30T23:00:00Z");

	private static final long _MHFA = 501;

	private static final long _NORTH = 40101;

	private static final long _PARENT = 40100;

	private static final Date _TO = _date("2026-12-31T23:00:00Z");

}
