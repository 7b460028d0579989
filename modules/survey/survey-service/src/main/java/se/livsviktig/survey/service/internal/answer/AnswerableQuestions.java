package se.livsviktig.survey.service.internal.answer;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.survey.internal.question.QuestionOptions;
import se.livsviktig.survey.model.SurveyQuestion;

/**
 * A survey's questions as {@link AnswerValidator} sees them. A choice question's options are counted in its default
 * language: every translation lists the same options in the same order (an answer stores the index).
 *
 * @author Livsviktig
 */
public class AnswerableQuestions {

	public static List<AnswerableQuestion> of(
		List<SurveyQuestion> surveyQuestions) {

		List<AnswerableQuestion> answerableQuestions = new ArrayList<>();

		for (SurveyQuestion surveyQuestion : surveyQuestions) {
			answerableQuestions.add(
				new AnswerableQuestion(
					surveyQuestion.getSurveyQuestionId(),
					surveyQuestion.getQuestionType(),
					surveyQuestion.isRequired(),
					QuestionOptions.lines(
						surveyQuestion.getOptions(
							surveyQuestion.getDefaultLanguageId())
					).size()));
		}

		return answerableQuestions;
	}

	private AnswerableQuestions() {
	}

}
