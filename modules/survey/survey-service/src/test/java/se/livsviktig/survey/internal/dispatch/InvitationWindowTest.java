package se.livsviktig.survey.internal.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import java.util.Date;

import org.junit.jupiter.api.Test;

/**
 * Which completions a dispatch invites now: those whose session ended at least the delay ago and not before the
 * window's start; nothing once the dispatch has closed.
 *
 * @author Livsviktig
 */
class InvitationWindowTest {

	@Test
	void aCompletionExactlyTheDelayAgoIsDueAndOneAMomentLaterIsNot() {
		InvitationWindow invitationWindow = InvitationWindow.at(
			_NOW, 180, _date(_NOW.minus(Duration.ofDays(400))),
			_date(_NOW.plus(Duration.ofDays(30))));

		Instant dueNow = _NOW.minus(Duration.ofDays(180));

		assertEquals(
			dueNow.plusMillis(1), invitationWindow.getTo().toInstant());
	}

	@Test
	void anEvaluationInvitesEverySessionThatHasEnded() {
		InvitationWindow invitationWindow = InvitationWindow.at(
			_NOW, 0, _date(_NOW.minus(Duration.ofDays(10))),
			_date(_NOW.plus(Duration.ofDays(30))));

		assertEquals(
			_NOW.minus(Duration.ofDays(10)),
			invitationWindow.getFrom().toInstant());
		assertEquals(_NOW.plusMillis(1), invitationWindow.getTo().toInstant());
	}

	@Test
	void nothingIsDueOnceTheDispatchHasClosed() {
		assertNull(
			InvitationWindow.at(
				_NOW, 0, _date(_NOW.minus(Duration.ofDays(10))), _date(_NOW)));
	}

	@Test
	void nothingIsDueWhileTheDelayHasNotPassedSinceTheWindowStart() {
		assertNull(
			InvitationWindow.at(
				_NOW, 180, _date(_NOW.minus(Duration.ofDays(30))),
				_date(_NOW.plus(Duration.ofDays(300)))));
	}

	private static Date _date(Instant instant) {
		return Date.from(instant);
	}

	private static final Instant _NOW = Instant.parse("2027-05-10T08:00:00Z");

}
