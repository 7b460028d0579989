package se.livsviktig.instructor.internal.network;

/**
 * @author Livsviktig
 */
final class Texts {

	static boolean isBlank(String text) {
		if ((text == null) || text.trim().isEmpty()) {
			return true;
		}

		return false;
	}

	static String trimmed(String text) {
		if (text == null) {
			return "";
		}

		return text.trim();
	}

	private Texts() {
	}

}
