package se.livsviktig.report.internal.figures.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.model.RoutineReviewFigures;
import se.livsviktig.careprogram.service.CareProgramFiguresLocalService;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;

/**
 * @author Livsviktig
 */
class CareProgramReportFigureSourceTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(
			_source, "_careProgramFiguresLocalService",
			_careProgramFiguresLocalService);
	}

	@Test
	void eachAdministrationGivesItsRoutinesAndThoseOnTimeWithoutMethodOrSex()
		throws Exception {

		when(
			_careProgramFiguresLocalService.getRoutineReviewFigures(
				_COMPANY_ID, _TO, _NOW)
		).thenReturn(
			List.of(
				new RoutineReviewFigures(7, 4, 3),
				new RoutineReviewFigures(8, 2, 0))
		);

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES, 7, 0,
					ReportSexes.NONE, 4),
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES_REVIEWED_ON_TIME, 7,
					0, ReportSexes.NONE, 3),
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES, 8, 0,
					ReportSexes.NONE, 2),
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES_REVIEWED_ON_TIME, 8,
					0, ReportSexes.NONE, 0)),
			_source.getFigures(_COMPANY_ID, _FROM, _TO, 0, _NOW));
	}

	@Test
	void anOrganisationRollsItsChildrenUp() throws Exception {
		when(
			_careProgramFiguresLocalService.getRolledUpRoutineReviewFigures(
				_COMPANY_ID, 5, _TO, _NOW)
		).thenReturn(
			List.of(new RoutineReviewFigures(7, 4, 3))
		);

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES, 7, 0,
					ReportSexes.NONE, 4),
				new ReportFigure(
					ReportFigureKeys.CAREPROGRAM_ROUTINES_REVIEWED_ON_TIME, 7,
					0, ReportSexes.NONE, 3)),
			_source.getFigures(_COMPANY_ID, _FROM, _TO, 5, _NOW));
	}

	@Test
	void itsKeysAreTheReports() {
		// The pages name them (report-web's FigureLabelsTest: every key of ReportFigureKeys.ALL in both languages)

		for (String key : _source.getFigureKeys()) {
			assertTrue(ReportFigureKeys.ALL.contains(key), key);
		}

		assertEquals(2, _source.getFigureKeys().size());
	}

	private static final long _COMPANY_ID = 20097;

	private static final Date _FROM = new Date(1_800_000_000_000L);

	private static final Date _NOW = new Date(1_840_000_000_000L);

	private static final Date _TO = new Date(1_830_000_000_000L);

	private final CareProgramFiguresLocalService
		_careProgramFiguresLocalService = mock(
			CareProgramFiguresLocalService.class);
	private final CareProgramReportFigureSource _source =
		new CareProgramReportFigureSource();

}
