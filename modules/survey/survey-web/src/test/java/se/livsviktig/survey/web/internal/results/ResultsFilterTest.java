package se.livsviktig.survey.web.internal.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.model.SurveyResultsQuery;

public class ResultsFilterTest {

	@Test
	public void methodsAndAdministrationsAreListedByNameTheChosenSelected() {
		ResultsFilter resultsFilter = new ResultsFilter(
			_query(12, 0, 31), _SWEDISH, Map.of(11L, "YAM", 12L, "MHFA"),
			Map.of(), Map.of(31L, "Örnsköldsviks kommun", 32L, "Umeå kommun"));

		assertEquals(
			List.of("MHFA", "YAM"), _labels(resultsFilter.getMethodOptions()));
		assertTrue(resultsFilter.getMethodOptions().get(0).isSelected());
		assertFalse(resultsFilter.getMethodOptions().get(1).isSelected());
		assertEquals(
			List.of("Umeå kommun", "Örnsköldsviks kommun"),
			_labels(resultsFilter.getOrganizationOptions()));
		assertTrue(resultsFilter.getOrganizationOptions().get(1).isSelected());
	}

	@Test
	public void sessionsAreOfferedOnlyOnceAMethodIsChosen() {
		assertFalse(
			new ResultsFilter(
				_query(0, 0, 0), _SWEDISH, Map.of(11L, "YAM"), Map.of(),
				Map.of()
			).isSessionFilterOffered());

		Map<Long, String> sessions = new LinkedHashMap<>();

		sessions.put(22L, "YAM, 3 mars 2026");
		sessions.put(21L, "YAM, 1 feb. 2026");

		ResultsFilter resultsFilter = new ResultsFilter(
			_query(11, 21, 0), _SWEDISH, Map.of(11L, "YAM"), sessions,
			Map.of());

		assertTrue(resultsFilter.isSessionFilterOffered());
		assertEquals(
			List.of("YAM, 3 mars 2026", "YAM, 1 feb. 2026"),
			_labels(resultsFilter.getSessionOptions()),
			"in the order given, newest first");
		assertTrue(resultsFilter.getSessionOptions().get(1).isSelected());
	}

	private static List<String> _labels(List<FilterOption> options) {
		return options.stream(
		).map(
			FilterOption::getLabel
		).collect(
			Collectors.toList()
		);
	}

	private static SurveyResultsQuery _query(
		long methodId, long courseSessionId, long organizationId) {

		return new SurveyResultsQuery(
			methodId, courseSessionId, organizationId, 0, 0, List.of());
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
