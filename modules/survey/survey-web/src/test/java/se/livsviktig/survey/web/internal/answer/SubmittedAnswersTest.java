package se.livsviktig.survey.web.internal.answer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The answers of a sent form reach the response service as question id to values, with nothing else.
 *
 * @author Livsviktig
 */
public class SubmittedAnswersTest {

	@Test
	public void blankValuesAndUnansweredQuestionsAreLeftOut() {
		Map<String, String[]> parameters = new LinkedHashMap<>();

		parameters.put("answer101", new String[] {"4"});
		parameters.put("answer102", new String[] {""});
		parameters.put("answer103", new String[] {"  ", "2"});

		Map<Long, String[]> answers = SubmittedAnswers.of(parameters);

		assertEquals(Set.of(101L, 103L), answers.keySet());
		assertArrayEquals(new String[] {"2"}, answers.get(103L));
	}

	@Test
	public void everyChosenOptionOfAMultipleChoiceIsKept() {
		Map<Long, String[]> answers = SubmittedAnswers.of(
			Map.of("answer104", new String[] {"0", "2", "3"}));

		assertArrayEquals(new String[] {"0", "2", "3"}, answers.get(104L));
	}

	@Test
	public void onlyAnswerParametersWithAQuestionIdAreAnswers() {
		Map<Long, String[]> answers = SubmittedAnswers.of(
			Map.of(
				"token", new String[] {"abc"}, "answerx", new String[] {"1"},
				"answer", new String[] {"1"}, "surveyInvitationId",
				new String[] {"5"}, "answer105", new String[] {"Bra kurs"}));

		assertEquals(Set.of(105L), answers.keySet());
	}

}
