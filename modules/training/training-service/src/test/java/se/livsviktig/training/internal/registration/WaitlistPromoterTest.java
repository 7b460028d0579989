package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.impl.RegistrationFixture;

/**
 * Freed seats go to the waitlist first come, first served, at once or as a time-limited offer; seats
 * reserved for an administration go only to its people; too close to the start the coordinator is told
 * instead.
 *
 * @author Livsviktig
 */
public class WaitlistPromoterTest {

	@Test
	public void aFreedSeatGoesToTheFirstInLine() throws Exception {
		CourseSession courseSession = _fullSessionWithFreeSeats(1);

		Registration first = _waitlisted(2, 102, 5, RegistrationFixture.SOF);
		Registration second = _waitlisted(3, 103, 6, RegistrationFixture.SOF);

		_waitlist(first, second);

		assertEquals(Collections.singletonList(first), _fillFreeSeats());

		assertEquals(RegistrationConstants.STATUS_CONFIRMED, first.getStatus());
		assertNull(first.getHoldExpirationDate());
		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, second.getStatus());
		assertEquals(20, courseSession.getSeatsTaken());
		assertEquals(1, courseSession.getWaitlistedCount());
		assertEquals(
			Collections.singletonList(TrainingNoticeTypes.PROMOTED),
			_fixture.noticeTypesSent());
	}

	@Test
	public void anOfferIsHeldForTheCompanysHoursWhenTheSessionSetsNone()
		throws Exception {

		CourseSession courseSession = _fullSessionWithFreeSeats(1);

		courseSession.setWaitlistMode(CourseSessionConstants.WAITLIST_MODE_OFFER);
		courseSession.setOfferHours(0);

		Registration first = _waitlisted(2, 102, 5, RegistrationFixture.SOF);

		_waitlist(first);

		_fillFreeSeats();

		assertEquals(RegistrationConstants.STATUS_OFFERED, first.getStatus());
		assertEquals(
			RegistrationFixture.hoursFromNow(48),
			first.getHoldExpirationDate());
	}

	@Test
	public void anOfferIsHeldForTheSessionsOfferHours() throws Exception {
		CourseSession courseSession = _fullSessionWithFreeSeats(1);

		courseSession.setWaitlistMode(CourseSessionConstants.WAITLIST_MODE_OFFER);
		courseSession.setOfferHours(12);

		Registration first = _waitlisted(2, 102, 5, RegistrationFixture.SOF);
		Registration second = _waitlisted(3, 103, 6, RegistrationFixture.SOF);

		_waitlist(first, second);

		_fillFreeSeats();

		assertEquals(RegistrationConstants.STATUS_OFFERED, first.getStatus());
		assertEquals(
			RegistrationFixture.hoursFromNow(12),
			first.getHoldExpirationDate());
		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, second.getStatus());
		assertEquals(20, courseSession.getSeatsTaken());
		assertEquals(
			Collections.singletonList(TrainingNoticeTypes.OFFER),
			_fixture.noticeTypesSent());
	}

	@Test
	public void nothingHappensForASessionThatIsNotPublished() throws Exception {
		for (int status :
				new int[] {
					CourseSessionConstants.STATUS_ARCHIVED,
					CourseSessionConstants.STATUS_CANCELLED,
					CourseSessionConstants.STATUS_DRAFT
				}) {

			CourseSession courseSession = _fullSessionWithFreeSeats(2);

			courseSession.setStatus(status);

			Registration first = _waitlisted(
				2, 102, 5, RegistrationFixture.SOF);

			_waitlist(first);

			assertTrue(_fillFreeSeats().isEmpty());

			assertEquals(
				RegistrationConstants.STATUS_WAITLISTED, first.getStatus());
			assertEquals(18, courseSession.getSeatsTaken());
			assertEquals(1, courseSession.getWaitlistedCount());
		}

		verify(
			_fixture.registrationPersistence, never()
		).update(
			any(Registration.class)
		);
		assertTrue(_fixture.noticeTypesSent().isEmpty());
	}

	@Test
	public void promotionGoesOnUntilTheLeadTimeBeforeTheStart()
		throws Exception {

		CourseSession courseSession = _fullSessionWithFreeSeats(1);

		courseSession.setRegistrationCloseDate(
			RegistrationFixture.daysFromNow(-1));
		courseSession.setStartDate(RegistrationFixture.hoursFromNow(25));

		Registration first = _waitlisted(2, 102, 5, RegistrationFixture.SOF);

		_waitlist(first);

		_fillFreeSeats();

		assertEquals(RegistrationConstants.STATUS_CONFIRMED, first.getStatus());
	}

	@Test
	public void promotionStopsAtTheLeadTimeAndTheCoordinatorIsTold()
		throws Exception {

		CourseSession courseSession = _fullSessionWithFreeSeats(1);

		courseSession.setStartDate(RegistrationFixture.hoursFromNow(24));

		Registration first = _waitlisted(2, 102, 5, RegistrationFixture.SOF);

		_waitlist(first);

		assertTrue(_fillFreeSeats().isEmpty());

		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, first.getStatus());
		assertEquals(19, courseSession.getSeatsTaken());

		ArgumentCaptor<Notice> argumentCaptor = ArgumentCaptor.forClass(
			Notice.class);

		verify(
			_fixture.noticeDispatcher
		).dispatchAfterCommit(
			argumentCaptor.capture()
		);

		Notice notice = argumentCaptor.getValue();

		assertEquals(TrainingNoticeTypes.PROMOTION_STOPPED, notice.getType());
		assertEquals(
			RegistrationFixture.COORDINATOR_USER_ID,
			notice.getRecipientUserId());
		assertEquals(RegistrationFixture.SESSION_ID, notice.getCourseSessionId());
	}

	@Test
	public void seatsAreGivenInTheOrderPeopleJoinedTheWaitlist()
		throws Exception {

		CourseSession courseSession = _fullSessionWithFreeSeats(2);

		Registration first = _waitlisted(2, 102, 5, RegistrationFixture.SOF);
		Registration second = _waitlisted(3, 103, 6, RegistrationFixture.VOF);
		Registration third = _waitlisted(4, 104, 7, RegistrationFixture.SOF);

		_waitlist(first, second, third);

		assertEquals(Arrays.asList(first, second), _fillFreeSeats());

		assertEquals(RegistrationConstants.STATUS_WAITLISTED, third.getStatus());
		assertEquals(20, courseSession.getSeatsTaken());
		assertEquals(1, courseSession.getWaitlistedCount());
	}

	@Test
	public void someoneWhoCannotUseASeatReservedForAnotherAdministrationKeepsTheirPlace()
		throws Exception {

		CourseSession courseSession = _fullSessionWithFreeSeats(1);

		_sofReservesSeats(2, 1);

		Registration fromVof = _waitlisted(
			2, 102, 5, RegistrationFixture.VOF);
		Registration fromSof = _waitlisted(
			3, 103, 6, RegistrationFixture.SOF);

		_waitlist(fromVof, fromSof);

		assertEquals(Collections.singletonList(fromSof), _fillFreeSeats());

		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, fromVof.getStatus());
		assertEquals(5, fromVof.getQueueNumber());
		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, fromSof.getStatus());
		assertEquals(20, courseSession.getSeatsTaken());
	}

	@Test
	public void withApprovalRequiredThePromotedWaitForTheirManager()
		throws Exception {

		CourseSession courseSession = _fullSessionWithFreeSeats(1);

		courseSession.setApprovalRequired(true);

		Registration first = _waitlisted(2, 102, 5, RegistrationFixture.SOF);

		_waitlist(first);

		_fillFreeSeats();

		assertEquals(
			RegistrationConstants.STATUS_PENDING_APPROVAL, first.getStatus());
		assertEquals(
			RegistrationFixture.daysFromNow(5), first.getHoldExpirationDate());
		verify(
			_fixture.approvalRequests
		).requestApproval(
			first, courseSession
		);
	}

	private List<Registration> _fillFreeSeats() {
		return _fixture.waitlistPromoter.fillFreeSeats(
			_courseSession, _now(), RegistrationFixture.COORDINATOR_USER_ID,
			"cancelled/1");
	}

	/**
	 * A published session of 20 seats, starting in two weeks, with the given number of seats just freed.
	 */
	private CourseSession _fullSessionWithFreeSeats(int freeSeats)
		throws Exception {

		_courseSession = _fixture.session(20, 20 - freeSeats);

		return _courseSession;
	}

	private Date _now() {
		return Date.from(RegistrationFixture.NOW);
	}

	private void _sofReservesSeats(int seats, int held) {
		long[] seatHolderOrganizationIds = new long[held];

		Arrays.fill(seatHolderOrganizationIds, RegistrationFixture.SOF);

		_fixture.quota(
			RegistrationFixture.SOF, seats, seatHolderOrganizationIds);
	}

	/**
	 * The people on the session's waitlist, first in line first.
	 */
	private void _waitlist(Registration... registrations) {
		_courseSession.setWaitlistedCount(registrations.length);

		_fixture.waitlist(registrations);
	}

	private Registration _waitlisted(
			long registrationId, long userId, long queueNumber,
			long organizationId)
		throws Exception {

		Registration registration = _fixture.registration(
			registrationId, userId, RegistrationConstants.STATUS_WAITLISTED,
			queueNumber);

		registration.setOrganizationId(organizationId);

		return registration;
	}

	private CourseSession _courseSession;
	private final RegistrationFixture _fixture = new RegistrationFixture();

}
