package se.livsviktig.survey.web.internal.instructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import se.livsviktig.survey.model.Survey;

/**
 * The surveys answered in a session an instructor taught, and which of them
 * the page shows: the one asked for, or the first when none (or one not of
 * this session) was asked for, so a link never opens another session's
 * survey.
 */
public class TaughtSessionSurveys {

	/**
	 * @param surveys the session's surveys, as the results service lists them
	 * @param surveyId the survey asked for, or 0
	 * @param surveyURLs the page's URL of a survey id
	 */
	public TaughtSessionSurveys(
		List<Survey> surveys, long surveyId, Locale locale,
		LongFunction<String> surveyURLs) {

		Survey chosen = surveys.isEmpty() ? null : surveys.get(0);

		for (Survey survey : surveys) {
			if (survey.getSurveyId() == surveyId) {
				chosen = survey;
			}
		}

		_chosenSurvey = chosen;

		for (Survey survey : surveys) {
			_choices.add(
				new Choice(
					survey.getTitle(locale),
					surveyURLs.apply(survey.getSurveyId()), survey == chosen));
		}
	}

	public Survey getChosenSurvey() {
		return _chosenSurvey;
	}

	public List<Choice> getChoices() {
		return _choices;
	}

	public static class Choice {

		public String getTitle() {
			return _title;
		}

		public String getURL() {
			return _url;
		}

		public boolean isChosen() {
			return _chosen;
		}

		private Choice(String title, String url, boolean chosen) {
			_title = title;
			_url = url;
			_chosen = chosen;
		}

		private final boolean _chosen;
		private final String _title;
		private final String _url;

	}

	private final List<Choice> _choices = new ArrayList<>();
	private final Survey _chosenSurvey;

}
