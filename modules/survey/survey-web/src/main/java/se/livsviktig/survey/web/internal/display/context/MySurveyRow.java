package se.livsviktig.survey.web.internal.display.context;

/**
 * One open invitation in Mina enkäter: the survey, the course it asks about, the day it closes, and the link
 * that opens its form.
 *
 * @author Livsviktig
 */
public class MySurveyRow {

	public MySurveyRow(
		String surveyTitle, String courseTitle, String closesOn,
		String answerURL) {

		_surveyTitle = surveyTitle;
		_courseTitle = courseTitle;
		_closesOn = closesOn;
		_answerURL = answerURL;
	}

	public String getAnswerURL() {
		return _answerURL;
	}

	public String getClosesOn() {
		return _closesOn;
	}

	/**
	 * @return the course's title, or empty when the session is gone (the invitation still stands)
	 */
	public String getCourseTitle() {
		return _courseTitle;
	}

	public String getSurveyTitle() {
		return _surveyTitle;
	}

	private final String _answerURL;
	private final String _closesOn;
	private final String _courseTitle;
	private final String _surveyTitle;

}
