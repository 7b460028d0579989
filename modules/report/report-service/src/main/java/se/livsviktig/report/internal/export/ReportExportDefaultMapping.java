package se.livsviktig.report.internal.export;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import se.livsviktig.report.constants.ReportFigureKeys;
import se.livsviktig.report.constants.ReportSexes;
import se.livsviktig.report.export.ReportExportMappingRow;

/**
 * The lines of the yearly report on the agreement's training ("hur många medarbetare som har gått MHFA och
 * Psyk-e bas"), which a site exports until a coordinator saves a mapping of its own. The labels are the report's
 * Swedish, whatever the reader's language: the report goes to SKR and the region in Swedish. Every line counts
 * every training method; a coordinator who reports per method saves a mapping with a line per method.
 *
 * @author Livsviktig
 */
public class ReportExportDefaultMapping {

	public static final List<ReportExportMappingRow> ROWS =
		Collections.unmodifiableList(
			Arrays.asList(
				_row(
					"Antal kurstillfällen som hållits",
					ReportFigureKeys.TRAINING_SESSIONS_HELD, ReportSexes.NONE),
				_row(
					"Antal inställda kurstillfällen",
					ReportFigureKeys.TRAINING_SESSIONS_CANCELLED, ReportSexes.NONE),
				_row(
					"Antal anmälningar",
					ReportFigureKeys.TRAINING_REGISTRATIONS, ReportSexes.NONE),
				_row(
					"Antal medarbetare som har anmält sig",
					ReportFigureKeys.TRAINING_PARTICIPANTS, ReportSexes.NONE),
				_row(
					"Hur många medarbetare som har gått utbildningen",
					ReportFigureKeys.TRAINING_COMPLETED, ReportSexes.NONE),
				_row(
					"varav kvinnor", ReportFigureKeys.TRAINING_COMPLETED,
					ReportSexes.FEMALE),
				_row(
					"varav män", ReportFigureKeys.TRAINING_COMPLETED,
					ReportSexes.MALE),
				_row(
					"varav okänt kön", ReportFigureKeys.TRAINING_COMPLETED,
					ReportSexes.UNKNOWN),
				_row(
					"Antal anmälda som inte genomförde utbildningen",
					ReportFigureKeys.TRAINING_NOT_COMPLETED, ReportSexes.NONE),
				_row(
					"Antal anmälda som uteblev",
					ReportFigureKeys.TRAINING_NO_SHOW, ReportSexes.NONE),
				_row(
					"Antal sena avbokningar",
					ReportFigureKeys.TRAINING_LATE_CANCELLATIONS, ReportSexes.NONE),
				_row(
					"Antal som stod på reservlistan utan att få en plats",
					ReportFigureKeys.TRAINING_UNMET_DEMAND, ReportSexes.NONE),
				_row(
					"Antal utbildningstimmar för deltagarna",
					ReportFigureKeys.TRAINING_PARTICIPANT_HOURS, ReportSexes.NONE)));

	private static ReportExportMappingRow _row(
		String label, String figureKey, String sex) {

		return new ReportExportMappingRow(label, figureKey, 0, sex);
	}

}
