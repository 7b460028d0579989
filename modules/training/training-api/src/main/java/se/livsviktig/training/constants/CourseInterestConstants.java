package se.livsviktig.training.constants;

/**
 * @author Livsviktig
 */
public class CourseInterestConstants {

	public static final int STATUS_ACTIVE = 0;

	public static final int STATUS_BOOKED = 2;

	public static final int STATUS_NOTIFIED = 1;

}
