package se.livsviktig.instructor.constants;

/**
 * States of a network meeting and the limits of its texts.
 *
 * @author Livsviktig
 */
public class NetworkMeetingConstants {

	/**
	 * Rich text after the portal's sanitizer; the column is TEXT.
	 */
	public static final int AGENDA_MAX_LENGTH = 20000;

	public static final int NOTES_MAX_LENGTH = 20000;

	/**
	 * The onlineLink column's length in portlet-model-hints.xml.
	 */
	public static final int ONLINE_LINK_MAX_LENGTH = 1000;

	/**
	 * The place column's length in portlet-model-hints.xml.
	 */
	public static final int PLACE_MAX_LENGTH = 500;

	/**
	 * Called off: the row, its notes and its answers stay; the invitation's calendar entry is withdrawn.
	 */
	public static final int STATUS_CANCELLED = 1;

	public static final int STATUS_SCHEDULED = 0;

	/**
	 * The title column's length in portlet-model-hints.xml.
	 */
	public static final int TITLE_MAX_LENGTH = 150;

}
