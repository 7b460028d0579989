package se.livsviktig.survey.constants;

/**
 * An invitation's states. Answering keeps only that it was answered, never when.
 *
 * @author Livsviktig
 */
public class SurveyInvitationConstants {

	public static final int STATUS_ANSWERED = 2;

	public static final int STATUS_OPTED_OUT = 3;

	/**
	 * Created by the invitation job, not sent yet.
	 */
	public static final int STATUS_PENDING = 0;

	public static final int STATUS_SENT = 1;

}
