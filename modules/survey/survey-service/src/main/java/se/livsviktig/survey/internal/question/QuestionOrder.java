package se.livsviktig.survey.internal.question;

import java.util.ArrayList;
import java.util.List;

import se.livsviktig.survey.exception.SurveyQuestionPositionException;
import se.livsviktig.survey.model.SurveyQuestion;

/**
 * A survey's questions stand at dense positions 0, 1, 2… in the order the participant sees them. Moving one shifts
 * those between its old and new place; removing one closes the gap. Each method sets the new positions on the
 * questions and returns those whose position changed, the only rows to write.
 *
 * @author Livsviktig
 */
public class QuestionOrder {

	/**
	 * @param ordered the survey's questions in their current order
	 */
	public static List<SurveyQuestion> move(
			List<SurveyQuestion> ordered, SurveyQuestion moved,
			int newPosition)
		throws SurveyQuestionPositionException {

		if ((newPosition < 0) || (newPosition >= ordered.size())) {
			throw new SurveyQuestionPositionException(
				"Position " + newPosition + " is outside 0.." +
					(ordered.size() - 1));
		}

		List<SurveyQuestion> questions = new ArrayList<>(ordered);

		questions.removeIf(
			question ->
				question.getSurveyQuestionId() ==
					moved.getSurveyQuestionId());

		questions.add(newPosition, moved);

		return _renumber(questions);
	}

	/**
	 * @param remaining the survey's questions in their order, without the one removed
	 */
	public static List<SurveyQuestion> withoutGaps(
		List<SurveyQuestion> remaining) {

		return _renumber(remaining);
	}

	private static List<SurveyQuestion> _renumber(
		List<SurveyQuestion> questions) {

		List<SurveyQuestion> changed = new ArrayList<>();

		for (int position = 0; position < questions.size(); position++) {
			SurveyQuestion question = questions.get(position);

			if (question.getPosition() != position) {
				question.setPosition(position);

				changed.add(question);
			}
		}

		return changed;
	}

}
