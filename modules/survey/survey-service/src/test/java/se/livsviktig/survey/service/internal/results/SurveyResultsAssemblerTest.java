package se.livsviktig.survey.service.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;

public class SurveyResultsAssemblerTest {

	@Test
	public void groupBelowTheMinimumShowsNoRespondentsRateOrCounts() {
		_groupCounts.put(_A, new long[] {3, 10});
		_groupCounts.put(_B, new long[] {12, 20});
		_groupCounts.put(_C, new long[] {20, 25});

		_likert(_A, 1, 2, 0, 0, 0);
		_likert(_B, 2, 3, 3, 2, 2);
		_likert(_C, 4, 4, 4, 4, 4);

		SurveyResults results = _assemble(_LIKERT);

		SurveyResultsGroup group = results.getGroups(
		).get(
			0
		);

		assertFalse(group.getRespondents().isPresent());
		assertFalse(group.getResponseRate().isPresent());
		assertEquals(10, group.getInvited());

		SurveyDistribution distribution = _question(
			results, 0
		).getGroupDistributions(
		).get(
			0
		);

		for (int value = 0; value < 5; value++) {
			assertFalse(
				distribution.getCount(
					value
				).isPresent() &&
				(distribution.getCount(
					value
				).getAsLong() > 0),
				"value " + value);
		}

		assertFalse(distribution.getRespondents().isPresent());
	}

	@Test
	public void groupRespondentsHiddenInOneTableAreHiddenInEvery() {

		// The respondents table hides A (3) and, as its complement, B (12);
		// the optional question's own totals (3, 12, 10) would pick C's 10
		// as the complement and show B's 12, giving A away.

		_groupCounts.put(_A, new long[] {3, 3});
		_groupCounts.put(_B, new long[] {12, 12});
		_groupCounts.put(_C, new long[] {20, 20});

		_likert(_A, 3, 0, 0, 0, 0);
		_likert(_B, 7, 5, 0, 0, 0);
		_likert(_C, 5, 5, 0, 0, 0);

		SurveyResults results = _assemble(_LIKERT);

		assertFalse(results.getGroups().get(1).getRespondents().isPresent());

		SurveyDistribution b = _question(
			results, 0
		).getGroupDistributions(
		).get(
			1
		);

		assertFalse(b.getRespondents().isPresent());
	}

	@Test
	public void meanIsHiddenWhereACountOfTheGroupIsSuppressed() {

		// A's 2 and 3 are suppressed, and C's 5s as their complements; B
		// keeps every count and its mean.

		_groupCounts.put(_A, new long[] {10, 10});
		_groupCounts.put(_B, new long[] {50, 50});
		_groupCounts.put(_C, new long[] {28, 28});

		_likert(_A, 0, 0, 2, 3, 5);
		_likert(_B, 10, 10, 10, 10, 10);
		_likert(_C, 6, 6, 5, 5, 6);

		SurveyQuestionResults question = _question(_assemble(_LIKERT), 0);

		assertFalse(
			question.getGroupDistributions(
			).get(
				0
			).getMean(
			).isPresent());
		assertEquals(
			3.0,
			question.getGroupDistributions(
			).get(
				1
			).getMean(
			).getAsDouble());
		assertFalse(
			question.getTotal(
			).getMean(
			).isPresent(),
			"the overall mean would give the hidden group's sum");
	}

	@Test
	public void multipleChoiceRespondentsAreTheDistinctResponses() {
		ResultsQuestion multipleChoice = new ResultsQuestion(
			2, 3, new int[] {0, 1, 2}, false, false);

		_groupCounts.put(_A, new long[] {10, 12});
		_groupCounts.put(_B, new long[] {10, 12});

		for (ResultsGroupKey key : Arrays.asList(_A, _B)) {
			QuestionDistribution distribution = new QuestionDistribution(
				multipleChoice);

			distribution.addCount(0, 8);
			distribution.addCount(1, 9);
			distribution.addCount(2, 7);
			distribution.setRespondents(10);

			_distributions.computeIfAbsent(
				2L, id -> new HashMap<>()
			).put(
				key, distribution
			);
		}

		SurveyQuestionResults question = _question(
			_assemble(multipleChoice), 0);

		assertEquals(
			OptionalLong.of(10),
			question.getGroupDistributions(
			).get(
				0
			).getRespondents());
		assertEquals(
			OptionalLong.of(16),
			question.getTotal(
			).getCount(
				0
			));
		assertFalse(
			question.getTotal(
			).getMean(
			).isPresent());
	}

	@Test
	public void noResponsesGiveZerosNotAnError() {
		SurveyResults results = _assemble(_LIKERT);

		assertTrue(results.getGroups().isEmpty());
		assertEquals(
			OptionalLong.of(0),
			_question(
				results, 0
			).getTotal(
			).getCount(
				2
			));
	}

	@Test
	public void responseRateIsRespondentsPerInvited() {
		_groupCounts.put(_A, new long[] {10, 40});
		_groupCounts.put(_B, new long[] {30, 40});

		SurveyResults results = _assemble(_LIKERT);

		assertEquals(
			0.25,
			results.getGroups(
			).get(
				0
			).getResponseRate(
			).getAsDouble());
		assertEquals(OptionalLong.of(40), results.getTotalRespondents());
		assertEquals(80, results.getTotalInvited());
	}

	private SurveyResults _assemble(ResultsQuestion question) {
		return new SurveyResultsAssembler(
			new CellSuppression(5)
		).assemble(
			7, SurveyResultsQuery.all(), Collections.singletonList(question),
			_groupCounts, _distributions
		);
	}

	private void _likert(ResultsGroupKey key, long... counts) {
		QuestionDistribution distribution = new QuestionDistribution(_LIKERT);

		for (int i = 0; i < counts.length; i++) {
			distribution.addCount(i + 1, counts[i]);
		}

		_distributions.computeIfAbsent(
			_LIKERT.getSurveyQuestionId(), id -> new HashMap<>()
		).put(
			key, distribution
		);
	}

	private SurveyQuestionResults _question(SurveyResults results, int index) {
		List<SurveyQuestionResults> questionResults =
			results.getQuestionResults();

		return questionResults.get(index);
	}

	private static final ResultsGroupKey _A = new ResultsGroupKey(
		1, 0, 0, 0);

	private static final ResultsGroupKey _B = new ResultsGroupKey(
		2, 0, 0, 0);

	private static final ResultsGroupKey _C = new ResultsGroupKey(
		3, 0, 0, 0);

	private static final ResultsQuestion _LIKERT = new ResultsQuestion(
		1, 0, new int[] {1, 2, 3, 4, 5}, true, true);

	private final Map<Long, Map<ResultsGroupKey, QuestionDistribution>>
		_distributions = new HashMap<>();
	private final Map<ResultsGroupKey, long[]> _groupCounts = new HashMap<>();

}
