package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.service.InstructorNoticeLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * A notice goes to every delivery once, after it is claimed; a notice claimed before goes nowhere.
 *
 * @author Livsviktig
 */
public class CertificationNoticeDispatcherTest {

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_dispatcher, "_instructorNoticeLocalService",
			InMemoryInstructorNotices.create());

		_dispatcher.addCertificationNoticeDelivery(_bell);
		_dispatcher.addCertificationNoticeDelivery(_email);
	}

	@Test
	public void aNoticeIsClaimedAndDeliveredByBellAndEmailOnce() {
		assertTrue(_dispatcher.dispatch(_notice("expiry-90")));
		assertFalse(_dispatcher.dispatch(_notice("expiry-90")));

		assertEquals(List.of("expiry-90"), _bell.kinds);
		assertEquals(List.of("expiry-90"), _email.kinds);
	}

	@Test
	public void eachKindOfNoticeIsClaimedOnItsOwn() {
		assertTrue(_dispatcher.dispatch(_notice("expiry-90")));
		assertTrue(_dispatcher.dispatch(_notice("expiry-30")));
		assertTrue(_dispatcher.dispatch(_notice("lapsed")));

		assertEquals(List.of("expiry-90", "expiry-30", "lapsed"), _email.kinds);
	}

	@Test
	public void aNoticeAnotherNodeClaimedFirstIsNotDelivered() throws Exception {
		InstructorNoticeLocalService instructorNoticeLocalService = mock(
			InstructorNoticeLocalService.class);

		when(
			instructorNoticeLocalService.claimInstructorNotice(
				anyLong(), anyLong(), anyLong(), anyLong(), anyString())
		).thenReturn(
			false
		);

		Fields.set(
			_dispatcher, "_instructorNoticeLocalService",
			instructorNoticeLocalService);

		assertFalse(_dispatcher.dispatch(_notice("expiry-30")));

		assertEquals(List.of(), _bell.kinds);
		assertEquals(List.of(), _email.kinds);
	}

	@Test
	public void aClaimThatFailsSendsNothing() throws Exception {
		InstructorNoticeLocalService instructorNoticeLocalService = mock(
			InstructorNoticeLocalService.class);

		when(
			instructorNoticeLocalService.claimInstructorNotice(
				anyLong(), anyLong(), anyLong(), anyLong(), anyString())
		).thenThrow(
			new IllegalStateException("database down")
		);

		Fields.set(
			_dispatcher, "_instructorNoticeLocalService",
			instructorNoticeLocalService);

		assertFalse(_dispatcher.dispatch(_notice("expiry-30")));

		assertEquals(List.of(), _email.kinds);
	}

	@Test
	public void aFailingDeliveryDoesNotStopTheOthers() throws Exception {
		CertificationNoticeDispatcher dispatcher =
			new CertificationNoticeDispatcher();

		Fields.set(
			dispatcher, "_instructorNoticeLocalService",
			InMemoryInstructorNotices.create());

		CertificationNoticeDelivery failing = mock(
			CertificationNoticeDelivery.class);

		doThrow(
			new IllegalStateException("mail server down")
		).when(
			failing
		).deliver(
			org.mockito.ArgumentMatchers.any()
		);

		dispatcher.addCertificationNoticeDelivery(failing);
		dispatcher.addCertificationNoticeDelivery(_email);

		assertTrue(dispatcher.dispatch(_notice("lapsed")));

		assertEquals(List.of("lapsed"), _email.kinds);
	}

	@Test
	public void aNoticeClaimedBeforeIsNotClaimedAgain() throws Exception {
		InstructorNoticeLocalService instructorNoticeLocalService = mock(
			InstructorNoticeLocalService.class);

		when(
			instructorNoticeLocalService.hasInstructorNotice(7, "expiry-30")
		).thenReturn(
			true
		);

		Fields.set(
			_dispatcher, "_instructorNoticeLocalService",
			instructorNoticeLocalService);

		assertFalse(_dispatcher.dispatch(_notice("expiry-30")));

		verify(
			instructorNoticeLocalService, never()
		).claimInstructorNotice(
			anyLong(), anyLong(), anyLong(), anyLong(), anyString()
		);
	}

	private static CertificationNotice _notice(String noticeKind) {
		return new CertificationNotice(
			Certifications.active(
				7, Instant.parse("2024-04-01T00:00:00Z"),
				Instant.parse("2027-04-01T00:00:00Z")),
			noticeKind);
	}

	private final RecordingDelivery _bell = new RecordingDelivery();
	private final CertificationNoticeDispatcher _dispatcher =
		new CertificationNoticeDispatcher();
	private final RecordingDelivery _email = new RecordingDelivery();

	private static class RecordingDelivery
		implements CertificationNoticeDelivery {

		@Override
		public void deliver(CertificationNotice certificationNotice) {
			kinds.add(certificationNotice.getNoticeKind());
		}

		final List<String> kinds = new ArrayList<>();

	}

}
