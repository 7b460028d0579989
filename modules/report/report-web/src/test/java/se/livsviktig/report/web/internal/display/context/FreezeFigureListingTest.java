package se.livsviktig.report.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.figures.ReportFigureDifference;
import se.livsviktig.report.service.ReportFiguresService;

/**
 * A freeze's view lists the changed figures unless every frozen figure is asked for.
 *
 * @author Livsviktig
 */
class FreezeFigureListingTest {

	@Test
	void byDefaultOnlyTheChangedFigures() throws Exception {
		when(
			_reportFiguresService.getDifferences(701)
		).thenReturn(
			List.of(_changed)
		);

		assertEquals(
			List.of(_changed),
			FreezeFigureListing.read(_reportFiguresService, 701, false));
		verify(_reportFiguresService, never()).getComparison(anyLong());
	}

	@Test
	void everyFrozenFigureWhenAskedFor() throws Exception {
		when(
			_reportFiguresService.getComparison(701)
		).thenReturn(
			List.of(_changed, _unchanged)
		);

		assertEquals(
			List.of(_changed, _unchanged),
			FreezeFigureListing.read(_reportFiguresService, 701, true));
		verify(_reportFiguresService, never()).getDifferences(anyLong());
	}

	private final ReportFigureDifference _changed = new ReportFigureDifference(
		"training.completed", 31, 7, 10, 13);
	private final ReportFiguresService _reportFiguresService = mock(
		ReportFiguresService.class);
	private final ReportFigureDifference _unchanged =
		new ReportFigureDifference("training.no-show", 31, 7, 2, 2);

}
