package se.livsviktig.survey.internal.dispatch;

import java.util.Arrays;
import java.util.Date;

import se.livsviktig.survey.constants.SurveyDispatchConstants;

/**
 * What a coordinator sets on a dispatch, as submitted: to whom (a training method, or chosen sessions), when
 * (trigger and delay), for how long (window start and closing date) and how often to remind.
 *
 * @author Livsviktig
 */
public final class DispatchSettings {

	public DispatchSettings(
		long methodId, long[] courseSessionIds, int triggerType, int delayDays,
		Date windowStartDate, Date closeDate, int reminderIntervalDays,
		int maxReminders) {

		_methodId = methodId;
		_courseSessionIds = (courseSessionIds == null) ? new long[0] :
			Arrays.stream(
				courseSessionIds
			).distinct(
			).toArray();
		_triggerType = triggerType;
		_delayDays = delayDays;
		_windowStartDate = windowStartDate;
		_closeDate = closeDate;
		_reminderIntervalDays = reminderIntervalDays;
		_maxReminders = maxReminders;
	}

	public Date getCloseDate() {
		return _closeDate;
	}

	/**
	 * @return the chosen sessions, each once
	 */
	public long[] getCourseSessionIds() {
		return _courseSessionIds.clone();
	}

	public int getDelayDays() {
		return _delayDays;
	}

	public int getMaxReminders() {
		return _maxReminders;
	}

	public long getMethodId() {
		return _methodId;
	}

	public int getReminderIntervalDays() {
		return _reminderIntervalDays;
	}

	public int getTriggerType() {
		return _triggerType;
	}

	public Date getWindowStartDate() {
		return _windowStartDate;
	}

	/**
	 * @return whether the delay is to be the training method's followUpSurveyDays: a follow-up of a method whose
	 *         delay was left at {@link SurveyDispatchConstants#DELAY_DAYS_METHOD_DEFAULT}
	 */
	public boolean isMethodDefaultDelay() {
		if ((_triggerType ==
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION) &&
			(_delayDays == SurveyDispatchConstants.DELAY_DAYS_METHOD_DEFAULT) &&
			(_methodId > 0)) {

			return true;
		}

		return false;
	}

	/**
	 * @return the same settings with the delay given: the method's default, once looked up
	 */
	public DispatchSettings withDelayDays(int delayDays) {
		return new DispatchSettings(
			_methodId, _courseSessionIds, _triggerType, delayDays,
			_windowStartDate, _closeDate, _reminderIntervalDays, _maxReminders);
	}

	private final Date _closeDate;
	private final long[] _courseSessionIds;
	private final int _delayDays;
	private final int _maxReminders;
	private final long _methodId;
	private final int _reminderIntervalDays;
	private final int _triggerType;
	private final Date _windowStartDate;

}
