package se.livsviktig.report.internal.figures;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.figures.ReportFigure;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;

/**
 * Training's grouped rows as the report's figures, one per key, administration, method and sex: the shape a
 * freeze stores and a comparison matches on, whatever app counted them. Session figures have no administration
 * (0) and no sex ({@link ReportSexes#NONE}): they are not about people.
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
			String sex = toReportSex(participantFigures.getSex());

			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_REGISTRATIONS, organizationId,
					trainingMethodId, sex,
					participantFigures.getRegistrationCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_PARTICIPANTS, organizationId,
					trainingMethodId, sex,
					participantFigures.getParticipantCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_COMPLETED, organizationId,
					trainingMethodId, sex, participantFigures.getCompletedCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_NOT_COMPLETED, organizationId,
					trainingMethodId, sex,
					participantFigures.getNotCompletedCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_NO_SHOW, organizationId,
					trainingMethodId, sex, participantFigures.getNoShowCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_LATE_CANCELLATIONS,
					organizationId, trainingMethodId, sex,
					participantFigures.getLateCancellationCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_UNMET_DEMAND, organizationId,
					trainingMethodId, sex,
					participantFigures.getUnmetDemandCount()));
			reportFigures.add(
				new ReportFigure(
					ReportFigureKeys.TRAINING_PARTICIPANT_HOURS,
					organizationId, trainingMethodId, sex,
					participantFigures.getParticipantHours()));
		}

		return reportFigures;
	}

	/**
	 * Training's category (RegistrationSexes) as the report's: the same words; a row not split by sex stays
	 * {@link ReportSexes#NONE}, and anything else a source might send counts as unknown rather than as a fourth
	 * category.
	 */
	public static String toReportSex(String trainingSex) {
		if ((trainingSex == null) || trainingSex.isEmpty()) {
			return ReportSexes.NONE;
		}

		if (ReportSexes.ALL.contains(trainingSex)) {
			return trainingSex;
		}

		return ReportSexes.UNKNOWN;
	}

}
