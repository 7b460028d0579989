package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;
import se.livsviktig.survey.model.SurveyResultsQuery;

public class SurveyResultsDisplayContextTest {

	@Test
	public void figuresAreTextInTheReadersLanguage() {
		SurveyResultsDisplayContext displayContext =
			new SurveyResultsDisplayContext(
				_results(), _labels(), ResultsBundles.swedish(),
				new Locale("sv", "SE"), "_portlet_");

		SurveyResultsDisplayContext.GroupRow groupRow =
			displayContext.getGroupRows(
			).get(
				0
			);

		assertEquals("1 250", groupRow.getRespondents().replace('\u00a0', ' '));
		assertEquals("50 %", groupRow.getResponseRate().replace('\u00a0', ' '));
		assertEquals(
			"färre än 5 svar",
			displayContext.getGroupRows(
			).get(
				1
			).getRespondents());

		SurveyResultsDisplayContext.QuestionView questionView =
			displayContext.getQuestionViews(
			).get(
				0
			);

		assertEquals("Nöjd?", questionView.getTitle());
		assertTrue(questionView.hasMean(), "yes or no has a share of yes");
		assertEquals(Arrays.asList("Ja", "Nej"), questionView.getColumnLabels());

		SurveyResultsDisplayContext.TableRow first = questionView.getRows(
		).get(
			0
		);

		assertEquals(Arrays.asList("1 000", "250"), _spaces(first));
		assertEquals("0,8", first.getMean());
		assertEquals(
			Arrays.asList("färre än 5 svar", "färre än 5 svar"),
			questionView.getRows(
			).get(
				1
			).getCounts());
		assertEquals(
			"–",
			questionView.getRows(
			).get(
				1
			).getMean());
		assertEquals(
			"Alla",
			questionView.getRows(
			).get(
				2
			).getLabel());
		assertTrue(
			questionView.getChart(
			).contains(
				"id=\"_portlet_chart9-title\""
			));
	}

	@Test
	public void freeTextShowsOnlyForAReaderWhoMaySeeIt() {
		SurveyResultsDisplayContext withoutPermission =
			new SurveyResultsDisplayContext(
				_freeTextResults(), _labels(), ResultsBundles.swedish(),
				new Locale("sv", "SE"), "_portlet_", null);

		FreeTextView notPermitted = withoutPermission.getQuestionViews(
		).get(
			0
		).getFreeText();

		assertFalse(notPermitted.isPermitted());
		assertEquals(List.of(), notPermitted.getShownAnswers());

		SurveyResultsDisplayContext withPermission =
			new SurveyResultsDisplayContext(
				_freeTextResults(), _labels(), ResultsBundles.swedish(),
				new Locale("sv", "SE"), "_portlet_",
				Map.of(11L, List.of("Bra kurs", "Mer tid")));

		FreeTextView permitted = withPermission.getQuestionViews(
		).get(
			0
		).getFreeText();

		assertTrue(permitted.isPermitted());
		assertEquals(List.of("Bra kurs", "Mer tid"), permitted.getShownAnswers());
	}

	@Test
	public void onlyAFreeTextQuestionHasFreeText() {
		SurveyResultsDisplayContext displayContext =
			new SurveyResultsDisplayContext(
				_results(), _labels(), ResultsBundles.swedish(),
				new Locale("sv", "SE"), "_portlet_", Map.of(9L, List.of("x")));

		assertNull(
			displayContext.getQuestionViews(
			).get(
				0
			).getFreeText());
	}

	private static SurveyResults _freeTextResults() {
		SurveyQuestionResults questionResults = new SurveyQuestionResults(
			11, SurveyQuestionConstants.TYPE_FREE_TEXT, new int[0],
			Arrays.asList(new SurveyDistribution(new long[0], 12, Double.NaN)),
			new SurveyDistribution(new long[0], 12, Double.NaN));

		return new SurveyResults(
			1, SurveyResultsQuery.all(), 5,
			Arrays.asList(
				new SurveyResultsGroup(0, 0, 7001, 0, OptionalLong.of(12), 20)),
			12, 20, Arrays.asList(questionResults));
	}

	private static ResultsLabels _labels() {
		return new ResultsLabels() {

			@Override
			public String group(SurveyResultsGroup group) {
				return "Grupp " + group.getOrganizationId();
			}

			@Override
			public String question(SurveyQuestionResults questionResults) {
				return "Nöjd?";
			}

			@Override
			public String total() {
				return "Alla";
			}

			@Override
			public String value(
				SurveyQuestionResults questionResults, int valueIndex) {

				return (valueIndex == 0) ? "Ja" : "Nej";
			}

		};
	}

	private static SurveyResults _results() {
		SurveyQuestionResults questionResults = new SurveyQuestionResults(
			9, 1, new int[] {1, 0},
			Arrays.asList(
				new SurveyDistribution(new long[] {1000, 250}, 1250, 0.8),
				new SurveyDistribution(new long[] {-1, -1}, -1, Double.NaN)),
			new SurveyDistribution(new long[] {-1, -1}, 1253, Double.NaN));

		return new SurveyResults(
			1, SurveyResultsQuery.all(), 5,
			Arrays.asList(
				new SurveyResultsGroup(
					0, 0, 7001, 0, OptionalLong.of(1250), 2500),
				new SurveyResultsGroup(0, 0, 7002, 0, OptionalLong.empty(), 6)),
			1253, 2506, Arrays.asList(questionResults));
	}

	private static java.util.List<String> _spaces(
		SurveyResultsDisplayContext.TableRow row) {

		java.util.List<String> counts = new java.util.ArrayList<>();

		for (String count : row.getCounts()) {
			counts.add(count.replace('\u00a0', ' '));
		}

		return counts;
	}

}
