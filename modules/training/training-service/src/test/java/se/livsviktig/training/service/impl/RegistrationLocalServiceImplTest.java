package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.service.ServiceContext;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.CancellationDeadlinePassedException;
import se.livsviktig.training.exception.CancellationReasonException;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.OfferExpiredException;
import se.livsviktig.training.exception.RegistrationClosedException;
import se.livsviktig.training.exception.RegistrationMotivationException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.impl.SessionAudienceImpl;

/**
 * The registration rules of DESIGN.md 4.1, one test per rule.
 *
 * @author Livsviktig
 */
public class RegistrationLocalServiceImplTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics().maxLength(
		Registration.class, "motivation", 2000
	).maxLength(
		Registration.class, "dietaryNeeds", 500
	).maxLength(
		Registration.class, "cancellationReason", 1000
	).maxLength(
		Registration.class, "reviewComment", 1000
	);

	@Test
	public void aCancelledRegistrationNoLongerBlocksRegisteringAgain()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 5);
		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		_fixture.service.cancelRegistration(1, 101, null, false);

		assertEquals(-1, registration.getActiveKey());
		assertEquals(4, courseSession.getSeatsTaken());
	}

	@Test
	public void aLateCancellationNeedsAReasonWhichIsKept() throws Exception {
		CourseSession courseSession = _fixture.session(20, 5);

		courseSession.setCancellationDeadline(RegistrationFixture.daysFromNow(-1));

		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		assertThrows(
			CancellationReasonException.class,
			() -> _fixture.service.cancelRegistration(1, 9, " ", true));

		_fixture.service.cancelRegistration(1, 9, "Sjuk", true);

		assertEquals(
			RegistrationConstants.STATUS_CANCELLED, registration.getStatus());
		assertEquals("Sjuk", registration.getCancellationReason());
		assertEquals(9, registration.getCancelledByUserId());
	}

	@Test
	public void aUserHoldsAtMostOneActiveRegistrationPerSession()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 5);

		_fixture.user(101, RegistrationFixture.SOF);

		Registration existing = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_WAITLISTED, 1);

		when(
			_fixture.registrationPersistence.fetchByCS_AK(
				RegistrationFixture.SESSION_ID, 101)
		).thenReturn(
			existing
		);

		assertThrows(
			DuplicateRegistrationException.class, () -> _register(101));

		assertEquals(5, courseSession.getSeatsTaken());
		verify(
			_fixture.courseSessionPersistence, never()
		).update(
			any(CourseSession.class)
		);
	}

	@Test
	public void acceptingAnExpiredOfferIsRefused() throws Exception {
		_fixture.session(20, 20);

		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_OFFERED, 1);

		registration.setHoldExpirationDate(RegistrationFixture.hoursFromNow(-1));

		assertThrows(
			OfferExpiredException.class,
			() -> _fixture.service.acceptOffer(1));
		assertEquals(
			RegistrationConstants.STATUS_OFFERED, registration.getStatus());
	}

	@Test
	public void acceptingAnOfferInTimeConfirmsTheSeat() throws Exception {
		_fixture.session(20, 20);

		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_OFFERED, 1);

		registration.setHoldExpirationDate(RegistrationFixture.hoursFromNow(1));

		_fixture.service.acceptOffer(1);

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, registration.getStatus());
		assertNull(registration.getHoldExpirationDate());
		assertTrue(
			_fixture.noticeTypesSent(
			).contains(
				TrainingNoticeTypes.CONFIRMATION
			));
	}

	@Test
	public void afterTheCancellationDeadlineOnlyAPermittedCallerMayCancel()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 5);

		courseSession.setCancellationDeadline(RegistrationFixture.daysFromNow(-1));

		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		assertThrows(
			CancellationDeadlinePassedException.class,
			() -> _fixture.service.cancelRegistration(1, 101, "Sjuk", false));
		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, registration.getStatus());
		assertEquals(5, courseSession.getSeatsTaken());
	}

	@Test
	public void anApprovalHoldsASeatWhileItWaits() throws Exception {
		CourseSession courseSession = _fixture.session(20, 5);

		courseSession.setApprovalRequired(true);

		_fixture.user(101, RegistrationFixture.SOF);

		Registration registration = _register(101);

		assertEquals(
			RegistrationConstants.STATUS_PENDING_APPROVAL,
			registration.getStatus());
		assertEquals(
			RegistrationFixture.daysFromNow(5),
			registration.getHoldExpirationDate());
		assertEquals(6, courseSession.getSeatsTaken());
		verify(
			_fixture.approvalRequests
		).requestApproval(
			registration, courseSession
		);
	}

	@Test
	public void anExpiredApprovalGivesItsSeatToTheFirstInLine()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 20);

		Registration pending = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_PENDING_APPROVAL, 1);

		pending.setHoldExpirationDate(RegistrationFixture.hoursFromNow(-1));

		Registration first = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 2);

		courseSession.setWaitlistedCount(1);

		_fixture.waitlist(first);

		assertTrue(_fixture.service.expireRegistration(1));

		assertEquals(RegistrationConstants.STATUS_EXPIRED, pending.getStatus());
		assertEquals(-1, pending.getActiveKey());
		assertEquals(RegistrationConstants.STATUS_CONFIRMED, first.getStatus());
		assertEquals(20, courseSession.getSeatsTaken());
		assertEquals(0, courseSession.getWaitlistedCount());
		assertEquals(
			Arrays.asList(
				TrainingNoticeTypes.APPROVAL_EXPIRED,
				TrainingNoticeTypes.PROMOTED),
			_fixture.noticeTypesSent());
	}

	@Test
	public void anotherCompanysSessionCannotBeBooked() throws Exception {
		_fixture.session(20, 5);

		when(
			_fixture.user(
				101, RegistrationFixture.SOF
			).getCompanyId()
		).thenReturn(
			1L
		);

		assertThrows(NoSuchCourseSessionException.class, () -> _register(101));
	}

	@Test
	public void approvingConfirmsAndTellsTheParticipant() throws Exception {
		CourseSession courseSession = _fixture.session(20, 6);
		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_PENDING_APPROVAL, 1);

		_fixture.service.approveRegistration(1, 500, "Bra för teamet");

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, registration.getStatus());
		assertEquals(500, registration.getReviewerUserId());
		assertEquals("Bra för teamet", registration.getReviewComment());
		assertEquals(6, courseSession.getSeatsTaken());
		assertEquals(
			Collections.singletonList(TrainingNoticeTypes.APPROVAL_GRANTED),
			_fixture.noticeTypesSent());
	}

	@Test
	public void cancellingFreesTheSeatForTheFirstOnTheWaitlist()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 20);

		courseSession.setWaitlistedCount(2);

		Registration cancelled = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);
		Registration first = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 5);
		Registration second = _fixture.registration(
			3, 103, RegistrationConstants.STATUS_WAITLISTED, 6);

		_fixture.waitlist(first, second);

		_fixture.service.cancelRegistration(1, 101, null, false);

		assertEquals(
			RegistrationConstants.STATUS_CANCELLED, cancelled.getStatus());
		assertEquals(RegistrationConstants.STATUS_CONFIRMED, first.getStatus());
		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, second.getStatus());
		assertEquals(20, courseSession.getSeatsTaken());
		assertEquals(1, courseSession.getWaitlistedCount());
		assertEquals(
			Arrays.asList(
				TrainingNoticeTypes.REGISTRATION_CANCELLED,
				TrainingNoticeTypes.PROMOTED),
			_fixture.noticeTypesSent());
	}

	@Test
	public void decliningAnApprovalFreesTheSeat() throws Exception {
		CourseSession courseSession = _fixture.session(20, 6);
		Registration registration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_PENDING_APPROVAL, 1);

		_fixture.service.declineRegistration(1, 500, "Inte nu");

		assertEquals(
			RegistrationConstants.STATUS_DECLINED, registration.getStatus());
		assertEquals(5, courseSession.getSeatsTaken());
		assertEquals(
			Collections.singletonList(TrainingNoticeTypes.APPROVAL_DECLINED),
			_fixture.noticeTypesSent());
	}

	@Test
	public void decliningAnOfferOffersTheSeatToTheNextInLine() throws Exception {
		CourseSession courseSession = _fixture.session(20, 20);

		courseSession.setWaitlistMode(CourseSessionConstants.WAITLIST_MODE_OFFER);
		courseSession.setWaitlistedCount(1);

		Registration offered = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_OFFERED, 1);
		Registration next = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 2);

		_fixture.waitlist(next);

		_fixture.service.declineOffer(1);

		assertEquals(RegistrationConstants.STATUS_CANCELLED, offered.getStatus());
		assertEquals(RegistrationConstants.STATUS_OFFERED, next.getStatus());
		assertEquals(
			RegistrationFixture.hoursFromNow(48), next.getHoldExpirationDate());
		assertEquals(20, courseSession.getSeatsTaken());
	}

	@Test
	public void dietaryNeedsAreOnlyKeptWhenTheSessionAsksForThem()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 5);

		_fixture.user(101, RegistrationFixture.SOF);
		_fixture.user(102, RegistrationFixture.SOF);

		assertEquals(
			"",
			_fixture.service.addRegistration(
				101, RegistrationFixture.SESSION_ID, 0, null, "Vegetarisk",
				new ServiceContext()
			).getDietaryNeeds());

		courseSession.setDietaryNeedsRequested(true);

		assertEquals(
			"Vegetarisk",
			_fixture.service.addRegistration(
				102, RegistrationFixture.SESSION_ID, 0, null, "Vegetarisk",
				new ServiceContext()
			).getDietaryNeeds());
	}

	@Test
	public void expiringIsHarmlessWhenTheHoldHasNotRunOutOrMovedOn()
		throws Exception {

		_fixture.session(20, 6);

		Registration running = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_PENDING_APPROVAL, 1);

		running.setHoldExpirationDate(RegistrationFixture.hoursFromNow(1));

		Registration approved = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_CONFIRMED, 2);

		approved.setHoldExpirationDate(RegistrationFixture.hoursFromNow(-1));

		assertFalse(_fixture.service.expireRegistration(1));
		assertFalse(_fixture.service.expireRegistration(2));
		assertFalse(_fixture.service.expireRegistration(404));
		assertEquals(
			RegistrationConstants.STATUS_PENDING_APPROVAL, running.getStatus());
	}

	@Test
	public void noSessionsHaveNoCompletedRegistrationsAndAskTheDatabaseNothing() {
		assertEquals(
			Collections.emptyList(),
			_fixture.service.getCompletedRegistrations(
				RegistrationFixture.COMPANY_ID, new long[0],
				RegistrationFixture.daysFromNow(-30),
				RegistrationFixture.daysFromNow(0), 0, 100));

		verify(
			_fixture.registrationPersistence, never()
		).dslQuery(
			any()
		);
	}

	@Test
	public void onlyAnOfferCanBeAccepted() throws Exception {
		_fixture.session(20, 20);
		_fixture.registration(
			1, 101, RegistrationConstants.STATUS_WAITLISTED, 1);

		assertThrows(
			RegistrationStatusException.class,
			() -> _fixture.service.acceptOffer(1));
	}

	@Test
	public void registeringAfterTheCloseDateIsRefused() throws Exception {
		CourseSession courseSession = _fixture.session(20, 5);

		courseSession.setRegistrationCloseDate(
			RegistrationFixture.daysFromNow(-1));

		_fixture.user(101, RegistrationFixture.SOF);

		assertThrows(RegistrationClosedException.class, () -> _register(101));
	}

	@Test
	public void registeringFromAnAdministrationOutsideTheAudienceIsRefused()
		throws Exception {

		_fixture.session(20, 5);
		_audience(RegistrationFixture.VOF);
		_fixture.user(101, RegistrationFixture.SOF, RegistrationFixture.VOF);

		assertThrows(
			NotInSessionAudienceException.class,
			() -> _fixture.service.addRegistration(
				101, RegistrationFixture.SESSION_ID, RegistrationFixture.SOF,
				null, null, new ServiceContext()));

		assertEquals(RegistrationFixture.VOF, _register(101).getOrganizationId());
	}

	@Test
	public void registeringOnBehalfRecordsWhoRegistered() throws Exception {
		_fixture.session(20, 5);
		_fixture.user(101, RegistrationFixture.SOF);

		ServiceContext serviceContext = new ServiceContext();

		serviceContext.setUserId(500);

		Registration registration = _fixture.service.addRegistration(
			101, RegistrationFixture.SESSION_ID, 0, null, null, serviceContext);

		assertEquals(101, registration.getUserId());
		assertEquals(500, registration.getRegisteredByUserId());
	}

	@Test
	public void registeringWhenFullPutsUserOnWaitlist() throws Exception {
		CourseSession courseSession = _fixture.session(20, 20);

		_fixture.user(101, RegistrationFixture.SOF);

		Registration registration = _register(101);

		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, registration.getStatus());
		assertEquals(20, courseSession.getSeatsTaken());
		assertEquals(1, courseSession.getWaitlistedCount());
		assertEquals(
			Collections.singletonList(TrainingNoticeTypes.WAITLISTED),
			_fixture.noticeTypesSent());
	}

	@Test
	public void aNewWaitlistedRegistrationsNoticeCarriesItsPlaceInLine()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 20);

		courseSession.setWaitlistedCount(3);

		_fixture.user(101, RegistrationFixture.SOF);

		_register(101);

		List<Notice> notices = _fixture.noticesSent();

		assertEquals(1, notices.size());
		assertEquals(
			4,
			notices.get(
				0
			).getWaitlistPosition());
	}

	@Test
	public void registeringWithAFreeSeatConfirms() throws Exception {
		CourseSession courseSession = _fixture.session(20, 5);

		_fixture.user(101, RegistrationFixture.SOF);

		Registration registration = _register(101);

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, registration.getStatus());
		assertEquals(101, registration.getActiveKey());
		assertEquals(RegistrationFixture.SOF, registration.getOrganizationId());
		assertEquals(6, courseSession.getSeatsTaken());
		assertEquals(
			Collections.singletonList(TrainingNoticeTypes.CONFIRMATION),
			_fixture.noticeTypesSent());
		verify(
			_fixture.courseSessionPersistence
		).update(
			courseSession
		);
		verify(_fixture.courseSessionPersistence, never()).flush();
	}

	@Test
	public void registrationsAreNumberedInTheOrderTheyArrive() throws Exception {
		CourseSession courseSession = _fixture.session(1, 1);

		courseSession.setQueueSequence(41);

		_fixture.user(101, RegistrationFixture.SOF);
		_fixture.user(102, RegistrationFixture.SOF);

		assertEquals(42, _register(101).getQueueNumber());
		assertEquals(43, _register(102).getQueueNumber());
	}

	@Test
	public void tooLongAMotivationIsRefused() throws Exception {
		_fixture.session(20, 5);
		_fixture.user(101, RegistrationFixture.SOF);

		assertThrows(
			RegistrationMotivationException.class,
			() -> _fixture.service.addRegistration(
				101, RegistrationFixture.SESSION_ID, 0, "x".repeat(2001), null,
				new ServiceContext()));
	}

	@Test
	public void unknownUsersInABulkRegistrationRegisterNobody()
		throws Exception {

		CourseSession courseSession = _fixture.session(20, 5);

		_fixture.user(101, RegistrationFixture.SOF);

		when(
			_fixture.userLocalService.getUser(404)
		).thenThrow(
			new com.liferay.portal.kernel.exception.NoSuchUserException()
		);

		assertThrows(
			com.liferay.portal.kernel.exception.NoSuchUserException.class,
			() -> _fixture.service.addRegistrations(
				new long[] {101, 404}, RegistrationFixture.SESSION_ID,
				new ServiceContext()));

		// The transaction rolls back what the first registration wrote; here the counters show the attempt

		verify(
			_fixture.registrationPersistence
		).update(
			any(Registration.class)
		);
		assertEquals(6, courseSession.getSeatsTaken());
	}

	private void _audience(long... organizationIds) {
		SessionAudience[] sessionAudiences =
			new SessionAudience[organizationIds.length];

		for (int i = 0; i < organizationIds.length; i++) {
			sessionAudiences[i] = new SessionAudienceImpl();

			sessionAudiences[i].setOrganizationId(organizationIds[i]);
		}

		when(
			_fixture.sessionAudiencePersistence.findByCourseSessionId(
				eq(RegistrationFixture.SESSION_ID))
		).thenReturn(
			Arrays.asList(sessionAudiences)
		);
	}

	private Registration _register(long userId) throws Exception {
		return _fixture.service.addRegistration(
			userId, RegistrationFixture.SESSION_ID, 0, null, null,
			new ServiceContext());
	}

	private final RegistrationFixture _fixture = new RegistrationFixture();

}
