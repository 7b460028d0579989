package se.livsviktig.survey.internal.invitation;

import java.util.Date;

import se.livsviktig.survey.model.Survey;

/**
 * One mail the invitation job claimed and now delivers: the invitation, the invitee, the survey, the link's token
 * (in memory only; the database holds its hash) and whether it is a reminder.
 *
 * @author Livsviktig
 */
public final class InvitationMailing {

	public InvitationMailing(
		long surveyInvitationId, long userId, Survey survey, Date closeDate,
		String token, boolean reminder, String answerPageURL,
		String mySurveysURL) {

		_surveyInvitationId = surveyInvitationId;
		_userId = userId;
		_survey = survey;
		_closeDate = closeDate;
		_token = token;
		_reminder = reminder;
		_answerPageURL = answerPageURL;
		_mySurveysURL = mySurveysURL;
	}

	/**
	 * @return the company's answer page, or empty when none is set
	 */
	public String getAnswerPageURL() {
		return _answerPageURL;
	}

	public Date getCloseDate() {
		return _closeDate;
	}

	public long getCompanyId() {
		return _survey.getCompanyId();
	}

	/**
	 * @return the company's "Mina enkäter" page, or empty when none is set
	 */
	public String getMySurveysURL() {
		return _mySurveysURL;
	}

	public Survey getSurvey() {
		return _survey;
	}

	public long getSurveyInvitationId() {
		return _surveyInvitationId;
	}

	public String getToken() {
		return _token;
	}

	public long getUserId() {
		return _userId;
	}

	public boolean isReminder() {
		return _reminder;
	}

	@Override
	public String toString() {
		return "{surveyInvitationId=" + _surveyInvitationId + ", reminder=" +
			_reminder + "}";
	}

	private final String _answerPageURL;
	private final Date _closeDate;
	private final String _mySurveysURL;
	private final boolean _reminder;
	private final Survey _survey;
	private final long _surveyInvitationId;
	private final String _token;
	private final long _userId;

}
