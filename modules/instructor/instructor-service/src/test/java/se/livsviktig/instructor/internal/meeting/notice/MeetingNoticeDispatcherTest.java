package se.livsviktig.instructor.internal.meeting.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.service.MeetingNoticeLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * A meeting notice goes to every delivery only when this call claims it (meeting, recipient and sequence), once;
 * a claim that was taken before, or that fails, sends nothing; a failing delivery does not stop the others.
 *
 * @author Livsviktig
 */
public class MeetingNoticeDispatcherTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_dispatcher, "_meetingNoticeLocalService",
			_meetingNoticeLocalService);

		_dispatcher.addMeetingNoticeDelivery(_failingDelivery);
		_dispatcher.addMeetingNoticeDelivery(_delivered::add);
	}

	@Test
	public void aClaimedNoticeGoesToEveryDeliveryOnce() throws Exception {
		when(
			_meetingNoticeLocalService.claimMeetingNotice(
				20097, 20121, 301, 8002, 3, MeetingNoticeKinds.CHANGE)
		).thenReturn(
			true, false
		);
		doThrow(
			new IllegalStateException("SMTP down")
		).when(
			_failingDelivery
		).deliver(
			_NOTICE
		);

		assertTrue(_dispatcher.dispatch(_NOTICE));
		assertFalse(_dispatcher.dispatch(_NOTICE));

		assertEquals(List.of(_NOTICE), _delivered);
		verify(
			_failingDelivery
		).deliver(
			_NOTICE
		);
	}

	@Test
	public void aNoticeWhoseClaimFailsIsNotSent() {
		when(
			_meetingNoticeLocalService.claimMeetingNotice(
				20097, 20121, 301, 8002, 3, MeetingNoticeKinds.CHANGE)
		).thenThrow(
			new RuntimeException("lost the insert race")
		);

		assertFalse(_dispatcher.dispatch(_NOTICE));
		assertEquals(List.of(), _delivered);
	}

	private static final OutgoingMeetingNotice _NOTICE =
		new OutgoingMeetingNotice(
			MeetingNoticeKinds.CHANGE, 20097, 20121, 8002, 3, 301);

	private final List<OutgoingMeetingNotice> _delivered = new ArrayList<>();
	private final MeetingNoticeDispatcher _dispatcher =
		new MeetingNoticeDispatcher();
	private final MeetingNoticeDelivery _failingDelivery = mock(
		MeetingNoticeDelivery.class);
	private final MeetingNoticeLocalService _meetingNoticeLocalService = mock(
		MeetingNoticeLocalService.class);

}
