package se.livsviktig.instructor.internal.network;

/**
 * How the network services read a free text field: null and blanks are empty, and what is kept is trimmed.
 *
 * @author Livsviktig
 */
public final class Texts {

	public static boolean isBlank(String text) {
		if ((text == null) || text.trim().isEmpty()) {
			return true;
		}

		return false;
	}

	public static String trimmed(String text) {
		if (text == null) {
			return "";
		}

		return text.trim();
	}

	private Texts() {
	}

}
