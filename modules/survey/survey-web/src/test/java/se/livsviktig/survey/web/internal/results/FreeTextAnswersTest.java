package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;

public class FreeTextAnswersTest {

	@Test
	public void aReaderWithoutThePermissionCausesNoRead() throws Exception {
		List<Long> asked = new ArrayList<>();

		assertNull(
			FreeTextAnswers.read(
				_results(), false,
				surveyQuestionId -> {
					asked.add(surveyQuestionId);

					return List.of("x");
				}));
		assertEquals(List.of(), asked);
	}

	@Test
	public void onlyFreeTextQuestionsAreRead() throws Exception {
		List<Long> asked = new ArrayList<>();

		Map<Long, List<String>> answers = FreeTextAnswers.read(
			_results(), true,
			surveyQuestionId -> {
				asked.add(surveyQuestionId);

				return List.of("Bra");
			});

		assertEquals(List.of(12L), asked);
		assertEquals(Map.of(12L, List.of("Bra")), answers);
	}

	private static SurveyResults _results() {
		SurveyDistribution likert = new SurveyDistribution(
			new long[] {1, 1, 1, 1, 2}, 6, 3.3);
		SurveyDistribution freeText = new SurveyDistribution(
			new long[0], 6, Double.NaN);

		return new SurveyResults(
			1, SurveyResultsQuery.all(), 5,
			Arrays.asList(
				new SurveyResultsGroup(0, 0, 7001, 0, OptionalLong.of(6), 9)),
			6, 9,
			Arrays.asList(
				new SurveyQuestionResults(
					11, SurveyQuestionConstants.TYPE_LIKERT,
					new int[] {1, 2, 3, 4, 5}, Arrays.asList(likert), likert),
				new SurveyQuestionResults(
					12, SurveyQuestionConstants.TYPE_FREE_TEXT, new int[0],
					Arrays.asList(freeText), freeText)));
	}

}
