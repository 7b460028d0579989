package se.livsviktig.survey.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyQuestionConstants;

/**
 * Each question type gets the controls the answer page shows for it, valued as the response service reads them,
 * and keeps what the person chose before a refusal.
 *
 * @author Livsviktig
 */
public class QuestionViewTest {

	@Test
	public void likertIsFiveValuesWhoseEndsCarryTheirLabels() {
		QuestionView questionView = new QuestionView(
			SurveyQuestions.question(
				11, SurveyQuestionConstants.TYPE_LIKERT,
				"Kursen var användbar", "Instämmer inte alls",
				"Instämmer helt", "", true),
			_SWEDISH, null, null);

		List<Choice> choices = questionView.getChoices();

		assertEquals(
			List.of("1", "2", "3", "4", "5"),
			choices.stream(
			).map(
				Choice::getValue
			).collect(
				Collectors.toList()
			));
		assertEquals("1 – Instämmer inte alls", choices.get(0).getLabel());
		assertEquals("3", choices.get(2).getLabel());
		assertEquals("5 – Instämmer helt", choices.get(4).getLabel());
		assertFalse(questionView.isMultipleChoice());
	}

	@Test
	public void yesIsOneAndNoIsZeroInTheReadersWords() {
		List<Choice> choices = new QuestionView(
			SurveyQuestions.question(
				12, SurveyQuestionConstants.TYPE_YES_NO,
				"Har du använt det du lärde dig?", true),
			_SWEDISH, null, null
		).getChoices();

		assertEquals("1", choices.get(0).getValue());
		assertEquals("yes", choices.get(0).getLabel());
		assertTrue(choices.get(0).isLabelKey());
		assertEquals("0", choices.get(1).getValue());
		assertEquals("no", choices.get(1).getLabel());
	}

	@Test
	public void aChoiceIsValuedByItsLineBlankLinesNotCounted() {
		QuestionView questionView = new QuestionView(
			SurveyQuestions.question(
				13, SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE, "Var?", "",
				"", "Hemma\n\n  På jobbet \r\nI föreningen\n", false),
			_SWEDISH, new String[] {"0", "2"}, null);

		List<Choice> choices = questionView.getChoices();

		assertEquals(3, choices.size());
		assertEquals("På jobbet", choices.get(1).getLabel());
		assertEquals("2", choices.get(2).getValue());
		assertTrue(choices.get(0).isChecked());
		assertFalse(choices.get(1).isChecked());
		assertTrue(choices.get(2).isChecked());
		assertTrue(questionView.isMultipleChoice());
	}

	@Test
	public void freeTextKeepsWhatWasTypedAndNamesItsLimit() {
		QuestionView questionView = new QuestionView(
			SurveyQuestions.question(
				14, SurveyQuestionConstants.TYPE_FREE_TEXT, "Övrigt", false),
			_SWEDISH, new String[] {"Mer tid till övningar"}, null);

		assertTrue(questionView.isFreeText());
		assertEquals(List.of(), questionView.getChoices());
		assertEquals("Mer tid till övningar", questionView.getFreeText());
		assertEquals(
			SurveyQuestionConstants.FREE_TEXT_MAX_LENGTH,
			questionView.getFreeTextMaxLength());
		assertEquals("answer14", questionView.getFieldName());
		assertEquals("answer14", questionView.getInputId(0));
		assertEquals("answer14_1", questionView.getInputId(1));
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
