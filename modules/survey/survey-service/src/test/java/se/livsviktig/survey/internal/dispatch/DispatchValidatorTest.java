package se.livsviktig.survey.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.function.LongPredicate;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.exception.SurveyDispatchException;

/**
 * Each rule of a dispatch's settings refuses with its own reason, and settings that keep every rule pass.
 *
 * @author Livsviktig
 */
class DispatchValidatorTest {

	@Test
	void aFollowUpOfAMethodLeftAtTheDefaultTakesTheMethodsDelay() {
		assertTrue(
			_settings(
				_MHFA, _NO_SESSIONS,
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION,
				SurveyDispatchConstants.DELAY_DAYS_METHOD_DEFAULT, 7, 2
			).isMethodDefaultDelay());
		assertFalse(
			_settings(
				0, new long[] {11},
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION,
				SurveyDispatchConstants.DELAY_DAYS_METHOD_DEFAULT, 7, 2
			).isMethodDefaultDelay());
	}

	@Test
	void aMethodAndSessionsTogetherAreRefused() {
		_assertRefused(
			DispatchValidator.METHOD_OR_SESSIONS,
			_settings(_MHFA, new long[] {11}, _AFTER_LAST_DATE, 0, 7, 2));
	}

	@Test
	void aMethodOfAnotherCompanyIsRefused() {
		_assertRefused(
			DispatchValidator.METHOD_OF_COMPANY,
			_settings(77, _NO_SESSIONS, _AFTER_LAST_DATE, 0, 7, 2));
	}

	@Test
	void aFollowUpOfAMethodMayLeaveTheDelayToTheMethod()
		throws SurveyDispatchException {

		_validator.validate(
			SurveyConstants.STATUS_ACTIVE,
			_settings(
				_MHFA, _NO_SESSIONS,
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION,
				SurveyDispatchConstants.DELAY_DAYS_METHOD_DEFAULT, 7, 2),
			_OURS, _OURS);
	}

	@Test
	void aDispatchIsActivePausedOrClosedAndActiveOnlyWithItsSurvey()
		throws SurveyDispatchException {

		_validator.validateStatus(
			SurveyConstants.STATUS_ARCHIVED,
			SurveyDispatchConstants.STATUS_CLOSED);

		SurveyDispatchException unknown = assertThrows(
			SurveyDispatchException.class,
			() -> _validator.validateStatus(
				SurveyConstants.STATUS_ACTIVE, 9));

		assertEquals(DispatchValidator.STATUS, unknown.getMessage());

		SurveyDispatchException archived = assertThrows(
			SurveyDispatchException.class,
			() -> _validator.validateStatus(
				SurveyConstants.STATUS_ARCHIVED,
				SurveyDispatchConstants.STATUS_ACTIVE));

		assertEquals(DispatchValidator.SURVEY_NOT_ACTIVE, archived.getMessage());
	}

	@Test
	void aNegativeDelayIsRefused() {
		_assertRefused(
			DispatchValidator.DELAY_DAYS,
			_settings(
				0, new long[] {11},
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION,
				SurveyDispatchConstants.DELAY_DAYS_METHOD_DEFAULT, 7, 2));
	}

	@Test
	void aSessionOfAnotherCompanyIsRefused() {
		_assertRefused(
			DispatchValidator.SESSIONS_OF_COMPANY,
			_settings(0, new long[] {11, 99}, _AFTER_LAST_DATE, 0, 7, 2));
	}

	@Test
	void aSurveyThatIsNotActiveCannotBeSent() {
		SurveyDispatchException surveyDispatchException = assertThrows(
			SurveyDispatchException.class,
			() -> _validator.validate(
				SurveyConstants.STATUS_DRAFT,
				_settings(_MHFA, _NO_SESSIONS, _AFTER_LAST_DATE, 0, 7, 2),
				_OURS, _OURS));

		assertEquals(
			DispatchValidator.SURVEY_NOT_ACTIVE,
			surveyDispatchException.getMessage());
	}

	@Test
	void anUnknownTriggerIsRefused() {
		_assertRefused(
			DispatchValidator.TRIGGER,
			_settings(_MHFA, _NO_SESSIONS, 7, 0, 7, 2));
	}

	@Test
	void aClosingDateNotAfterTheWindowStartIsRefused() {
		_assertRefused(
			DispatchValidator.CLOSE_DATE,
			new DispatchSettings(
				_MHFA, _NO_SESSIONS, _AFTER_LAST_DATE, 0, _START, _START, 7,
				2));
		_assertRefused(
			DispatchValidator.CLOSE_DATE,
			new DispatchSettings(
				_MHFA, _NO_SESSIONS, _AFTER_LAST_DATE, 0, _START, null, 7, 2));
	}

	@Test
	void neitherAMethodNorSessionsIsRefused() {
		_assertRefused(
			DispatchValidator.METHOD_OR_SESSIONS,
			_settings(0, _NO_SESSIONS, _AFTER_LAST_DATE, 0, 7, 2));
	}

	@Test
	void remindersNeedAnIntervalOfAtLeastOneDay() {
		_assertRefused(
			DispatchValidator.REMINDER_INTERVAL,
			_settings(_MHFA, _NO_SESSIONS, _AFTER_LAST_DATE, 0, 0, 1));
	}

	@Test
	void settingsThatKeepEveryRulePass() throws SurveyDispatchException {
		_validator.validate(
			SurveyConstants.STATUS_ACTIVE,
			_settings(_MHFA, _NO_SESSIONS, _AFTER_LAST_DATE, 0, 7, 5), _OURS,
			_OURS);
		_validator.validate(
			SurveyConstants.STATUS_ACTIVE,
			_settings(
				0, new long[] {11, 12},
				SurveyDispatchConstants.TRIGGER_DAYS_AFTER_COMPLETION, 180, 0,
				0),
			_OURS, _OURS);
	}

	@Test
	void zeroToFiveRemindersAreAllowed() {
		_assertRefused(
			DispatchValidator.MAX_REMINDERS,
			_settings(_MHFA, _NO_SESSIONS, _AFTER_LAST_DATE, 0, 7, 6));
		_assertRefused(
			DispatchValidator.MAX_REMINDERS,
			_settings(_MHFA, _NO_SESSIONS, _AFTER_LAST_DATE, 0, 7, -1));
	}

	private static DispatchSettings _settings(
		long methodId, long[] courseSessionIds, int triggerType, int delayDays,
		int reminderIntervalDays, int maxReminders) {

		return new DispatchSettings(
			methodId, courseSessionIds, triggerType, delayDays, _START,
			new Date(_START.getTime() + 86_400_000L), reminderIntervalDays,
			maxReminders);
	}

	private void _assertRefused(
		String reason, DispatchSettings dispatchSettings) {

		SurveyDispatchException surveyDispatchException = assertThrows(
			SurveyDispatchException.class,
			() -> _validator.validate(
				SurveyConstants.STATUS_ACTIVE, dispatchSettings, _OURS, _OURS));

		assertEquals(reason, surveyDispatchException.getMessage());
	}

	private static final int _AFTER_LAST_DATE =
		SurveyDispatchConstants.TRIGGER_AFTER_LAST_DATE;

	private static final long _MHFA = 31;

	private static final long[] _NO_SESSIONS = new long[0];

	private static final LongPredicate _OURS = courseSessionId ->
		courseSessionId < 50;

	private static final Date _START = new Date(1_900_000_000_000L);

	private final DispatchValidator _validator = new DispatchValidator();

}
