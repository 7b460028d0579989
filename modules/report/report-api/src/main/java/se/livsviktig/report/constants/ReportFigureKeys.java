package se.livsviktig.report.constants;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The key of each figure the report stores and compares: the app that counts it, then what it counts. Keys are
 * stored with frozen figures, so they never change once released; a new figure gets a new key.
 *
 * @author Livsviktig
 */
public class ReportFigureKeys {

	public static final String TRAINING_COMPLETED = "training.completed";

	public static final String TRAINING_LATE_CANCELLATIONS =
		"training.late-cancellations";

	public static final String TRAINING_NO_SHOW = "training.no-show";

	public static final String TRAINING_NOT_COMPLETED =
		"training.not-completed";

	public static final String TRAINING_PARTICIPANT_HOURS =
		"training.participant-hours";

	public static final String TRAINING_PARTICIPANTS = "training.participants";

	public static final String TRAINING_REGISTRATIONS =
		"training.registrations";

	public static final String TRAINING_SESSIONS_CANCELLED =
		"training.sessions-cancelled";

	public static final String TRAINING_SESSIONS_HELD =
		"training.sessions-held";

	public static final String TRAINING_UNMET_DEMAND = "training.unmet-demand";

	/**
	 * Instructors whom a certification active then covered on the period's last day.
	 */
	public static final String INSTRUCTOR_CERTIFIED = "instructor.certified";

	/**
	 * Instructors who led at least one delivered session whose last date ended in the period.
	 */
	public static final String INSTRUCTOR_ACTIVE = "instructor.active";

	/**
	 * Instructors whose licence standing was at risk on the period's last day.
	 */
	public static final String INSTRUCTOR_AT_RISK = "instructor.at-risk";

	/**
	 * Instructors whose licence standing was lapsed on the period's last day.
	 */
	public static final String INSTRUCTOR_LAPSED = "instructor.lapsed";

	/**
	 * Every key, in the order a report lists them.
	 */
	public static final List<String> ALL = Collections.unmodifiableList(
		Arrays.asList(
			TRAINING_SESSIONS_HELD, TRAINING_SESSIONS_CANCELLED,
			TRAINING_REGISTRATIONS, TRAINING_PARTICIPANTS, TRAINING_COMPLETED,
			TRAINING_NOT_COMPLETED, TRAINING_NO_SHOW,
			TRAINING_LATE_CANCELLATIONS, TRAINING_UNMET_DEMAND,
			TRAINING_PARTICIPANT_HOURS,

			// The instructor app's, when it is deployed

			INSTRUCTOR_CERTIFIED, INSTRUCTOR_ACTIVE, INSTRUCTOR_AT_RISK,
			INSTRUCTOR_LAPSED));

}
