package se.livsviktig.survey.internal.dispatch;

import java.time.Duration;
import java.time.Instant;

import java.util.Date;

/**
 * Which completions a dispatch invites at a given moment: those in [from, to) of training's completed
 * registrations. A completion is due when the session's last date ended at least the dispatch's delay ago (an
 * evaluation's delay is usually none: the day after the course; a follow-up's is the method's
 * followUpSurveyDays); completions before the dispatch's window start are never invited. Once the dispatch has
 * closed nothing is due: its invitations would expire before anyone could answer.
 *
 * @author Livsviktig
 */
public final class InvitationWindow {

	/**
	 * @return the window, or <code>null</code> when nothing can be due now
	 */
	public static InvitationWindow at(
		Instant now, int delayDays, Date windowStartDate, Date closeDate) {

		if (!now.isBefore(closeDate.toInstant())) {
			return null;
		}

		Instant from = windowStartDate.toInstant();

		// A completion exactly delayDays ago is due: the window's end is exclusive, so it ends a moment later

		Instant to = now.minus(
			Duration.ofDays(delayDays)
		).plusMillis(
			1
		);

		if (!from.isBefore(to)) {
			return null;
		}

		return new InvitationWindow(Date.from(from), Date.from(to));
	}

	public Date getFrom() {
		return new Date(_from.getTime());
	}

	public Date getTo() {
		return new Date(_to.getTime());
	}

	private InvitationWindow(Date from, Date to) {
		_from = from;
		_to = to;
	}

	private final Date _from;
	private final Date _to;

}
