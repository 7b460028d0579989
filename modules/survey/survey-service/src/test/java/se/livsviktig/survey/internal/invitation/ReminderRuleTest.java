package se.livsviktig.survey.internal.invitation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.survey.constants.SurveyInvitationConstants;

/**
 * Reminders go every interval after the last mail, at most the dispatch's number, only to sent invitations that
 * are not answered, opted out or expired.
 *
 * @author Livsviktig
 */
class ReminderRuleTest {

	@Test
	void aReminderIsDueTheIntervalAfterTheInvitation() {
		assertTrue(
			_rule.isDue(
				_SENT, 0, _daysAgo(7), null, _inDays(20), _NOW));
		assertFalse(
			_rule.isDue(
				_SENT, 0, _date(_NOW.minus(Duration.ofDays(7)).plusMillis(1)),
				null, _inDays(20), _NOW));
	}

	@Test
	void theNextReminderCountsFromThePreviousOne() {
		assertFalse(
			_rule.isDue(_SENT, 1, _daysAgo(20), _daysAgo(6), _inDays(20), _NOW));
		assertTrue(
			_rule.isDue(_SENT, 1, _daysAgo(20), _daysAgo(7), _inDays(20), _NOW));
	}

	@Test
	void noMoreThanTheMostRemindersAreSent() {
		assertFalse(
			_rule.isDue(_SENT, 2, _daysAgo(30), _daysAgo(8), _inDays(20), _NOW));
	}

	@Test
	void answeredOptedOutPendingAndExpiredInvitationsGetNoReminder() {
		assertFalse(
			_rule.isDue(
				SurveyInvitationConstants.STATUS_ANSWERED, 0, _daysAgo(8), null,
				_inDays(20), _NOW));
		assertFalse(
			_rule.isDue(
				SurveyInvitationConstants.STATUS_OPTED_OUT, 0, _daysAgo(8),
				null, _inDays(20), _NOW));
		assertFalse(
			_rule.isDue(
				SurveyInvitationConstants.STATUS_PENDING, 0, null, null,
				_inDays(20), _NOW));
		assertFalse(
			_rule.isDue(_SENT, 0, _daysAgo(8), null, _date(_NOW), _NOW));
	}

	@Test
	void aDispatchWithoutRemindersSendsNone() {
		assertFalse(
			new ReminderRule(
				7, 0
			).isDue(
				_SENT, 0, _daysAgo(30), null, _inDays(20), _NOW
			));
	}

	private static Date _date(Instant instant) {
		return Date.from(instant);
	}

	private static Date _daysAgo(int days) {
		return _date(_NOW.minus(Duration.ofDays(days)));
	}

	private static Date _inDays(int days) {
		return _date(_NOW.plus(Duration.ofDays(days)));
	}

	private static final Instant _NOW = Instant.parse("2027-05-10T08:00:00Z");

	private static final int _SENT = SurveyInvitationConstants.STATUS_SENT;

	private final ReminderRule _rule = new ReminderRule(7, 2);

}
