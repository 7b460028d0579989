package se.livsviktig.training.constants;

/**
 * @author Livsviktig
 */
public class AttendanceConstants {

	/**
	 * The participant entered the date's check-in code during its window.
	 */
	public static final int SOURCE_CHECK_IN = 1;

	/**
	 * An instructor or coordinator marked the participant.
	 */
	public static final int SOURCE_MARKED = 0;

}
