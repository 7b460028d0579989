package se.livsviktig.training.constants;

/**
 * @author Livsviktig
 */
public class SessionInstructorConstants {

	public static final int STATUS_ACCEPTED = 1;

	public static final int STATUS_DECLINED = 2;

	public static final int STATUS_INVITED = 0;

	public static final int STATUS_WITHDRAWN = 3;

}
