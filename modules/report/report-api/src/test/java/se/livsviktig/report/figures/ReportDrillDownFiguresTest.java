package se.livsviktig.report.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.exception.ReportFigureKeyException;
import se.livsviktig.training.figures.TrainingFigure;

/**
 * @author Livsviktig
 */
class ReportDrillDownFiguresTest {

	@Test
	void aKeyWithoutDrillDownIsRefusedWithATypedException() {
		assertFalse(ReportDrillDownFigures.hasDrillDown("training.unknown"));
		assertThrows(
			ReportFigureKeyException.class,
			() -> ReportDrillDownFigures.getTrainingFigure("training.unknown"));
		assertThrows(
			ReportFigureKeyException.class,
			() -> ReportDrillDownFigures.getTrainingFigure(null));
	}

	@Test
	void everyTrainingFigureOpensItsOwnFamily() throws Exception {
		Set<TrainingFigure> reached = EnumSet.noneOf(TrainingFigure.class);

		for (String figureKey : ReportFigureKeys.ALL) {
			if (figureKey.startsWith("training.")) {
				assertTrue(ReportDrillDownFigures.hasDrillDown(figureKey));
				assertTrue(
					reached.add(
						ReportDrillDownFigures.getTrainingFigure(figureKey)),
					figureKey);
			}
		}

		assertEquals(EnumSet.allOf(TrainingFigure.class), reached);
		assertEquals(
			TrainingFigure.SESSIONS_HELD,
			ReportDrillDownFigures.getTrainingFigure(
				ReportFigureKeys.TRAINING_SESSIONS_HELD));
		assertEquals(
			TrainingFigure.PARTICIPANTS,
			ReportDrillDownFigures.getTrainingFigure(
				ReportFigureKeys.TRAINING_PARTICIPANTS));
	}

}
