package se.livsviktig.survey.internal.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.exception.SurveyQuestionPositionException;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.impl.SurveyQuestionImpl;

/**
 * @author Livsviktig
 */
public class QuestionOrderTest {

	@Test
	public void movingAQuestionDownShiftsTheOnesBetweenUp() throws Exception {
		List<SurveyQuestion> questions = _questions(4);

		List<SurveyQuestion> changed = QuestionOrder.move(
			questions, questions.get(0), 2);

		assertEquals(List.of(1L, 2L, 0L, 3L), _idsInPositionOrder(questions));
		assertEquals(3, changed.size());
	}

	@Test
	public void movingAQuestionUpShiftsTheOnesBetweenDown() throws Exception {
		List<SurveyQuestion> questions = _questions(4);

		List<SurveyQuestion> changed = QuestionOrder.move(
			questions, questions.get(3), 1);

		assertEquals(List.of(0L, 3L, 1L, 2L), _idsInPositionOrder(questions));
		assertEquals(3, changed.size());
	}

	@Test
	public void aPositionOutsideTheSurveyIsRefused() {
		List<SurveyQuestion> questions = _questions(3);

		assertThrows(
			SurveyQuestionPositionException.class,
			() -> QuestionOrder.move(questions, questions.get(0), 3));
		assertThrows(
			SurveyQuestionPositionException.class,
			() -> QuestionOrder.move(questions, questions.get(0), -1));
	}

	@Test
	public void removingAQuestionClosesTheGap() {
		List<SurveyQuestion> questions = _questions(4);

		questions.remove(1);

		List<SurveyQuestion> changed = QuestionOrder.withoutGaps(questions);

		assertEquals(List.of(0L, 2L, 3L), _idsInPositionOrder(questions));
		assertEquals(2, changed.size());
		assertEquals(1, questions.get(1).getPosition());
		assertEquals(2, questions.get(2).getPosition());
	}

	private static List<Long> _idsInPositionOrder(
		List<SurveyQuestion> questions) {

		List<SurveyQuestion> sorted = new ArrayList<>(questions);

		sorted.sort(
			(first, second) -> Integer.compare(
				first.getPosition(), second.getPosition()));

		List<Long> ids = new ArrayList<>();

		for (int i = 0; i < sorted.size(); i++) {
			assertEquals(i, sorted.get(i).getPosition(), "positions are dense");

			ids.add(sorted.get(i).getSurveyQuestionId());
		}

		return ids;
	}

	private static List<SurveyQuestion> _questions(int count) {
		List<SurveyQuestion> questions = new ArrayList<>();

		for (int i = 0; i < count; i++) {
			SurveyQuestion question = new SurveyQuestionImpl();

			question.setSurveyQuestionId(i);
			question.setPosition(i);

			questions.add(question);
		}

		return questions;
	}

}
