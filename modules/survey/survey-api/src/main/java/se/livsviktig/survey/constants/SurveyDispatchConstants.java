package se.livsviktig.survey.constants;

/**
 * A dispatch's triggers and states.
 *
 * @author Livsviktig
 */
public class SurveyDispatchConstants {

	public static final int STATUS_ACTIVE = 0;

	public static final int STATUS_CLOSED = 2;

	public static final int STATUS_PAUSED = 1;

	/**
	 * Invite a set number of days after the session's last date (course evaluation).
	 */
	public static final int TRIGGER_AFTER_LAST_DATE = 0;

	/**
	 * Invite a number of days after the participant's completion (follow-up).
	 */
	public static final int TRIGGER_DAYS_AFTER_COMPLETION = 1;

	/**
	 * A follow-up of a training method given this delay takes the method's followUpSurveyDays.
	 */
	public static final int DELAY_DAYS_METHOD_DEFAULT = -1;

	/**
	 * The most reminders a dispatch may send per invitation.
	 */
	public static final int MAX_REMINDERS = 5;

}
