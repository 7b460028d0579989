package se.livsviktig.survey.internal.survey;

import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;

/**
 * A survey with a response is locked: its questions, their order and its anonymity stay as they were answered, or
 * the results would mix answers to different questions (and a response given anonymously would gain a name). The
 * way to change it is a copy ({@code copySurvey}), a new draft.
 *
 * @author Livsviktig
 */
public class SurveyLock {

	public SurveyLock(SurveyResponsePersistence surveyResponsePersistence) {
		_surveyResponsePersistence = surveyResponsePersistence;
	}

	public void checkUnlocked(long surveyId) throws SurveyLockedException {
		if (isLocked(surveyId)) {
			throw new SurveyLockedException(
				"Survey " + surveyId + " has responses; copy it to change it");
		}
	}

	public boolean isLocked(long surveyId) {
		if (_surveyResponsePersistence.countBySurveyId(surveyId) > 0) {
			return true;
		}

		return false;
	}

	private final SurveyResponsePersistence _surveyResponsePersistence;

}
