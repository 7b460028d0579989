package se.livsviktig.survey.web.internal.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The list's counts come from one grouped statement per figure, and a survey the statement found no rows for has
 * none.
 *
 * @author Livsviktig
 */
public class SurveyCountsTest {

	@Test
	public void eachSurveyHasItsCountAndAbsentOnesHaveNone() {
		SurveyCounts surveyCounts = new SurveyCounts(
			List.<Object[]>of(new Object[] {41L, 5L}, new Object[] {42L, 3}),
			List.<Object[]>of(new Object[] {41L, 12L}));

		assertEquals(5, surveyCounts.getQuestionCount(41));
		assertEquals(3, surveyCounts.getQuestionCount(42));
		assertEquals(12, surveyCounts.getResponseCount(41));
		assertEquals(0, surveyCounts.getResponseCount(42));
	}

	@Test
	public void eachFigureIsOneStatementGroupedBySurvey() {
		String sql = SurveyCounts.responseCountQuery(
			new Long[] {41L, 42L, 43L}
		).toString();

		assertTrue(sql.contains("group by"), sql);
		assertTrue(sql.contains("count("), sql);
		assertTrue(
			SurveyCounts.questionCountQuery(
				new Long[] {41L}
			).toString(
			).contains(
				"group by"
			));
	}

}
