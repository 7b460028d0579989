package se.livsviktig.report.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.report.figures.ReportFigureDifference;

/**
 * @author Livsviktig
 */
class FrozenFigureComparisonTest {

	@Test
	void aChangedValueShowsBesideTheFrozenOne() {
		assertEquals(
			List.of(new ReportFigureDifference(_COMPLETED, 7, 501, 12, 11)),
			FrozenFigureComparison.differences(
				List.of(
					new ReportFigure(_COMPLETED, 7, 501, 12),
					new ReportFigure(_COMPLETED, 8, 501, 3)),
				List.of(
					new ReportFigure(_COMPLETED, 8, 501, 3),
					new ReportFigure(_COMPLETED, 7, 501, 11))));
	}

	@Test
	void everyFigureListsTheUnchangedBesideTheChanged() {
		assertEquals(
			List.of(
				new ReportFigureDifference(_COMPLETED, 7, 501, 12, 11),
				new ReportFigureDifference(_COMPLETED, 8, 501, 3, 3),
				new ReportFigureDifference(_COMPLETED, 9, 501, 0, 4)),
			FrozenFigureComparison.everyFigure(
				List.of(
					new ReportFigure(_COMPLETED, 7, 501, 12),
					new ReportFigure(_COMPLETED, 8, 501, 3)),
				List.of(
					new ReportFigure(_COMPLETED, 8, 501, 3),
					new ReportFigure(_COMPLETED, 7, 501, 11),
					new ReportFigure(_COMPLETED, 9, 501, 4))));
	}

	@Test
	void aFigureOnOneSideOnlyIsZeroOnTheOther() {
		assertEquals(
			List.of(
				new ReportFigureDifference(_COMPLETED, 7, 501, 2, 0),
				new ReportFigureDifference(_COMPLETED, 9, 501, 0, 4)),
			FrozenFigureComparison.differences(
				List.of(new ReportFigure(_COMPLETED, 7, 501, 2)),
				List.of(new ReportFigure(_COMPLETED, 9, 501, 4))));
	}

	@Test
	void figuresAreMatchedByKeyAdministrationAndMethod() {
		assertEquals(
			List.of(
				new ReportFigureDifference(_COMPLETED, 7, 501, 5, 0),
				new ReportFigureDifference(_NO_SHOW, 7, 501, 0, 5),
				new ReportFigureDifference(_COMPLETED, 7, 502, 0, 5)),
			FrozenFigureComparison.differences(
				List.of(new ReportFigure(_COMPLETED, 7, 501, 5)),
				List.of(
					new ReportFigure(_NO_SHOW, 7, 501, 5),
					new ReportFigure(_COMPLETED, 7, 502, 5))));
	}

	@Test
	void figuresAreMatchedBySexToo() {
		assertEquals(
			List.of(
				new ReportFigureDifference(
					_COMPLETED, 7, 501, ReportSexes.FEMALE, 5, 4),
				new ReportFigureDifference(
					_COMPLETED, 7, 501, ReportSexes.MALE, 2, 3)),
			FrozenFigureComparison.differences(
				List.of(
					new ReportFigure(
						_COMPLETED, 7, 501, ReportSexes.FEMALE, 5),
					new ReportFigure(_COMPLETED, 7, 501, ReportSexes.MALE, 2)),
				List.of(
					new ReportFigure(
						_COMPLETED, 7, 501, ReportSexes.FEMALE, 4),
					new ReportFigure(
						_COMPLETED, 7, 501, ReportSexes.MALE, 3))));
	}

	@Test
	void unchangedFiguresAreNoDifference() {
		List<ReportFigure> figures = List.of(
			new ReportFigure(_COMPLETED, 7, 501, 5),
			new ReportFigure(_NO_SHOW, 7, 501, 1));

		assertEquals(
			List.of(), FrozenFigureComparison.differences(figures, figures));
	}

	private static final String _COMPLETED = "training.completed";

	private static final String _NO_SHOW = "training.no-show";

}
