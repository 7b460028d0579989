package se.livsviktig.report.internal.figures.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.figures.InstructorCount;
import se.livsviktig.instructor.figures.InstructorStandingCount;
import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.training.spi.InstructorStanding;

/**
 * The instructor app's counts become one figure per key, administration, method and sex, carried unchanged; an
 * ok standing is no figure.
 *
 * @author Livsviktig
 */
public class InstructorFigureFlatteningTest {

	@Test
	public void eachFamilysCountIsItsKeysFigureForTheAdministrationMethodAndSex() {
		List<ReportFigure> reportFigures = InstructorFigureFlattening.flatten(
			List.of(
				new InstructorCount(_NORTH, _MHFA, ReportSexes.FEMALE, 7),
				new InstructorCount(_SOUTH, _YAM, ReportSexes.UNKNOWN, 2)),
			List.of(new InstructorCount(_NORTH, _MHFA, ReportSexes.MALE, 4)),
			List.of(
				new InstructorStandingCount(
					_NORTH, _MHFA, ReportSexes.FEMALE,
					InstructorStanding.AT_RISK, 2),
				new InstructorStandingCount(
					_NORTH, _MHFA, ReportSexes.FEMALE, InstructorStanding.OK,
					3),
				new InstructorStandingCount(
					0, _YAM, ReportSexes.UNKNOWN, InstructorStanding.LAPSED,
					1)));

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED, _NORTH, _MHFA,
					ReportSexes.FEMALE, 7),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED, _SOUTH, _YAM,
					ReportSexes.UNKNOWN, 2),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_ACTIVE, _NORTH, _MHFA,
					ReportSexes.MALE, 4),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_AT_RISK, _NORTH, _MHFA,
					ReportSexes.FEMALE, 2),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_LAPSED, 0, _YAM,
					ReportSexes.UNKNOWN, 1)),
			reportFigures);
	}

	@Test
	public void noCountsNoFigures() {
		assertEquals(
			List.of(),
			InstructorFigureFlattening.flatten(List.of(), List.of(), List.of()));
	}

	private static final long _MHFA = 501;

	private static final long _NORTH = 40101;

	private static final long _SOUTH = 40102;

	private static final long _YAM = 502;

}
