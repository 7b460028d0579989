package se.livsviktig.report.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigure;

/**
 * A read keeps the administration and method asked for; figures of no administration only for a reader of
 * every administration.
 *
 * @author Livsviktig
 */
class ReportFigureScopeTest {

	@Test
	void everyAdministrationKeepsEveryFigure() {
		assertEquals(
			_FIGURES, new ReportFigureScope(0, true, 0).filter(_FIGURES));
	}

	@Test
	void figuresOfNoAdministrationAreKeptOnlyWhenAsked() {
		assertEquals(
			List.of(_SOCIAL_MHFA, _SOCIAL_PSYKE, _SCHOOL_MHFA),
			new ReportFigureScope(0, false, 0).filter(_FIGURES));
	}

	@Test
	void oneAdministrationKeepsOnlyItsFigures() {
		assertEquals(
			List.of(_SOCIAL_MHFA, _SOCIAL_PSYKE),
			new ReportFigureScope(41, false, 0).filter(_FIGURES));
	}

	@Test
	void oneMethodKeepsOnlyItsFigures() {
		assertEquals(
			List.of(_HELD_MHFA, _SOCIAL_MHFA, _SCHOOL_MHFA),
			new ReportFigureScope(0, true, 7).filter(_FIGURES));
		assertEquals(
			List.of(_SOCIAL_PSYKE),
			new ReportFigureScope(41, false, 8).filter(_FIGURES));
	}

	private static final ReportFigure _HELD_MHFA = new ReportFigure(
		ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 7, 3);

	private static final ReportFigure _SCHOOL_MHFA = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, 43, 7, 5);

	private static final ReportFigure _SOCIAL_MHFA = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 7, 12);

	private static final ReportFigure _SOCIAL_PSYKE = new ReportFigure(
		ReportFigureKeys.TRAINING_REGISTRATIONS, 41, 8, 4);

	private static final List<ReportFigure> _FIGURES = List.of(
		_HELD_MHFA, _SOCIAL_MHFA, _SOCIAL_PSYKE, _SCHOOL_MHFA);

}
