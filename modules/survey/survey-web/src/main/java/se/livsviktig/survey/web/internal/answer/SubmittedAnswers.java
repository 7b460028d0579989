package se.livsviktig.survey.web.internal.answer;

import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.Validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.livsviktig.survey.web.internal.display.context.QuestionView;

/**
 * The answers of a sent form as the response service takes them: question id to the values sent under
 * {@code answer<questionId>}, blank values left out (an unanswered question is simply absent, so the service
 * decides whether it was required). Other parameters, and names whose id is not a number, are not answers.
 *
 * @author Livsviktig
 */
public class SubmittedAnswers {

	public static Map<Long, String[]> of(Map<String, String[]> parameterMap) {
		Map<Long, String[]> answers = new TreeMap<>();

		for (Map.Entry<String, String[]> entry : parameterMap.entrySet()) {
			String name = entry.getKey();

			if (!name.startsWith(QuestionView.FIELD_NAME_PREFIX)) {
				continue;
			}

			long surveyQuestionId = GetterUtil.getLong(
				name.substring(QuestionView.FIELD_NAME_PREFIX.length()));

			if (surveyQuestionId <= 0) {
				continue;
			}

			List<String> values = new ArrayList<>();

			for (String value : entry.getValue()) {
				if (Validator.isNotNull(value) &&
					Validator.isNotNull(value.trim())) {

					values.add(value);
				}
			}

			if (!values.isEmpty()) {
				answers.put(surveyQuestionId, values.toArray(new String[0]));
			}
		}

		return answers;
	}

	private SubmittedAnswers() {
	}

}
