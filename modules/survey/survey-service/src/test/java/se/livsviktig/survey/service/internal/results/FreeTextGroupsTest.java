package se.livsviktig.survey.service.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;

public class FreeTextGroupsTest {

	@Test
	public void onlyGroupsWhoseRespondentsAreShownAndAtTheMinimum() {
		ResultsGroupKey small = new ResultsGroupKey(1, 0, 0, 0);
		ResultsGroupKey complement = new ResultsGroupKey(2, 0, 0, 0);
		ResultsGroupKey exactlyFive = new ResultsGroupKey(3, 0, 0, 0);
		ResultsGroupKey large = new ResultsGroupKey(4, 0, 0, 0);

		Map<ResultsGroupKey, long[]> groupCounts = new HashMap<>();

		groupCounts.put(small, new long[] {2, 2});
		groupCounts.put(complement, new long[] {9, 9});
		groupCounts.put(exactlyFive, new long[] {40, 40});
		groupCounts.put(large, new long[] {30, 30});

		ResultsQuestion freeText = new ResultsQuestion(
			8, 4, new int[0], false, false);

		Map<ResultsGroupKey, QuestionDistribution> byGroup = new HashMap<>();

		for (Object[] answered :
				new Object[][] {
					{small, 2L}, {complement, 9L}, {exactlyFive, 5L},
					{large, 30L}
				}) {

			QuestionDistribution distribution = new QuestionDistribution(
				freeText);

			distribution.setRespondents((Long)answered[1]);

			byGroup.put((ResultsGroupKey)answered[0], distribution);
		}

		Map<Long, Map<ResultsGroupKey, QuestionDistribution>> distributions =
			new HashMap<>();

		distributions.put(8L, byGroup);

		SurveyResults results = new SurveyResultsAssembler(
			new CellSuppression(5)
		).assemble(
			1, SurveyResultsQuery.all(), Arrays.asList(freeText), groupCounts,
			distributions
		);

		assertEquals(
			new HashSet<>(Arrays.asList(exactlyFive, large)),
			FreeTextGroups.shown(results, 8));
	}

}
