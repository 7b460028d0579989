package se.livsviktig.survey.internal.seed;

import se.livsviktig.survey.constants.SurveyQuestionConstants;

/**
 * One question of a seeded survey, in Swedish and English. Labels are the Likert scale's ends; options are a choice
 * question's lines.
 *
 * @author Livsviktig
 */
public class SeedQuestion {

	public static SeedQuestion choice(
		int questionType, String swedishText, String englishText,
		String swedishOptions, String englishOptions, boolean required) {

		return new SeedQuestion(
			questionType, swedishText, englishText, "", "", "", "",
			swedishOptions, englishOptions, required);
	}

	public static SeedQuestion likert(
		String swedishText, String englishText, String swedishLowLabel,
		String englishLowLabel, String swedishHighLabel,
		String englishHighLabel) {

		return new SeedQuestion(
			SurveyQuestionConstants.TYPE_LIKERT,
			swedishText, englishText, swedishLowLabel, englishLowLabel,
			swedishHighLabel, englishHighLabel, "", "", true);
	}

	public static SeedQuestion plain(
		int questionType, String swedishText, String englishText,
		boolean required) {

		return new SeedQuestion(
			questionType, swedishText, englishText, "", "", "", "", "", "",
			required);
	}

	public String getEnglishHighLabel() {
		return _englishHighLabel;
	}

	public String getEnglishLowLabel() {
		return _englishLowLabel;
	}

	public String getEnglishOptions() {
		return _englishOptions;
	}

	public String getEnglishText() {
		return _englishText;
	}

	public int getQuestionType() {
		return _questionType;
	}

	public String getSwedishHighLabel() {
		return _swedishHighLabel;
	}

	public String getSwedishLowLabel() {
		return _swedishLowLabel;
	}

	public String getSwedishOptions() {
		return _swedishOptions;
	}

	public String getSwedishText() {
		return _swedishText;
	}

	public boolean isRequired() {
		return _required;
	}

	private SeedQuestion(
		int questionType, String swedishText, String englishText,
		String swedishLowLabel, String englishLowLabel,
		String swedishHighLabel, String englishHighLabel,
		String swedishOptions, String englishOptions, boolean required) {

		_questionType = questionType;
		_swedishText = swedishText;
		_englishText = englishText;
		_swedishLowLabel = swedishLowLabel;
		_englishLowLabel = englishLowLabel;
		_swedishHighLabel = swedishHighLabel;
		_englishHighLabel = englishHighLabel;
		_swedishOptions = swedishOptions;
		_englishOptions = englishOptions;
		_required = required;
	}

	private final String _englishHighLabel;
	private final String _englishLowLabel;
	private final String _englishOptions;
	private final String _englishText;
	private final int _questionType;
	private final boolean _required;
	private final String _swedishHighLabel;
	private final String _swedishLowLabel;
	private final String _swedishOptions;
	private final String _swedishText;

}
