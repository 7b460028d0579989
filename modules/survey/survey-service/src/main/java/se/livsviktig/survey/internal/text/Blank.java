package se.livsviktig.survey.internal.text;

/**
 * Whether a text says nothing: null, empty or only white space. The kernel's Validator.isBlank counts white space
 * as text, and its isNull counts the word "null" as nothing, neither of which fits a title or a question.
 *
 * @author Livsviktig
 */
public final class Blank {

	public static boolean isBlank(String text) {
		if ((text == null) || text.trim().isEmpty()) {
			return true;
		}

		return false;
	}

	private Blank() {
	}

}
