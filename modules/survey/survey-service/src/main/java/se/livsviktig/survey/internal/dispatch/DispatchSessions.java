package se.livsviktig.survey.internal.dispatch;

import com.liferay.counter.kernel.service.CounterLocalService;

import java.util.Arrays;
import java.util.List;

import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyDispatchSession;
import se.livsviktig.survey.service.persistence.SurveyDispatchSessionPersistence;

/**
 * The chosen sessions of a dispatch, one row each: replacing them keeps the rows of sessions still chosen, adds the
 * new ones and removes the rest.
 *
 * @author Livsviktig
 */
public class DispatchSessions {

	public DispatchSessions(
		SurveyDispatchSessionPersistence surveyDispatchSessionPersistence,
		CounterLocalService counterLocalService) {

		_surveyDispatchSessionPersistence = surveyDispatchSessionPersistence;
		_counterLocalService = counterLocalService;
	}

	public long[] getCourseSessionIds(long surveyDispatchId) {
		return _surveyDispatchSessionPersistence.findBySurveyDispatchId(
			surveyDispatchId
		).stream(
		).mapToLong(
			SurveyDispatchSession::getCourseSessionId
		).sorted(
		).toArray();
	}

	/**
	 * @param courseSessionIds the sessions chosen now, each once
	 */
	public void replace(SurveyDispatch surveyDispatch, long[] courseSessionIds) {
		List<SurveyDispatchSession> surveyDispatchSessions =
			_surveyDispatchSessionPersistence.findBySurveyDispatchId(
				surveyDispatch.getSurveyDispatchId());

		for (SurveyDispatchSession surveyDispatchSession :
				surveyDispatchSessions) {

			if (!_contains(
					courseSessionIds,
					surveyDispatchSession.getCourseSessionId())) {

				_surveyDispatchSessionPersistence.remove(surveyDispatchSession);
			}
		}

		for (long courseSessionId : courseSessionIds) {
			if (_surveyDispatchSessionPersistence.fetchByD_S(
					surveyDispatch.getSurveyDispatchId(), courseSessionId) !=
						null) {

				continue;
			}

			SurveyDispatchSession surveyDispatchSession =
				_surveyDispatchSessionPersistence.create(
					_counterLocalService.increment());

			surveyDispatchSession.setCompanyId(surveyDispatch.getCompanyId());
			surveyDispatchSession.setSurveyDispatchId(
				surveyDispatch.getSurveyDispatchId());
			surveyDispatchSession.setCourseSessionId(courseSessionId);

			_surveyDispatchSessionPersistence.update(surveyDispatchSession);
		}
	}

	private static boolean _contains(long[] values, long value) {
		return Arrays.stream(
			values
		).anyMatch(
			candidate -> candidate == value
		);
	}

	private final CounterLocalService _counterLocalService;
	private final SurveyDispatchSessionPersistence
		_surveyDispatchSessionPersistence;

}
