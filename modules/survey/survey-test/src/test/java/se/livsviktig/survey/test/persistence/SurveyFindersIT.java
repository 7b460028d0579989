package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static se.livsviktig.survey.test.persistence.SurveyRows.keys;
import static se.livsviktig.survey.test.persistence.SurveyRows.orderedKeys;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.persistence.SurveyPersistence;
import se.livsviktig.survey.service.persistence.SurveyQuestionPersistence;

/**
 * The Survey and SurveyQuestion finders of service.xml, on PostgreSQL: a site's surveys, a company's surveys (the
 * seeds and retention), and a survey's questions in their order.
 *
 * @author Livsviktig
 */
class SurveyFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	@FinderUnderTest(entity = "Survey", finder = "GroupId")
	@Test
	void findByGroupIdReturnsTheSitesSurveysOnly() throws Exception {
		long groupId = _rows.newId();
		long companyId = _rows.newId();

		Survey first = _survey(companyId, groupId);
		Survey second = _survey(companyId, groupId);

		_survey(companyId, _rows.newId());

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> _surveys().findByGroupId(groupId))));
		assertEquals(
			2, (int)_rows.read(() -> _surveys().countByGroupId(groupId)));
	}

	@FinderUnderTest(entity = "Survey", finder = "CompanyId")
	@Test
	void findByCompanyIdReturnsEverySiteSurveyOfTheCompanyOnly()
		throws Exception {

		long companyId = _rows.newId();

		Survey first = _survey(companyId, _rows.newId());
		Survey second = _survey(companyId, _rows.newId());

		_survey(_rows.newId(), _rows.newId());

		assertEquals(
			keys(first, second),
			keys(_rows.read(() -> _surveys().findByCompanyId(companyId))));
	}

	@FinderUnderTest(entity = "SurveyQuestion", finder = "SurveyId")
	@Test
	void findBySurveyIdReturnsTheSurveysQuestionsInPositionOrder()
		throws Exception {

		long surveyId = _rows.newId();

		SurveyQuestion third = _question(surveyId, 2);
		SurveyQuestion first = _question(surveyId, 0);
		SurveyQuestion second = _question(surveyId, 1);

		_question(_rows.newId(), 0);

		assertEquals(
			List.of(
				first.getPrimaryKeyObj(), second.getPrimaryKeyObj(),
				third.getPrimaryKeyObj()),
			orderedKeys(
				_rows.read(
					() -> harness.get(
						SurveyQuestionPersistence.class
					).findBySurveyId(
						surveyId
					))));
	}

	private SurveyQuestion _question(long surveyId, int position)
		throws Exception {

		return _rows.surveyQuestion(
			question -> {
				question.setCompanyId(_COMPANY_ID);
				question.setSurveyId(surveyId);
				question.setPosition(position);
			});
	}

	private Survey _survey(long companyId, long groupId) throws Exception {
		return _rows.survey(
			survey -> {
				survey.setCompanyId(companyId);
				survey.setGroupId(groupId);
			});
	}

	private static SurveyPersistence _surveys() {
		return harness.get(SurveyPersistence.class);
	}

	private static final long _COMPANY_ID = 20097;

	private final SurveyRows _rows = new SurveyRows(harness);

}
