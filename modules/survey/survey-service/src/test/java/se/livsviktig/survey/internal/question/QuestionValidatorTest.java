package se.livsviktig.survey.internal.question;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyQuestionLabelsException;
import se.livsviktig.survey.exception.SurveyQuestionOptionsException;
import se.livsviktig.survey.exception.SurveyQuestionTextException;
import se.livsviktig.survey.exception.SurveyQuestionTypeException;

/**
 * @author Livsviktig
 */
public class QuestionValidatorTest {

	@Test
	public void anUnknownTypeIsRefused() {
		assertThrows(
			SurveyQuestionTypeException.class,
			() -> _validate(5, _TEXT, Map.of(), Map.of(), Map.of()));
		assertThrows(
			SurveyQuestionTypeException.class,
			() -> _validate(-1, _TEXT, Map.of(), Map.of(), Map.of()));
	}

	@Test
	public void aQuestionNeedsItsTextInTheSitesDefaultLanguage() {
		assertThrows(
			SurveyQuestionTextException.class,
			() -> _validate(
				SurveyQuestionConstants.TYPE_FREE_TEXT,
				Map.of(Locale.US, "What would you change?"), Map.of(),
				Map.of(), Map.of()));
		assertThrows(
			SurveyQuestionTextException.class,
			() -> _validate(
				SurveyQuestionConstants.TYPE_FREE_TEXT, Map.of(_SWEDISH, " "),
				Map.of(), Map.of(), Map.of()));
	}

	@Test
	public void aTextLongerThan1000CharactersIsRefused() {
		assertThrows(
			SurveyQuestionTextException.class,
			() -> _validate(
				SurveyQuestionConstants.TYPE_FREE_TEXT,
				Map.of(_SWEDISH, "x".repeat(1001)), Map.of(), Map.of(),
				Map.of()));
	}

	@Test
	public void aLikertQuestionNeedsTheLabelsOfBothEnds() {
		assertDoesNotThrow(
			() -> _validate(
				SurveyQuestionConstants.TYPE_LIKERT, _TEXT,
				Map.of(_SWEDISH, "Instämmer inte alls"),
				Map.of(_SWEDISH, "Instämmer helt"), Map.of()));
		assertThrows(
			SurveyQuestionLabelsException.class,
			() -> _validate(
				SurveyQuestionConstants.TYPE_LIKERT, _TEXT,
				Map.of(_SWEDISH, "Instämmer inte alls"), Map.of(), Map.of()));
		assertThrows(
			SurveyQuestionLabelsException.class,
			() -> _validate(
				SurveyQuestionConstants.TYPE_LIKERT, _TEXT, Map.of(),
				Map.of(_SWEDISH, "Instämmer helt"), Map.of()));
	}

	@Test
	public void aChoiceQuestionHasTwoToTwentyOptions() {
		for (int type :
				new int[] {
					SurveyQuestionConstants.TYPE_SINGLE_CHOICE,
					SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE
				}) {

			assertThrows(
				SurveyQuestionOptionsException.class,
				() -> _validate(type, _TEXT, Map.of(), Map.of(), Map.of()));
			assertThrows(
				SurveyQuestionOptionsException.class,
				() -> _validate(type, _TEXT, Map.of(), Map.of(), _options(1)));
			assertDoesNotThrow(
				() -> _validate(type, _TEXT, Map.of(), Map.of(), _options(2)));
			assertDoesNotThrow(
				() -> _validate(type, _TEXT, Map.of(), Map.of(), _options(20)));
			assertThrows(
				SurveyQuestionOptionsException.class,
				() -> _validate(type, _TEXT, Map.of(), Map.of(), _options(21)));
		}
	}

	@Test
	public void anEmptyLineBetweenOptionsIsRefusedButATrailingNewLineIsNot() {
		assertThrows(
			SurveyQuestionOptionsException.class,
			() -> _validate(
				SurveyQuestionConstants.TYPE_SINGLE_CHOICE, _TEXT, Map.of(),
				Map.of(), Map.of(_SWEDISH, "Ja\n\nNej")));
		assertDoesNotThrow(
			() -> _validate(
				SurveyQuestionConstants.TYPE_SINGLE_CHOICE, _TEXT, Map.of(),
				Map.of(), Map.of(_SWEDISH, "Ja\r\nNej\r\n")));
	}

	@Test
	public void aTranslationOfTheOptionsHasAsManyLinesAsTheDefaultLanguage() {
		assertDoesNotThrow(
			() -> _validate(
				SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE, _TEXT, Map.of(),
				Map.of(),
				Map.of(_SWEDISH, "På jobbet\nPrivat", Locale.US, "At work\nPrivately")));
		assertThrows(
			SurveyQuestionOptionsException.class,
			() -> _validate(
				SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE, _TEXT, Map.of(),
				Map.of(),
				Map.of(
					_SWEDISH, "På jobbet\nPrivat",
					Locale.US, "At work\nPrivately\nElsewhere")));
	}

	@Test
	public void yesNoAndFreeTextNeedNeitherLabelsNorOptions() {
		assertDoesNotThrow(
			() -> _validate(
				SurveyQuestionConstants.TYPE_YES_NO, _TEXT, Map.of(), Map.of(),
				Map.of()));
		assertDoesNotThrow(
			() -> _validate(
				SurveyQuestionConstants.TYPE_FREE_TEXT, _TEXT, Map.of(),
				Map.of(), Map.of()));
	}

	private static Map<Locale, String> _options(int count) {
		StringBuilder sb = new StringBuilder();

		for (int i = 1; i <= count; i++) {
			sb.append("Alternativ ");
			sb.append(i);
			sb.append('\n');
		}

		return Map.of(_SWEDISH, sb.toString());
	}

	private void _validate(
			int questionType, Map<Locale, String> textMap,
			Map<Locale, String> lowLabelMap, Map<Locale, String> highLabelMap,
			Map<Locale, String> optionsMap)
		throws Exception {

		_validator.validate(
			questionType, textMap, lowLabelMap, highLabelMap, optionsMap,
			_SWEDISH);
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private static final Map<Locale, String> _TEXT = Map.of(
		_SWEDISH, "Hur nöjd är du?");

	private final QuestionValidator _validator = new QuestionValidator();

}
