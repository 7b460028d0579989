package se.livsviktig.training.internal.figures;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.training.constants.RegistrationSexes;
import se.livsviktig.training.figures.ParticipantFigures;
import se.livsviktig.training.figures.SessionFigures;

/**
 * Turns the rows of {@link SessionFiguresQuery} and {@link ParticipantFiguresQuery} into the API's figures. The
 * databases return a SUM as different number types (PostgreSQL a numeric, MariaDB a decimal, Hibernate sometimes
 * a long) and a SUM over no matching value as NULL, so every cell is read as a Number, and NULL as zero.
 *
 * @author Livsviktig
 */
public class TrainingFiguresRows {

	public static List<ParticipantFigures> toParticipantFigures(
		List<Object[]> rows) {

		List<ParticipantFigures> participantFigures = new ArrayList<>(
			rows.size());

		for (Object[] row : rows) {
			participantFigures.add(
				new ParticipantFigures(
					_long(row[0]), _long(row[1]), _sex(row[2]), _long(row[3]),
					_long(row[4]), _long(row[5]), _long(row[6]), _long(row[7]),
					_long(row[8]), _long(row[9]), _double(row[10])));
		}

		return participantFigures;
	}

	public static List<SessionFigures> toSessionFigures(List<Object[]> rows) {
		List<SessionFigures> sessionFigures = new ArrayList<>(rows.size());

		for (Object[] row : rows) {
			sessionFigures.add(
				new SessionFigures(_long(row[0]), _long(row[1]), _long(row[2])));
		}

		return sessionFigures;
	}

	/**
	 * A registration made before its category was recorded and not filled by the upgrade has none: unknown.
	 */
	private static String _sex(Object value) {
		if ((value == null) || !RegistrationSexes.isSex(value.toString())) {
			return RegistrationSexes.UNKNOWN;
		}

		return value.toString();
	}

	private static double _double(Object value) {
		if (value == null) {
			return 0;
		}

		return ((Number)value).doubleValue();
	}

	private static long _long(Object value) {
		if (value == null) {
			return 0;
		}

		return ((Number)value).longValue();
	}

}
