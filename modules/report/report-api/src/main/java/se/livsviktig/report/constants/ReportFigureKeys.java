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
			// The care programme app's figures (qualified: declared below)
			ReportFigureKeys.CAREPROGRAM_ROUTINES,
			ReportFigureKeys.CAREPROGRAM_ROUTINES_REVIEWED_ON_TIME,
			// The survey app's figures
			ReportFigureKeys.SURVEY_INVITATIONS,
			ReportFigureKeys.SURVEY_RESPONSES,
			ReportFigureKeys.SURVEY_FOLLOW_UP_RESPONDENTS,
			ReportFigureKeys.SURVEY_FOLLOW_UP_YES,
			// The instructor app's, when it is deployed
			INSTRUCTOR_CERTIFIED, INSTRUCTOR_ACTIVE, INSTRUCTOR_AT_RISK,
			INSTRUCTOR_LAPSED));

	// The care programme app's figures (CareProgramReportFigureSource), per administration, judged at the end of
	// the period: the routines it had then, and those of them not overdue

	public static final String CAREPROGRAM_ROUTINES = "careprogram.routines";

	public static final String CAREPROGRAM_ROUTINES_REVIEWED_ON_TIME =
		"careprogram.routines-reviewed-on-time";

	// The survey app's figures (SurveyReportFigureSource), per administration and method: invitations first
	// mailed in the period and those answered; the follow-up's key question (a follow-up survey's first yes/no
	// question) answered on a day of the period, and answered yes

	public static final String SURVEY_FOLLOW_UP_RESPONDENTS =
		"survey.follow-up-respondents";

	public static final String SURVEY_FOLLOW_UP_YES = "survey.follow-up-yes";

	public static final String SURVEY_INVITATIONS = "survey.invitations";

	public static final String SURVEY_RESPONSES = "survey.responses";

}
