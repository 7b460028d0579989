package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.SurveyResultsQuery;

public class SurveyResultsRequestTest {

	@Test
	public void anEmptyIdMeansAll() {
		assertEquals(0, SurveyResultsRequest.toId(""));
		assertEquals(0, SurveyResultsRequest.toId(null));
	}

	@Test
	public void anIdIsReadAsSent() {
		assertEquals(40123, SurveyResultsRequest.toId("40123"));
	}

	@Test
	public void aValueThatIsNoIdIsUnknownNotAll() {
		assertEquals(-1, SurveyResultsRequest.toId("abc"));
		assertEquals(-1, SurveyResultsRequest.toId("-5"));
		assertEquals(-1, SurveyResultsRequest.toId("12 OR 1=1"));
		assertEquals(-1, SurveyResultsRequest.toId("99999999999999999999"));
	}

	@Test
	public void theFiltersGoIntoTheQueryBesideTheGroupingAndPeriod() {
		SurveyResultsQuery query = SurveyResultsRequest.toQuery(
			"administration", "2026-06", "2026-01", "11", "21", "31");

		assertEquals(11, query.getMethodId());
		assertEquals(21, query.getCourseSessionId());
		assertEquals(31, query.getOrganizationId());
		assertEquals(202601, query.getFromMonth());
		assertEquals(202606, query.getToMonth());
		assertEquals(
			List.of(SurveyResultsQuery.GroupBy.ADMINISTRATION),
			query.getGroupBy());
	}

	@Test
	public void noFilterIsAll() {
		SurveyResultsQuery query = SurveyResultsRequest.toQuery(
			"", "", "", "", "", "");

		assertEquals(SurveyResultsQuery.all(), query);
	}

}
