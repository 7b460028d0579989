package se.livsviktig.survey.internal.dispatch;

import java.util.function.LongPredicate;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.exception.SurveyDispatchException;

/**
 * The rules of a dispatch's settings. Each refusal is a {@link SurveyDispatchException} whose message is the
 * Language key (survey service's content/Language*.properties) that tells the coordinator what to correct, one
 * reason per rule, checked in the order of the form.
 *
 * @author Livsviktig
 */
public class DispatchValidator {

	public static final String CLOSE_DATE =
		"enter-a-closing-date-after-the-first-completion-date";

	public static final String DELAY_DAYS =
		"enter-the-days-after-completion-as-0-or-more";

	public static final String MAX_REMINDERS = "enter-0-to-5-reminders";

	public static final String METHOD_OF_COMPANY =
		"choose-a-training-method-of-this-intranet";

	public static final String METHOD_OR_SESSIONS =
		"choose-a-training-method-or-sessions-not-both";

	public static final String REMINDER_INTERVAL =
		"enter-the-days-between-reminders-as-1-or-more";

	public static final String STATUS = "choose-active-paused-or-closed";

	public static final String SESSIONS_OF_COMPANY =
		"choose-sessions-of-this-intranet";

	public static final String SURVEY_NOT_ACTIVE =
		"only-an-active-survey-can-be-sent";

	public static final String TRIGGER = "choose-when-the-survey-is-sent";

	/**
	 * @param methodOfCompany whether a training method id is a method of the dispatch's company
	 * @param sessionOfCompany whether a session id is a session of the dispatch's company
	 */
	public void validate(
			int surveyStatus, DispatchSettings dispatchSettings,
			LongPredicate methodOfCompany, LongPredicate sessionOfCompany)
		throws SurveyDispatchException {

		if (surveyStatus != SurveyConstants.STATUS_ACTIVE) {
			throw new SurveyDispatchException(SURVEY_NOT_ACTIVE);
		}

		long[] courseSessionIds = dispatchSettings.getCourseSessionIds();

		if ((dispatchSettings.getMethodId() > 0) ==
				(courseSessionIds.length > 0)) {

			throw new SurveyDispatchException(METHOD_OR_SESSIONS);
		}

		if ((dispatchSettings.getMethodId() > 0) &&
			!methodOfCompany.test(dispatchSettings.getMethodId())) {

			throw new SurveyDispatchException(METHOD_OF_COMPANY);
		}

		for (long courseSessionId : courseSessionIds) {
			if (!sessionOfCompany.test(courseSessionId)) {
				throw new SurveyDispatchException(SESSIONS_OF_COMPANY);
			}
		}

		int triggerType = dispatchSettings.getTriggerType();

		if ((triggerType != SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE) &&
			(triggerType !=
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION)) {

			throw new SurveyDispatchException(TRIGGER);
		}

		if ((dispatchSettings.getDelayDays() < 0) &&
			!dispatchSettings.isMethodDefaultDelay()) {
			throw new SurveyDispatchException(DELAY_DAYS);
		}

		if ((dispatchSettings.getWindowStartDate() == null) ||
			(dispatchSettings.getCloseDate() == null) ||
			!dispatchSettings.getCloseDate(
			).after(
				dispatchSettings.getWindowStartDate()
			)) {

			throw new SurveyDispatchException(CLOSE_DATE);
		}

		if ((dispatchSettings.getMaxReminders() < 0) ||
			(dispatchSettings.getMaxReminders() >
				SurveyDispatchConstants.MAX_REMINDERS)) {

			throw new SurveyDispatchException(MAX_REMINDERS);
		}

		if ((dispatchSettings.getMaxReminders() > 0) &&
			(dispatchSettings.getReminderIntervalDays() < 1)) {

			throw new SurveyDispatchException(REMINDER_INTERVAL);
		}
	}

	/**
	 * A dispatch is active, paused or closed; it can be active only while its survey is.
	 */
	public void validateStatus(int surveyStatus, int status)
		throws SurveyDispatchException {

		if ((status != SurveyDispatchConstants.STATUS_ACTIVE) &&
			(status != SurveyDispatchConstants.STATUS_PAUSED) &&
			(status != SurveyDispatchConstants.STATUS_CLOSED)) {

			throw new SurveyDispatchException(STATUS);
		}

		if ((status == SurveyDispatchConstants.STATUS_ACTIVE) &&
			(surveyStatus != SurveyConstants.STATUS_ACTIVE)) {

			throw new SurveyDispatchException(SURVEY_NOT_ACTIVE);
		}
	}

}
