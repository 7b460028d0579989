package se.livsviktig.survey.internal.invitation;

import java.time.Duration;
import java.time.Instant;

import java.util.Date;

import se.livsviktig.survey.constants.SurveyInvitationConstants;

/**
 * When an invitation gets its next reminder: it was sent and is neither answered nor opted out, it has not
 * expired, it has had fewer reminders than the dispatch allows, and the interval has passed since the last mail
 * (the invitation or the previous reminder).
 *
 * @author Livsviktig
 */
public class ReminderRule {

	public ReminderRule(int reminderIntervalDays, int maxReminders) {
		_reminderInterval = Duration.ofDays(reminderIntervalDays);
		_maxReminders = maxReminders;
	}

	public boolean isDue(
		int status, int reminderCount, Date sentDate, Date lastReminderDate,
		Date expirationDate, Instant now) {

		if ((status != SurveyInvitationConstants.STATUS_SENT) ||
			(reminderCount >= _maxReminders) || (sentDate == null) ||
			_reminderInterval.isZero() ||
			!now.isBefore(expirationDate.toInstant())) {

			return false;
		}

		Date lastMailDate = sentDate;

		if (lastReminderDate != null) {
			lastMailDate = lastReminderDate;
		}

		return !now.isBefore(lastMailDate.toInstant().plus(_reminderInterval));
	}

	/**
	 * @return the latest moment the previous mail may have gone for a reminder to be due now: a finder bound, so
	 *         the job reads only the invitations this rule may pass
	 */
	public Date lastMailDueBy(Instant now) {
		return Date.from(now.minus(_reminderInterval));
	}

	private final int _maxReminders;
	private final Duration _reminderInterval;

}
