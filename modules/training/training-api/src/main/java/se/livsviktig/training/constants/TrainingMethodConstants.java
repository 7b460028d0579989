package se.livsviktig.training.constants;

/**
 * Limits and defaults of a training method's rules.
 *
 * @author Livsviktig
 */
public class TrainingMethodConstants {

	public static final int DEFAULT_FOLLOW_UP_SURVEY_DAYS = 180;

	public static final int DEFAULT_INSTRUCTORS_PER_SESSION = 1;

	public static final int DEFAULT_REQUIRED_ATTENDANCE_PERCENT = 100;

	public static final int MAX_FOLLOW_UP_SURVEY_DAYS = 3650;

	public static final int MAX_INSTRUCTORS_PER_SESSION = 20;

	public static final int MAX_LICENCE_PERIOD_MONTHS = 120;

	public static final int MAX_LICENCE_SESSIONS_REQUIRED = 100;

}
