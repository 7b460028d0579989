package se.livsviktig.report.figures;

import java.util.Map;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.exception.ReportFigureKeyException;
import se.livsviktig.training.figures.TrainingFigure;

/**
 * The figures a reader can open to see the sessions and registrations behind them: training's, each the family
 * its app counts it with. The other apps' figures have no drill-down yet.
 *
 * @author Livsviktig
 */
public class ReportDrillDownFigures {

	/**
	 * @throws ReportFigureKeyException if no drill-down lies behind the key
	 */
	public static TrainingFigure getTrainingFigure(String figureKey)
		throws ReportFigureKeyException {

		if (!hasDrillDown(figureKey)) {
			throw new ReportFigureKeyException(
				"No drill-down behind figure " + figureKey);
		}

		return _trainingFigures.get(figureKey);
	}

	/**
	 * @param figureKey a key, or null (no figure: no drill-down)
	 */
	public static boolean hasDrillDown(String figureKey) {
		if (figureKey == null) {
			return false;
		}

		return _trainingFigures.containsKey(figureKey);
	}

	private static final Map<String, TrainingFigure> _trainingFigures = Map.of(
		ReportFigureKeys.TRAINING_COMPLETED, TrainingFigure.COMPLETED,
		ReportFigureKeys.TRAINING_LATE_CANCELLATIONS,
		TrainingFigure.LATE_CANCELLATIONS, ReportFigureKeys.TRAINING_NO_SHOW,
		TrainingFigure.NO_SHOW, ReportFigureKeys.TRAINING_NOT_COMPLETED,
		TrainingFigure.NOT_COMPLETED,
		ReportFigureKeys.TRAINING_PARTICIPANT_HOURS,
		TrainingFigure.PARTICIPANT_HOURS, ReportFigureKeys.TRAINING_PARTICIPANTS,
		TrainingFigure.PARTICIPANTS, ReportFigureKeys.TRAINING_REGISTRATIONS,
		TrainingFigure.REGISTRATIONS,
		ReportFigureKeys.TRAINING_SESSIONS_CANCELLED,
		TrainingFigure.SESSIONS_CANCELLED,
		ReportFigureKeys.TRAINING_SESSIONS_HELD, TrainingFigure.SESSIONS_HELD,
		ReportFigureKeys.TRAINING_UNMET_DEMAND, TrainingFigure.UNMET_DEMAND);

}
