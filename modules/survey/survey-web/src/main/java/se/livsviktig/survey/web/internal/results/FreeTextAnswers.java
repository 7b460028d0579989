package se.livsviktig.survey.web.internal.results;

import com.liferay.portal.kernel.exception.PortalException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.SurveyQuestionResults;
import se.livsviktig.survey.model.SurveyResults;

/**
 * Reads the free-text answers a results page shows: one call of the results
 * service per free-text question of the page, and none at all for a reader
 * without VIEW_FREE_TEXT, so the page never asks for what it may not show.
 */
public class FreeTextAnswers {

	/**
	 * @return each free-text question's answers, or null when the reader may
	 *         not see free text
	 */
	public static Map<Long, List<String>> read(
			SurveyResults surveyResults, boolean permitted, Source source)
		throws PortalException {

		if (!permitted) {
			return null;
		}

		Map<Long, List<String>> answers = new HashMap<>();

		for (SurveyQuestionResults questionResults :
				surveyResults.getQuestionResults()) {

			if (questionResults.getQuestionType() ==
					SurveyQuestionConstants.TYPE_FREE_TEXT) {

				answers.put(
					questionResults.getSurveyQuestionId(),
					source.answers(questionResults.getSurveyQuestionId()));
			}
		}

		return answers;
	}

	public interface Source {

		public List<String> answers(long surveyQuestionId)
			throws PortalException;

	}

}
