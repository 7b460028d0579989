package se.livsviktig.report.internal.figures;

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
 * The instructor app's counts become one figure per key and method, the company's (administration 0) and not
 * split by sex; an ok standing is no figure.
 *
 * @author Livsviktig
 */
public class InstructorFigureFlatteningTest {

	@Test
	public void eachFamilysCountIsItsKeysFigureForTheCompanyAndMethod() {
		List<ReportFigure> reportFigures = InstructorFigureFlattening.flatten(
			List.of(new InstructorCount(_MHFA, 7), new InstructorCount(_YAM, 2)),
			List.of(new InstructorCount(_MHFA, 4)),
			List.of(
				new InstructorStandingCount(
					_MHFA, InstructorStanding.AT_RISK, 2),
				new InstructorStandingCount(_MHFA, InstructorStanding.OK, 3),
				new InstructorStandingCount(
					_YAM, InstructorStanding.LAPSED, 1)));

		assertEquals(
			List.of(
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED, 0, _MHFA,
					ReportSexes.NONE, 7),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_CERTIFIED, 0, _YAM,
					ReportSexes.NONE, 2),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_ACTIVE, 0, _MHFA,
					ReportSexes.NONE, 4),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_AT_RISK, 0, _MHFA,
					ReportSexes.NONE, 2),
				new ReportFigure(
					ReportFigureKeys.INSTRUCTOR_LAPSED, 0, _YAM,
					ReportSexes.NONE, 1)),
			reportFigures);
	}

	@Test
	public void noCountsNoFigures() {
		assertEquals(
			List.of(),
			InstructorFigureFlattening.flatten(List.of(), List.of(), List.of()));
	}

	private static final long _MHFA = 501;

	private static final long _YAM = 502;

}
