package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

public class FreeTextViewTest {

	@Test
	public void aLongListFoldsAfterTheFirstTen() {
		List<String> answers = new ArrayList<>();

		for (int i = 0; i < 23; i++) {
			answers.add(String.format("Svar %02d", i));
		}

		FreeTextView freeTextView = FreeTextView.of(answers);

		assertEquals(answers.subList(0, 10), freeTextView.getShownAnswers());
		assertEquals(answers.subList(10, 23), freeTextView.getFoldedAnswers());
		assertEquals(23, freeTextView.getAnswerCount());
	}

	@Test
	public void aShortListDoesNotFold() {
		FreeTextView freeTextView = FreeTextView.of(List.of("a", "b"));

		assertEquals(List.of("a", "b"), freeTextView.getShownAnswers());
		assertEquals(List.of(), freeTextView.getFoldedAnswers());
	}

}
