package se.livsviktig.instructor.constants;

/**
 * Roles in an instructor network and the limits of a network's texts.
 *
 * @author Livsviktig
 */
public class NetworkConstants {

	/**
	 * Plain text; the column is TEXT, the limit keeps a description readable on the network page.
	 */
	public static final int DESCRIPTION_MAX_LENGTH = 4000;

	/**
	 * The name column's length in portlet-model-hints.xml.
	 */
	public static final int NAME_MAX_LENGTH = 150;

	/**
	 * Runs the network: its members, meetings and attendance (the network's permission logic gives UPDATE).
	 */
	public static final int ROLE_COORDINATOR = 1;

	/**
	 * Takes part: sees the network, its members and meetings, answers invitations.
	 */
	public static final int ROLE_MEMBER = 0;

	/**
	 * The trainingMethodIds column's length in portlet-model-hints.xml: room for about fifty method ids.
	 */
	public static final int TRAINING_METHOD_IDS_MAX_LENGTH = 1000;

	public static boolean isRole(int role) {
		if ((role == ROLE_COORDINATOR) || (role == ROLE_MEMBER)) {
			return true;
		}

		return false;
	}

}
