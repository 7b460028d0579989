/**
 * SPDX-FileCopyrightText: (c) 2026 Liferay, Inc. https://liferay.com
 * SPDX-License-Identifier: LGPL-2.1-or-later OR LicenseRef-Liferay-DXP-EULA-2.0.0-2023-06
 */

package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.dao.orm.Session;
import com.liferay.portal.kernel.exception.PortalException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.configuration.SurveyCompanyConfiguration;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.NoSuchSurveyQuestionException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.base.SurveyResultsLocalServiceBaseImpl;
import se.livsviktig.survey.service.internal.results.CellSuppression;
import se.livsviktig.survey.service.internal.results.CourseSessionSurveysQuery;
import se.livsviktig.survey.service.internal.results.FreeTextGroups;
import se.livsviktig.survey.service.internal.results.ResultsGroupKey;
import se.livsviktig.survey.service.internal.results.ResultsQuestion;
import se.livsviktig.survey.service.internal.results.ResultsQuestions;
import se.livsviktig.survey.service.internal.results.SurveyResultsAssembler;
import se.livsviktig.survey.service.internal.results.SurveyResultsSql;
import se.livsviktig.survey.service.internal.results.SurveyResultsStatements;

/**
 * A survey's results: two statements for the whole page (answer counts per
 * question, value and group; respondents and invited per group), then
 * suppression with the company's minimum respondents, so a suppressed count
 * never leaves this service.
 */
@Component(
	property = "model.class.name=se.livsviktig.survey.model.SurveyResults",
	service = AopService.class
)
public class SurveyResultsLocalServiceImpl
	extends SurveyResultsLocalServiceBaseImpl {

	/**
	 * The surveys that have responses from the session, oldest first, in one
	 * statement: the ones an instructor of that session can read results of.
	 */
	@Override
	public List<Survey> getCourseSessionSurveys(
		long companyId, long courseSessionId) {

		return surveyPersistence.dslQuery(
			CourseSessionSurveysQuery.select(companyId, courseSessionId));
	}

	/**
	 * Free-text answers of one question, from the groups whose respondents
	 * the page shows and that have at least the minimum, in text order (the
	 * order of answering would say who wrote what).
	 *
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 */
	@Override
	public List<String> getFreeTextAnswers(
			long surveyId, long surveyQuestionId, SurveyResultsQuery query,
			long[] courseSessionIds)
		throws PortalException {

		SurveyQuestion surveyQuestion =
			surveyQuestionPersistence.findByPrimaryKey(surveyQuestionId);

		if ((surveyQuestion.getSurveyId() != surveyId) ||
			(surveyQuestion.getQuestionType() !=
				SurveyQuestionConstants.TYPE_FREE_TEXT)) {

			throw new NoSuchSurveyQuestionException(
				"No free-text question " + surveyQuestionId + " in survey " +
					surveyId);
		}

		SurveyResults surveyResults = getSurveyResults(
			surveyId, query, courseSessionIds);

		Set<ResultsGroupKey> shownGroups = FreeTextGroups.shown(
			surveyResults, surveyQuestionId);

		if (shownGroups.isEmpty()) {
			return Collections.emptyList();
		}

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		List<String> answers = new ArrayList<>();

		Session session = surveyAnswerPersistence.openSession();

		try {
			for (Map.Entry<ResultsGroupKey, String> entry :
					new SurveyResultsStatements(
						session
					).freeTextAnswers(
						new SurveyResultsSql(
							survey.getCompanyId(), surveyId, query,
							courseSessionIds, new long[0], new long[0]),
						surveyQuestionId
					)) {

				if (shownGroups.contains(entry.getKey())) {
					answers.add(entry.getValue());
				}
			}
		}
		finally {
			surveyAnswerPersistence.closeSession(session);
		}

		Collections.sort(answers);

		return answers;
	}

	@Override
	public SurveyResults getSurveyResults(
			long surveyId, SurveyResultsQuery query)
		throws PortalException {

		return getSurveyResults(surveyId, query, null);
	}

	/**
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 *        for all
	 */
	@Override
	public SurveyResults getSurveyResults(
			long surveyId, SurveyResultsQuery query, long[] courseSessionIds)
		throws PortalException {

		Survey survey = surveyPersistence.findByPrimaryKey(surveyId);

		List<ResultsQuestion> questions = ResultsQuestions.of(
			surveyQuestionPersistence.findBySurveyId(surveyId));

		SurveyResultsAssembler surveyResultsAssembler =
			new SurveyResultsAssembler(
				new CellSuppression(
					_configurationProvider.getCompanyConfiguration(
						SurveyCompanyConfiguration.class, survey.getCompanyId()
					).minimumRespondents()));

		if ((courseSessionIds != null) && (courseSessionIds.length == 0)) {
			return surveyResultsAssembler.assemble(
				surveyId, query, questions, Collections.emptyMap(),
				Collections.emptyMap());
		}

		Map<Long, ResultsQuestion> questionsById = new HashMap<>();

		List<Long> countedQuestionIds = new ArrayList<>();
		List<Long> respondentQuestionIds = new ArrayList<>();

		for (ResultsQuestion question : questions) {
			questionsById.put(question.getSurveyQuestionId(), question);

			if (!question.isFreeText()) {
				countedQuestionIds.add(question.getSurveyQuestionId());
			}

			if (!question.isRowsAdditive()) {
				respondentQuestionIds.add(question.getSurveyQuestionId());
			}
		}

		SurveyResultsSql sql = new SurveyResultsSql(
			survey.getCompanyId(), surveyId, query, courseSessionIds,
			_toArray(countedQuestionIds), _toArray(respondentQuestionIds));

		Session session = surveyAnswerPersistence.openSession();

		try {
			SurveyResultsStatements surveyResultsStatements =
				new SurveyResultsStatements(session);

			return surveyResultsAssembler.assemble(
				surveyId, query, questions,
				surveyResultsStatements.groupCounts(sql),
				surveyResultsStatements.distributions(sql, questionsById));
		}
		finally {
			surveyAnswerPersistence.closeSession(session);
		}
	}

	private static long[] _toArray(List<Long> ids) {
		return ids.stream(
		).mapToLong(
			Long::longValue
		).toArray();
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

}
