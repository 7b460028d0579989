package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.sql.Connection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.SurveyResponseLocalService;

/**
 * The retention step on real PostgreSQL: per company and by the response's day, free-text answers are deleted and
 * non-anonymous responses lose their person once older than the company's settings; the numbers stay, newer rows
 * are untouched, and a second run changes nothing.
 *
 * @author Livsviktig
 */
class SurveyRetentionIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		_rows = new SurveyRows(harness);

		_kommun = _company(24, 24);
		_region = _company(6, 12);

		// Made before the stubbing below: a mock made inside when(...) leaves Mockito's stubbing unfinished

		List<Company> companies = List.of(_company(_kommun), _company(_region));

		long[] companyIds = {_kommun, _region};

		for (int i = 0; i < companyIds.length; i++) {
			when(
				harness.portalService(
					CompanyLocalService.class
				).getCompany(
					companyIds[i]
				)
			).thenReturn(
				companies.get(i)
			);
		}
	}

	@Test
	void oldFreeTextAndPersonsGoAndASecondRunChangesNothing()
		throws Exception {

		LocalDate today = LocalDate.now(_STOCKHOLM);

		// Kommun keeps both for 24 months: the day 24 months ago is kept, the day before is not

		long kommunOld = _response(_kommun, today.minusMonths(24).minusDays(1), 41);
		long kommunKept = _response(_kommun, today.minusMonths(24), 42);
		long kommunAnonymousOld = _response(
			_kommun, today.minusMonths(30), 0);

		// Region keeps free text 6 months and persons 12

		long regionFreeTextGone = _response(_region, today.minusMonths(7), 43);
		long regionBothGone = _response(_region, today.minusMonths(13), 44);
		long regionRecent = _response(_region, today.minusMonths(2), 45);

		int changed = _applyRetention();

		// Free text deleted: kommunOld, kommunAnonymousOld, regionFreeTextGone, regionBothGone (4); persons
		// removed: kommunOld, regionBothGone (2)

		assertEquals(6, changed);

		Map<Long, String> expected = new TreeMap<>();

		expected.put(kommunOld, "user 0, answers [3]");
		expected.put(kommunKept, "user 42, answers [3, kept]");
		expected.put(kommunAnonymousOld, "user 0, answers [3]");
		expected.put(regionFreeTextGone, "user 43, answers [3]");
		expected.put(regionBothGone, "user 0, answers [3]");
		expected.put(regionRecent, "user 45, answers [3, kept]");

		assertEquals(expected, _state());

		Map<String, List<String>> afterFirstRun = new AnsweringFixture(
			harness
		).snapshot();

		assertEquals(0, _applyRetention());
		assertEquals(
			afterFirstRun, new AnsweringFixture(harness).snapshot());
	}

	private long _company(int freeTextMonths, int personMonths)
		throws Exception {

		long companyId = _rows.newId();

		SurveyCompanyConfiguration surveyCompanyConfiguration = mock(
			SurveyCompanyConfiguration.class);

		when(
			surveyCompanyConfiguration.freeTextRetentionMonths()
		).thenReturn(
			freeTextMonths
		);
		when(
			surveyCompanyConfiguration.personRetentionMonths()
		).thenReturn(
			personMonths
		);

		when(
			harness.portalService(
				ConfigurationProvider.class
			).getCompanyConfiguration(
				SurveyCompanyConfiguration.class, companyId
			)
		).thenReturn(
			surveyCompanyConfiguration
		);

		return companyId;
	}

	private Company _company(long companyId) throws Exception {
		Company company = mock(Company.class);

		when(
			company.getCompanyId()
		).thenReturn(
			companyId
		);
		when(
			company.getTimeZone()
		).thenReturn(
			java.util.TimeZone.getTimeZone(_STOCKHOLM)
		);

		return company;
	}

	/**
	 * A response of the day with a Likert answer (3) and a free text ("kept"); userId 0 for an anonymous survey.
	 */
	private long _response(long companyId, LocalDate day, long userId)
		throws Exception {

		SurveyResponse surveyResponse = _rows.surveyResponse(
			response -> {
				response.setCompanyId(companyId);
				response.setSurveyId(_SURVEY_ID);
				response.setResponseDay(
					Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
				response.setResponseMonth(
					(day.getYear() * 100) + day.getMonthValue());
				response.setUserId(userId);
			});

		long surveyResponseId = surveyResponse.getSurveyResponseId();

		_rows.surveyAnswer(
			answer -> {
				answer.setCompanyId(companyId);
				answer.setSurveyResponseId(surveyResponseId);
				answer.setSurveyQuestionId(1);
				answer.setNumericValue(3);
			});
		_rows.surveyAnswer(
			answer -> {
				answer.setCompanyId(companyId);
				answer.setSurveyResponseId(surveyResponseId);
				answer.setSurveyQuestionId(2);
				answer.setTextValue("kept");
			});

		return surveyResponseId;
	}

	/**
	 * What one run of the job does: each company's step, for both companies.
	 */
	private int _applyRetention() throws Exception {
		return _responses().applyRetention(_kommun) +
			_responses().applyRetention(_region);
	}

	private SurveyResponseLocalService _responses() {
		return harness.get(SurveyResponseLocalService.class);
	}

	/**
	 * Each response of this test as "user N, answers [...]": the Likert value, and the free text while it is there.
	 */
	private Map<Long, String> _state() throws Exception {
		Map<Long, String> state = new TreeMap<>();

		try (Connection connection = harness.database().connect()) {
			List<Map<String, Object>> answers = AnsweringFixture.rows(
				connection, "LVSurvey_SurveyAnswer");

			for (Map<String, Object> response :
					AnsweringFixture.rows(
						connection, "LVSurvey_SurveyResponse")) {

				long surveyResponseId =
					((Number)response.get("surveyresponseid")).longValue();

				if (((Number)response.get("surveyid")).longValue() !=
						_SURVEY_ID) {

					continue;
				}

				List<String> values = new java.util.ArrayList<>();

				for (Map<String, Object> answer : answers) {
					if (((Number)answer.get("surveyresponseid")).longValue() !=
							surveyResponseId) {

						continue;
					}

					Object textValue = answer.get("textvalue");

					values.add(
						(textValue == null) ?
							String.valueOf(answer.get("numericvalue")) :
								textValue.toString());
				}

				values.sort(null);

				state.put(
					surveyResponseId,
					"user " + response.get("userid") + ", answers " + values);
			}
		}

		return state;
	}

	private static final long _SURVEY_ID = 777_001;

	private static final ZoneId _STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private long _kommun;
	private long _region;
	private SurveyRows _rows;

}
