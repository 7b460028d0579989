package se.livsviktig.survey.web.internal.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.Survey;

public class TaughtSessionSurveysTest {

	@Test
	public void theSurveyAskedForIsShown() {
		TaughtSessionSurveys taughtSessionSurveys = new TaughtSessionSurveys(
			List.of(_evaluation, _followUp), 2, _SWEDISH,
			surveyId -> "survey" + surveyId);

		assertSame(_followUp, taughtSessionSurveys.getChosenSurvey());
		assertFalse(taughtSessionSurveys.getChoices().get(0).isChosen());
		assertTrue(taughtSessionSurveys.getChoices().get(1).isChosen());
		assertEquals(
			"Uppföljning",
			taughtSessionSurveys.getChoices(
			).get(
				1
			).getTitle());
		assertEquals(
			"survey2",
			taughtSessionSurveys.getChoices(
			).get(
				1
			).getURL());
	}

	@Test
	public void aSurveyNotOfTheSessionOpensTheFirstOfItsOwn() {
		TaughtSessionSurveys taughtSessionSurveys = new TaughtSessionSurveys(
			List.of(_evaluation, _followUp), 99, _SWEDISH,
			surveyId -> "survey" + surveyId);

		assertSame(_evaluation, taughtSessionSurveys.getChosenSurvey());
	}

	@Test
	public void aSessionWithoutResponsesHasNoSurveyToShow() {
		TaughtSessionSurveys taughtSessionSurveys = new TaughtSessionSurveys(
			List.of(), 0, _SWEDISH, surveyId -> "survey" + surveyId);

		assertNull(taughtSessionSurveys.getChosenSurvey());
		assertEquals(List.of(), taughtSessionSurveys.getChoices());
	}

	private static Survey _survey(long surveyId, String title) {
		Survey survey = mock(Survey.class);

		when(
			survey.getSurveyId()
		).thenReturn(
			surveyId
		);
		when(
			survey.getTitle(_SWEDISH)
		).thenReturn(
			title
		);

		return survey;
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final Survey _evaluation = _survey(1, "Kursutvärdering");
	private final Survey _followUp = _survey(2, "Uppföljning");

}
