package se.livsviktig.survey.service.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.SurveyResultsQuery;

public class SurveyResultsSqlTest {

	@Test
	public void everyValueIsABoundParameter() {
		SurveyResultsQuery query = new SurveyResultsQuery(
			11, 22, 33, 202601, 202612,
			Arrays.asList(
				SurveyResultsQuery.GroupBy.METHOD,
				SurveyResultsQuery.GroupBy.QUARTER));

		SurveyResultsSql sql = new SurveyResultsSql(
			1, 2, query, new long[] {44, 55}, new long[] {66},
			new long[] {77});

		for (SurveyResultsSql.Statement statement :
				Arrays.asList(
					sql.distributions(), sql.groupCounts(),
					sql.freeTextAnswers(88))) {

			assertEquals(
				statement.getParameters().size(),
				statement.getSql().chars().filter(c -> c == '?').count(),
				statement.toString());

			for (String value : Arrays.asList("11", "22", "33", "44", "88")) {
				assertFalse(
					statement.getSql().contains(value), statement.toString());
			}
		}
	}

	@Test
	public void everyColumnHasAnAliasOfItsOwn() {
		SurveyResultsSql sql = new SurveyResultsSql(
			1, 2, SurveyResultsQuery.all(), null, new long[] {6},
			new long[] {7});

		for (SurveyResultsSql.Statement statement :
				Arrays.asList(
					sql.distributions(), sql.groupCounts(),
					sql.freeTextAnswers(8))) {

			String firstBranch = statement.getSql(
			).split(
				" UNION ALL "
			)[0];

			String selectList = firstBranch.substring(
				0, firstBranch.indexOf(" FROM "));

			java.util.List<String> aliases = new java.util.ArrayList<>();

			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
				" AS (\\w+)"
			).matcher(
				selectList
			);

			while (matcher.find()) {
				aliases.add(matcher.group(1));
			}

			long columns = selectList.split(", ").length;

			assertEquals(columns, aliases.size(), selectList);
			assertEquals(
				aliases.size(), aliases.stream().distinct().count(),
				selectList);
		}
	}

	@Test
	public void groupingChoosesTheColumnsAndTheGroupBy() {
		SurveyResultsSql sql = new SurveyResultsSql(
			1, 2,
			new SurveyResultsQuery(
				0, 0, 0, 0, 0,
				Arrays.asList(
					SurveyResultsQuery.GroupBy.ADMINISTRATION,
					SurveyResultsQuery.GroupBy.MONTH)),
			null, new long[] {6}, new long[0]);

		String distributions = sql.distributions(
		).getSql();

		assertTrue(
			distributions.startsWith(
				"SELECT a.surveyQuestionId AS questionId, a.numericValue AS " +
					"answerValue, 0 AS groupMethodId, 0 AS groupSessionId, " +
						"r.organizationId AS groupOrganizationId, " +
							"r.responseMonth AS groupPeriod, COUNT(*) AS " +
								"answerCount"),
			distributions);
		assertTrue(
			distributions.endsWith(
				"GROUP BY a.surveyQuestionId, a.numericValue, " +
					"r.organizationId, r.responseMonth"),
			distributions);
		assertFalse(distributions.contains("UNION ALL"), "no respondents");
	}

	/**
	 * The invited are grouped and filtered by the integer sentMonth, as the
	 * respondents by responseMonth: extracting the month from sentDate on
	 * every invitation (EXTRACT is numeric on PostgreSQL) made the invited
	 * half of a page cost as much as all its answers.
	 */
	@Test
	public void invitedAreCountedByTheirSentMonthWithoutExtractingIt() {
		SurveyResultsSql sql = new SurveyResultsSql(
			1, 2,
			new SurveyResultsQuery(
				0, 0, 0, 202601, 202612,
				Collections.singletonList(SurveyResultsQuery.GroupBy.QUARTER)),
			null, new long[] {6}, new long[0]);

		SurveyResultsSql.Statement statement = sql.groupCounts();

		String invitedBranch = statement.getSql(
		).split(
			" UNION ALL "
		)[1];

		assertTrue(
			invitedBranch.contains(
				"(r.sentMonth - MOD(MOD(r.sentMonth, 100) + 2, 3))"),
			invitedBranch);
		assertTrue(
			invitedBranch.contains("r.sentMonth >= ? AND r.sentMonth <= ?"),
			invitedBranch);
		assertFalse(invitedBranch.contains("EXTRACT"), invitedBranch);
		assertFalse(invitedBranch.contains("sentDate"), invitedBranch);
		assertEquals(
			Arrays.asList(202601, 202612, 202601, 202612),
			statement.getParameters(
			).stream(
			).filter(
				parameter -> parameter.equals(202601) ||
					parameter.equals(202612)
			).collect(
				java.util.stream.Collectors.toList()
			));
	}

	@Test
	public void noQuestionsToCountMeansNoStatement() {
		assertNull(
			new SurveyResultsSql(
				1, 2, SurveyResultsQuery.all(), null, new long[0], new long[0]
			).distributions());
	}

	@Test
	public void quarterIsTheQuartersFirstMonthInIntegerArithmetic() {
		SurveyResultsSql sql = new SurveyResultsSql(
			1, 2,
			new SurveyResultsQuery(
				0, 0, 0, 0, 0,
				Collections.singletonList(SurveyResultsQuery.GroupBy.QUARTER)),
			null, new long[] {6}, new long[] {7});

		assertTrue(
			sql.distributions(
			).getSql(
			).contains(
				"(r.responseMonth - MOD(MOD(r.responseMonth, 100) + 2, 3))"
			));

		for (int month = 1; month <= 12; month++) {
			int yyyyMM = 202600 + month;

			int quarterStart = yyyyMM - ((month + 2) % 3);

			assertEquals(
				202600 + (((month - 1) / 3) * 3) + 1, quarterStart,
				"month " + month);
		}
	}

}
