package se.livsviktig.report.internal.figures;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;

/**
 * Training's grouped rows as the report's figures, one per key, administration and method: the shape a freeze
 * stores and a comparison matches on, whatever app counted them. Session figures have no administration (0).
 *
 * @author Livsviktig
 */
public class TrainingFigureFlattening {

	public static List<ReportFigure> flatten(
		List<SessionFigures> sessionFiguresList,
		List<ParticipantFigures> participantFiguresList) {

		List<ReportFigure> reportFigures = new ArrayList<>();

		for (SessionFigures sessionFigures : sessionFiguresList) {
			long trainingMethodId = sessionFigures.getTrainingMethodId();

			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_SESSIONS_HELD, 0,
					trainingMethodId, sessionFigures.getHeldCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_SESSIONS_CANCELLED, 0,
					trainingMethodId, sessionFigures.getCancelledCount()));
		}

		for (ParticipantFigures participantFigures : participantFiguresList) {
			long organizationId = participantFigures.getOrganizationId();
			long trainingMethodId = participantFigures.getTrainingMethodId();

			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, organizationId,
					trainingMethodId,
					participantFigures.getRegistrationCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_PARTICIPANTS, organizationId,
					trainingMethodId,
					participantFigures.getParticipantCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_COMPLETED, organizationId,
					trainingMethodId, participantFigures.getCompletedCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_NOT_COMPLETED, organizationId,
					trainingMethodId,
					participantFigures.getNotCompletedCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_NO_SHOW, organizationId,
					trainingMethodId, participantFigures.getNoShowCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_LATE_CANCELLATIONS,
					organizationId, trainingMethodId,
					participantFigures.getLateCancellationCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_UNMET_DEMAND, organizationId,
					trainingMethodId,
					participantFigures.getUnmetDemandCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_PARTICIPANT_HOURS,
					organizationId, trainingMethodId,
					participantFigures.getParticipantHours()));
		}

		return reportFigures;
	}

}
