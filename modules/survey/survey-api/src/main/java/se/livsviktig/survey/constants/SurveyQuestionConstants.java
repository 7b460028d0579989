package se.livsviktig.survey.constants;

/**
 * A question's types and limits. Choice questions keep their options one per line; an answer stores the 0-based
 * index of the option.
 *
 * @author Livsviktig
 */
public class SurveyQuestionConstants {

	/**
	 * The most characters a free-text answer may have.
	 */
	public static final int FREE_TEXT_MAX_LENGTH = 4000;

	/**
	 * Likert answers run from 1 (the low label) to 5 (the high label).
	 */
	public static final int LIKERT_MAX = 5;

	public static final int LIKERT_MIN = 1;

	/**
	 * A choice question offers at least two options and at most twenty.
	 */
	public static final int OPTIONS_MAX = 20;

	public static final int OPTIONS_MIN = 2;

	public static final int TYPE_FREE_TEXT = 4;

	public static final int TYPE_LIKERT = 0;

	public static final int TYPE_MULTIPLE_CHOICE = 3;

	public static final int TYPE_SINGLE_CHOICE = 2;

	public static final int TYPE_YES_NO = 1;

	public static boolean isChoice(int questionType) {
		if ((questionType == TYPE_SINGLE_CHOICE) ||
			(questionType == TYPE_MULTIPLE_CHOICE)) {

			return true;
		}

		return false;
	}

	public static boolean isType(int questionType) {
		if ((questionType >= TYPE_LIKERT) &&
			(questionType <= TYPE_FREE_TEXT)) {

			return true;
		}

		return false;
	}

}
