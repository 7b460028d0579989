package se.livsviktig.careprogram.service.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.careprogram.service.ReviewNoticeLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * A notice goes to every delivery once, after it is claimed; a notice claimed before, or by another node, goes
 * nowhere.
 *
 * @author Livsviktig
 */
public class ReviewNoticeDispatcherTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_dispatcher, "_reviewNoticeLocalService",
			InMemoryReviewNotices.create());

		_dispatcher.addReviewNoticeDelivery(_bell);
		_dispatcher.addReviewNoticeDelivery(_email);
	}

	@Test
	public void aFailingDeliveryDoesNotStopTheOthers() {
		_dispatcher.removeReviewNoticeDelivery(_bell);
		_dispatcher.addReviewNoticeDelivery(
			outgoingReviewNotice -> {
				throw new Exception("mail server down");
			});
		_dispatcher.addReviewNoticeDelivery(_bell);

		assertTrue(_dispatcher.dispatch(_notice(ReviewNoticeKind.DUE, "e1")));

		assertEquals(List.of("DUE e1"), _bell.sent);
		assertEquals(List.of("DUE e1"), _email.sent);
	}

	@Test
	public void aNoticeAnotherNodeClaimedFirstIsNotDelivered() throws Exception {
		ReviewNoticeLocalService reviewNoticeLocalService = mock(
			ReviewNoticeLocalService.class);

		when(
			reviewNoticeLocalService.claimReviewNotice(
				anyLong(), anyLong(), anyLong(), anyLong(), anyInt(),
				anyString())
		).thenReturn(
			false
		);

		Fields.set(
			_dispatcher, "_reviewNoticeLocalService", reviewNoticeLocalService);

		assertFalse(_dispatcher.dispatch(_notice(ReviewNoticeKind.DUE, "e1")));

		assertEquals(List.of(), _bell.sent);
		assertEquals(List.of(), _email.sent);
	}

	@Test
	public void aNoticeIsClaimedAndDeliveredByBellAndEmailOncePerEpisode() {
		assertTrue(_dispatcher.dispatch(_notice(ReviewNoticeKind.DUE, "e1")));
		assertFalse(_dispatcher.dispatch(_notice(ReviewNoticeKind.DUE, "e1")));
		assertTrue(_dispatcher.dispatch(_notice(ReviewNoticeKind.DUE, "e2")));
		assertTrue(
			_dispatcher.dispatch(_notice(ReviewNoticeKind.DUE_SOON, "e1")));

		assertEquals(List.of("DUE e1", "DUE e2", "DUE_SOON e1"), _bell.sent);
		assertEquals(List.of("DUE e1", "DUE e2", "DUE_SOON e1"), _email.sent);
	}

	private static OutgoingReviewNotice _notice(
		ReviewNoticeKind reviewNoticeKind, String episodeKey) {

		return new OutgoingReviewNotice(
			1, 2, 10, 20, new Date(),
			new PlannedReviewNotice(reviewNoticeKind, 42, episodeKey));
	}

	private final RecordingDelivery _bell = new RecordingDelivery();
	private final ReviewNoticeDispatcher _dispatcher =
		new ReviewNoticeDispatcher();
	private final RecordingDelivery _email = new RecordingDelivery();

	private static class RecordingDelivery implements ReviewNoticeDelivery {

		@Override
		public void deliver(OutgoingReviewNotice outgoingReviewNotice) {
			sent.add(
				outgoingReviewNotice.getReviewNoticeKind() + " " +
					outgoingReviewNotice.getEpisodeKey());
		}

		public final List<String> sent = new ArrayList<>();

	}

}
