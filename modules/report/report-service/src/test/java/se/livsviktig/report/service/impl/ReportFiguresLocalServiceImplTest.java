package se.livsviktig.report.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureSource;
import se.livsviktig.training.service.TrainingFiguresLocalService;

/**
 * The report's figures are training's and those of every app whose figure source is registered, asked with the same
 * period, scope and moment.
 *
 * @author Livsviktig
 */
class ReportFiguresLocalServiceImplTest {

	@BeforeEach
	void setUp() throws Exception {
		Fields.set(
			_service, "_trainingFiguresLocalService",
			mock(TrainingFiguresLocalService.class));
		Fields.set(_service, "_reportFigureSources", _reportFigureSources);
	}

	@Test
	void everyRegisteredSourceAddsItsFigures() throws Exception {
		ReportFigure certified = new ReportFigure(
			"instructor.certified", 0, 501, 4);
		ReportFigure reviewed = new ReportFigure(
			"careprogram.reviewed-on-time", 7, 0, ReportSexes.NONE, 3);

		_reportFigureSources.add(_source(certified));
		_reportFigureSources.add(_source(reviewed));

		assertEquals(
			List.of(certified, reviewed),
			_service.getFigures(_COMPANY_ID, _FROM, _TO, 0, _NOW));
	}

	@Test
	void aFreezeOfOneOrganisationKeepsNoFigureOfNoAdministration()
		throws Exception {

		ReportFigure certified = new ReportFigure(
			"instructor.certified", 0, 501, 4);
		ReportFigure reviewed = new ReportFigure(
			"careprogram.reviewed-on-time", 7, 0, ReportSexes.NONE, 3);

		ReportFigureSource reportFigureSource = mock(ReportFigureSource.class);

		when(
			reportFigureSource.getFigures(
				eq(_COMPANY_ID), eq(_FROM), eq(_TO), anyLong(), eq(_NOW))
		).thenReturn(
			List.of(certified, reviewed)
		);

		_reportFigureSources.add(reportFigureSource);

		assertEquals(
			List.of(reviewed),
			_service.getFreezeFigures(_COMPANY_ID, _FROM, _TO, 41, _NOW));
		assertEquals(
			List.of(certified, reviewed),
			_service.getFreezeFigures(_COMPANY_ID, _FROM, _TO, 0, _NOW));
	}

	@Test
	void withoutSourcesTheReportHasTrainingsFiguresOnly() throws Exception {
		assertEquals(
			List.of(), _service.getFigures(_COMPANY_ID, _FROM, _TO, 0, _NOW));
	}

	private ReportFigureSource _source(ReportFigure reportFigure)
		throws Exception {

		ReportFigureSource reportFigureSource = mock(ReportFigureSource.class);

		when(
			reportFigureSource.getFigures(_COMPANY_ID, _FROM, _TO, 0, _NOW)
		).thenReturn(
			List.of(reportFigure)
		);

		return reportFigureSource;
	}

	private static final long _COMPANY_ID = 20097;

	private static final Date _FROM = new Date(1704067200000L);

	private static final Date _NOW = new Date(1767225600000L);

	private static final Date _TO = new Date(1735689600000L);

	private final List<ReportFigureSource> _reportFigureSources =
		new CopyOnWriteArrayList<>();
	private final ReportFiguresLocalServiceImpl _service =
		new ReportFiguresLocalServiceImpl();

}
