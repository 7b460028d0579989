package se.livsviktig.report.internal.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;

/**
 * @author Livsviktig
 */
class TrainingFigureFlatteningTest {

	@Test
	void eachParticipantFigureBecomesItsKeyForItsAdministrationAndMethod() {
		assertEquals(
			List.of(
				new ReportFigure(ReportFigureKeys.TRAINING_REGISTRATIONS, 7, 501, 10),
				new ReportFigure(ReportFigureKeys.TRAINING_PARTICIPANTS, 7, 501, 9),
				new ReportFigure(ReportFigureKeys.TRAINING_COMPLETED, 7, 501, 6),
				new ReportFigure(ReportFigureKeys.TRAINING_NOT_COMPLETED, 7, 501, 1),
				new ReportFigure(ReportFigureKeys.TRAINING_NO_SHOW, 7, 501, 2),
				new ReportFigure(ReportFigureKeys.TRAINING_LATE_CANCELLATIONS, 7, 501, 3),
				new ReportFigure(ReportFigureKeys.TRAINING_UNMET_DEMAND, 7, 501, 4),
				new ReportFigure(ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, 7, 501, 45.5)),
			TrainingFigureFlattening.flatten(
				List.of(),
				List.of(new ParticipantFigures(7, 501, 10, 9, 6, 1, 2, 3, 4, 45.5))));
	}

	@Test
	void sessionFiguresHaveNoAdministration() {
		assertEquals(
			List.of(
				new ReportFigure(ReportFigureKeys.TRAINING_SESSIONS_HELD, 0, 501, 4),
				new ReportFigure(ReportFigureKeys.TRAINING_SESSIONS_CANCELLED, 0, 501, 1)),
			TrainingFigureFlattening.flatten(
				List.of(new SessionFigures(501, 4, 1)), List.of()));
	}

	@Test
	void everyKeyOfTrainingIsProduced() {
		List<ReportFigure> reportFigures = TrainingFigureFlattening.flatten(
			List.of(new SessionFigures(501, 1, 1)),
			List.of(new ParticipantFigures(7, 501, 1, 1, 1, 1, 1, 1, 1, 1)));

		// Other apps' keys come from their own sources

		TreeSet<String> trainingKeys = new TreeSet<>();

		for (String figureKey : ReportFigureKeys.ALL) {
			if (figureKey.startsWith("training.")) {
				trainingKeys.add(figureKey);
			}
		}

		assertEquals(
			trainingKeys,
			reportFigures.stream(
			).map(
				ReportFigure::getFigureKey
			).collect(
				Collectors.toCollection(TreeSet::new)
			));
	}

}
