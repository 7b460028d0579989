package se.livsviktig.report.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;

/**
 * @author Livsviktig
 */
class TrainingFigureFlatteningTest {

	@Test
	void eachParticipantFigureBecomesItsKeyForItsAdministrationMethodAndSex() {
		String women = ReportSexes.FEMALE;

		assertEquals(
			List.of(
				new ReportFigure(ReportFigureKeys.TRAINING_REGISTRATIONS, 7, 501, women, 10),
				new ReportFigure(ReportFigureKeys.TRAINING_PARTICIPANTS, 7, 501, women, 9),
				new ReportFigure(ReportFigureKeys.TRAINING_COMPLETED, 7, 501, women, 6),
				new ReportFigure(ReportFigureKeys.TRAINING_NOT_COMPLETED, 7, 501, women, 1),
				new ReportFigure(ReportFigureKeys.TRAINING_NO_SHOW, 7, 501, women, 2),
				new ReportFigure(ReportFigureKeys.TRAINING_LATE_CANCELLATIONS, 7, 501, women, 3),
				new ReportFigure(ReportFigureKeys.TRAINING_UNMET_DEMAND, 7, 501, women, 4),
				new ReportFigure(ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, 7, 501, women, 45.5)),
			TrainingFigureFlattening.flatten(
				List.of(),
				List.of(
					new ParticipantFigures(
						7, 501, RegistrationSexes.FEMALE, 10, 9, 6, 1, 2, 3, 4, 45.5))));
	}

	@Test
	void theSexesOfOneAdministrationAndMethodStayApart() {
		List<ReportFigure> reportFigures = TrainingFigureFlattening.flatten(
			List.of(),
			List.of(
				new ParticipantFigures(7, 501, RegistrationSexes.FEMALE, 3, 3, 0, 0, 0, 0, 0, 0),
				new ParticipantFigures(7, 501, RegistrationSexes.MALE, 2, 2, 0, 0, 0, 0, 0, 0),
				new ParticipantFigures(7, 501, RegistrationSexes.UNKNOWN, 1, 1, 0, 0, 0, 0, 0, 0)));

		assertEquals(
			List.of(
				new ReportFigure(ReportFigureKeys.TRAINING_REGISTRATIONS, 7, 501, ReportSexes.FEMALE, 3),
				new ReportFigure(ReportFigureKeys.TRAINING_REGISTRATIONS, 7, 501, ReportSexes.MALE, 2),
				new ReportFigure(ReportFigureKeys.TRAINING_REGISTRATIONS, 7, 501, ReportSexes.UNKNOWN, 1)),
			reportFigures.stream(
			).filter(
				reportFigure -> reportFigure.getFigureKey(
				).equals(
					ReportFigureKeys.TRAINING_REGISTRATIONS
				)
			).collect(
				Collectors.toList()
			));
	}

	@Test
	void trainingsCategoriesAreTheReportsAndAStrangeOneIsUnknown() {
		for (String sex : ReportSexes.ALL) {
			assertEquals(sex, TrainingFigureFlattening.toReportSex(sex));
		}

		assertEquals(ReportSexes.NONE, TrainingFigureFlattening.toReportSex(""));
		assertEquals(ReportSexes.NONE, TrainingFigureFlattening.toReportSex(null));
		assertEquals(ReportSexes.UNKNOWN, TrainingFigureFlattening.toReportSex("x"));
	}

	@Test
	void sessionFiguresHaveNoAdministrationAndNoSex() {
		assertEquals(
			List.of(
				new ReportFigure(ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 501, ReportSexes.NONE, 4),
				new ReportFigure(
					ReportFigureKeys.TRAINING_SESSIONS_CANCELLED, 0, 501, ReportSexes.NONE, 1)),
			TrainingFigureFlattening.flatten(
				List.of(new SessionFigures(501, 4, 1)), List.of()));
	}

	@Test
	void everyKeyOfTrainingIsProduced() {
		List<ReportFigure> reportFigures = TrainingFigureFlattening.flatten(
			List.of(new SessionFigures(501, 1, 1)),
			List.of(new ParticipantFigures(7, 501, 1, 1, 1, 1, 1, 1, 1, 1)));

		assertEquals(
			new TreeSet<>(ReportFigureKeys.ALL),
			reportFigures.stream(
			).map(
				ReportFigure::getFigureKey
			).collect(
				Collectors.toCollection(TreeSet::new)
			));
	}

}
