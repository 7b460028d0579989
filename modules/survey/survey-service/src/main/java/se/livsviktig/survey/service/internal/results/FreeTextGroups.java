package se.livsviktig.survey.service.internal.results;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

import se.livsviktig.survey.model.SurveyDistribution;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;
import se.livsviktig.survey.model.SurveyResultsGroup;

/**
 * The groups whose free-text answers a page may show: those where both the
 * group's respondents and the question's respondents are shown and at least
 * the minimum. A group below it, or one hidden as a complement, shows no
 * text: a list of answers is a count too, and a few answers in a small group
 * can be recognised.
 */
public class FreeTextGroups {

	public static Set<ResultsGroupKey> shown(
		SurveyResults surveyResults, long surveyQuestionId) {

		Set<ResultsGroupKey> keys = new HashSet<>();

		SurveyQuestionResults questionResults = null;

		for (SurveyQuestionResults candidate :
				surveyResults.getQuestionResults()) {

			if (candidate.getSurveyQuestionId() == surveyQuestionId) {
				questionResults = candidate;
			}
		}

		if (questionResults == null) {
			return keys;
		}

		List<SurveyResultsGroup> groups = surveyResults.getGroups();
		List<SurveyDistribution> distributions =
			questionResults.getGroupDistributions();

		for (int i = 0; i < groups.size(); i++) {
			SurveyResultsGroup group = groups.get(i);

			if (_atLeast(
					group.getRespondents(),
					surveyResults.getMinimumRespondents()) &&
				_atLeast(
					distributions.get(
						i
					).getRespondents(),
					surveyResults.getMinimumRespondents())) {

				keys.add(
					new ResultsGroupKey(
						group.getMethodId(), group.getCourseSessionId(),
						group.getOrganizationId(), group.getPeriod()));
			}
		}

		return keys;
	}

	private static boolean _atLeast(OptionalLong count, int minimum) {
		if (count.isPresent() && (count.getAsLong() >= minimum)) {
			return true;
		}

		return false;
	}

}
