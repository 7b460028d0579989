package se.livsviktig.survey.service.internal.answer;

/**
 * What {@link AnswerValidator} needs to know of a survey question, so the rules do not depend on the entity.
 *
 * @author Livsviktig
 */
public final class AnswerableQuestion {

	public AnswerableQuestion(
		long surveyQuestionId, int questionType, boolean required,
		int optionCount) {

		_surveyQuestionId = surveyQuestionId;
		_questionType = questionType;
		_required = required;
		_optionCount = optionCount;
	}

	/**
	 * The number of choices of a single or multiple choice question; 0 for the other types.
	 */
	public int getOptionCount() {
		return _optionCount;
	}

	public int getQuestionType() {
		return _questionType;
	}

	public long getSurveyQuestionId() {
		return _surveyQuestionId;
	}

	public boolean isRequired() {
		return _required;
	}

	private final int _optionCount;
	private final int _questionType;
	private final boolean _required;
	private final long _surveyQuestionId;

}
