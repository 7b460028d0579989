package se.livsviktig.training.service.impl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.exception.DuplicateRegistrationException;
import se.livsviktig.training.exception.MoveRegistrationTargetException;
import se.livsviktig.training.exception.NotInSessionAudienceException;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.exception.SessionNotPublishedException;
import se.livsviktig.training.exception.WaitlistPositionException;
import se.livsviktig.training.exception.WaitlistReorderReasonException;
import se.livsviktig.training.internal.notification.ParticipantMessageSender;
import se.livsviktig.training.internal.registration.RegistrationEvents;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionAudience;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.SessionAudienceImpl;

/**
 * A coordinator's changes to a session's participants: moving someone in the waitlist, moving someone to
 * another session of the course, and e-mailing participants. One test per rule.
 *
 * @author Livsviktig
 */
public class RegistrationMovesTest {

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

	@BeforeEach
	public void setUp() throws Exception {
		Fields.set(
			_fixture.service, "_participantMessageSender",
			_participantMessageSender);
	}

	@Test
	public void aMessageIsSentToEachChosenParticipant() throws Exception {
		CourseSession courseSession = _fixture.session(20, 2);

		Registration firstRegistration = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		_fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 2);

		User first = _fixture.user(101, RegistrationFixture.SOF);
		User second = _fixture.user(102, RegistrationFixture.SOF);

		assertEquals(
			2,
			_fixture.service.messageParticipants(
				RegistrationFixture.SESSION_ID, new long[] {1, 2, 1},
				RegistrationFixture.COORDINATOR_USER_ID, "Lokalbyte",
				"Vi ses i sal Ö"));

		verify(
			_participantMessageSender
		).send(
			courseSession, first, RegistrationFixture.COORDINATOR_USER_ID,
			"Lokalbyte", "Vi ses i sal Ö"
		);
		verify(
			_participantMessageSender
		).send(
			courseSession, second, RegistrationFixture.COORDINATOR_USER_ID,
			"Lokalbyte", "Vi ses i sal Ö"
		);
		verify(
			_fixture.registrationEvents
		).add(
			firstRegistration, RegistrationEvents.TYPE_MESSAGED,
			RegistrationConstants.STATUS_CONFIRMED,
			RegistrationFixture.COORDINATOR_USER_ID, "Lokalbyte",
			Date.from(RegistrationFixture.NOW)
		);
		verify(
			_fixture.registrationEvents, times(2)
		).add(
			any(Registration.class), eq(RegistrationEvents.TYPE_MESSAGED),
			anyInt(), anyLong(), any(), any()
		);
	}

	@Test
	public void aMessageNeedsASubjectATextAndRecipientsOfTheSession()
		throws Exception {

		_fixture.session(20, 2);

		Registration other = _fixture.registration(
			3, 103, RegistrationConstants.STATUS_CONFIRMED, 1);

		other.setCourseSessionId(_TARGET_SESSION_ID);

		_fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		assertThrows(
			ParticipantMessageSubjectException.class,
			() -> _message(new long[] {1}, " ", "Text"));
		assertThrows(
			ParticipantMessageSubjectException.class,
			() -> _message(new long[] {1}, _repeat('a', 201), "Text"));
		assertThrows(
			ParticipantMessageSubjectException.class,
			() -> _message(
				new long[] {1}, "Ämne\r\nBcc: alla@kommun.se", "Text"));
		assertThrows(
			ParticipantMessageSubjectException.class,
			() -> _message(new long[] {1}, "Ämne\nrad två", "Text"));
		assertThrows(
			ParticipantMessageBodyException.class,
			() -> _message(new long[] {1}, "Ämne", ""));
		assertThrows(
			ParticipantMessageBodyException.class,
			() -> _message(new long[] {1}, "Ämne", _repeat('b', 10001)));
		assertThrows(
			ParticipantMessageRecipientsException.class,
			() -> _message(new long[0], "Ämne", "Text"));
		assertThrows(
			ParticipantMessageRecipientsException.class,
			() -> _message(new long[] {1, 3}, "Ämne", "Text"));

		verify(
			_participantMessageSender, never()
		).send(
			any(), any(), anyLong(), any(), any()
		);
	}

	@Test
	public void aMessageTextIsEscapedIntoTheEmail() {
		String html = ParticipantMessageSender.renderHtml(
			"sv-SE", "<b>Ämne</b>",
			"Hej <script>alert(1)</script>\nrad två\n\nNytt & stycke");

		assertTrue(html.contains("<html lang=\"sv-SE\">"));
		assertTrue(html.contains("<h1 style=\"font-size:22px;margin:0 0 16px\">&lt;b&gt;Ämne&lt;/b&gt;</h1>"), html);
		assertTrue(
			html.contains(
				"<p>Hej &lt;script&gt;alert(1)&lt;/script&gt;<br>rad två</p>"),
			html);
		assertTrue(html.contains("<p>Nytt &amp; stycke</p>"), html);
		assertFalse(html.contains("<script>"));
	}

	@Test
	public void aMoveGivesUpTheOldSeatToTheWaitlistAndRegistersInTheNewSession()
		throws Exception {

		CourseSession source = _fixture.session(2, 2);
		CourseSession target = _target(10, 3);

		Registration moving = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		moving.setDietaryNeeds("Vegetarisk");

		Registration next = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 5);

		source.setWaitlistedCount(1);

		_fixture.waitlist(next);
		_fixture.user(101, RegistrationFixture.SOF);

		Registration moved = _fixture.service.moveRegistration(
			1, _TARGET_SESSION_ID, RegistrationFixture.COORDINATOR_USER_ID,
			"Krockar med APT");

		assertEquals(
			RegistrationConstants.STATUS_CANCELLED, moving.getStatus());
		assertEquals(-1, moving.getActiveKey());
		assertEquals("Krockar med APT", moving.getCancellationReason());
		assertEquals(
			RegistrationFixture.COORDINATOR_USER_ID,
			moving.getCancelledByUserId());

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, next.getStatus());
		assertEquals(2, source.getSeatsTaken());
		assertEquals(0, source.getWaitlistedCount());

		assertEquals(_TARGET_SESSION_ID, moved.getCourseSessionId());
		assertEquals(101, moved.getUserId());
		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, moved.getStatus());
		assertEquals("Vegetarisk", moved.getDietaryNeeds());
		assertEquals(4, target.getSeatsTaken());

		verify(
			_fixture.registrationEvents
		).add(
			moving, RegistrationEvents.TYPE_MOVED_TO,
			RegistrationConstants.STATUS_CONFIRMED,
			RegistrationFixture.COORDINATOR_USER_ID, "Krockar med APT",
			Date.from(RegistrationFixture.NOW)
		);
		verify(
			_fixture.registrationEvents
		).add(
			moved, RegistrationEvents.TYPE_MOVED_FROM, 0,
			RegistrationFixture.COORDINATOR_USER_ID, "Krockar med APT",
			Date.from(RegistrationFixture.NOW)
		);
		assertTrue(
			_fixture.noticeTypesSent(
			).contains(
				TrainingNoticeTypes.PROMOTED
			));
		assertTrue(
			_fixture.noticesSent(
			).stream(
			).anyMatch(
				notice ->
					(notice.getRegistrationId() == 1) &&
					notice.getType(
					).equals(
						TrainingNoticeTypes.REGISTRATION_CANCELLED
					)
			),
			"the old session's notice (and calendar cancellation) goes to the " +
				"person moved");
	}

	@Test
	public void aMoveToAFullSessionWaitlistsThePerson() throws Exception {
		_fixture.session(20, 5);

		CourseSession target = _target(10, 10);

		_fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);
		_fixture.user(101, RegistrationFixture.SOF);

		Registration moved = _fixture.service.moveRegistration(
			1, _TARGET_SESSION_ID, RegistrationFixture.COORDINATOR_USER_ID,
			null);

		assertEquals(
			RegistrationConstants.STATUS_WAITLISTED, moved.getStatus());
		assertEquals(10, target.getSeatsTaken());
		assertEquals(1, target.getWaitlistedCount());
	}

	@Test
	public void aMoveRefusedByTheNewSessionLeavesTheOldOneAlone()
		throws Exception {

		CourseSession source = _fixture.session(20, 5);
		CourseSession target = _target(10, 3);

		Registration moving = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		_fixture.user(101, RegistrationFixture.SOF);

		SessionAudience sessionAudience = new SessionAudienceImpl();

		sessionAudience.setOrganizationId(RegistrationFixture.VOF);

		when(
			_fixture.sessionAudiencePersistence.findByCourseSessionId(
				_TARGET_SESSION_ID)
		).thenReturn(
			Collections.singletonList(sessionAudience)
		);

		assertThrows(
			NotInSessionAudienceException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, "Byte"));

		when(
			_fixture.sessionAudiencePersistence.findByCourseSessionId(
				_TARGET_SESSION_ID)
		).thenReturn(
			Collections.emptyList()
		);
		when(
			_fixture.registrationPersistence.fetchByCS_AK(
				_TARGET_SESSION_ID, 101)
		).thenReturn(
			moving
		);

		assertThrows(
			DuplicateRegistrationException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, "Byte"));

		when(
			_fixture.registrationPersistence.fetchByCS_AK(
				_TARGET_SESSION_ID, 101)
		).thenReturn(
			null
		);

		target.setStatus(CourseSessionConstants.STATUS_DRAFT);

		assertThrows(
			SessionNotPublishedException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, "Byte"));

		assertEquals(
			RegistrationConstants.STATUS_CONFIRMED, moving.getStatus());
		assertEquals(5, source.getSeatsTaken());
		assertEquals(3, target.getSeatsTaken());
		verify(
			_fixture.courseSessionPersistence, never()
		).update(
			any(CourseSession.class)
		);
		verify(
			_fixture.registrationPersistence, never()
		).update(
			any(Registration.class)
		);
	}

	@Test
	public void aMoveStaysWithinTheCourseAndTheUpcomingRegistrations()
		throws Exception {

		_fixture.session(20, 5);

		CourseSession target = _target(10, 3);

		target.setCourseId(70002);

		Registration moving = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);

		assertThrows(
			MoveRegistrationTargetException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, null));
		assertThrows(
			MoveRegistrationTargetException.class,
			() -> _fixture.service.moveRegistration(
				1, RegistrationFixture.SESSION_ID, 9, null));

		moving.setStatus(RegistrationConstants.STATUS_COMPLETED);

		target.setCourseId(70001);

		assertThrows(
			RegistrationStatusException.class,
			() -> _fixture.service.moveRegistration(
				1, _TARGET_SESSION_ID, 9, null));

		verify(
			_fixture.registrationPersistence, never()
		).update(
			any(Registration.class)
		);
	}

	@Test
	public void movingInTheWaitlistKeepsTheOthersInOrderAndTheReason()
		throws Exception {

		CourseSession courseSession = _fixture.session(2, 2);

		Registration first = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_WAITLISTED, 3);
		Registration second = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 4);
		Registration third = _fixture.registration(
			3, 103, RegistrationConstants.STATUS_WAITLISTED, 7);

		_fixture.waitlist(first, second, third);

		_fixture.service.moveWaitlistPosition(
			3, 1, RegistrationFixture.COORDINATOR_USER_ID,
			"Behöver utbildningen före sommaren");

		assertEquals(3, third.getQueueNumber());
		assertEquals(4, first.getQueueNumber());
		assertEquals(7, second.getQueueNumber());

		verify(
			_fixture.registrationEvents
		).add(
			third, RegistrationEvents.TYPE_WAITLIST_MOVED,
			RegistrationConstants.STATUS_WAITLISTED,
			RegistrationFixture.COORDINATOR_USER_ID,
			"Behöver utbildningen före sommaren",
			Date.from(RegistrationFixture.NOW)
		);
		verify(
			_fixture.courseSessionPersistence
		).update(
			courseSession
		);

		// Past the end means last

		_fixture.waitlist(third, first, second);

		_fixture.service.moveWaitlistPosition(3, 99, 9, "Ångrade sig");

		assertEquals(3, first.getQueueNumber());
		assertEquals(4, second.getQueueNumber());
		assertEquals(7, third.getQueueNumber());
	}

	@Test
	public void movingInTheWaitlistNeedsAReasonAPositionAndAWaitlistedPerson()
		throws Exception {

		_fixture.session(2, 2);

		Registration confirmed = _fixture.registration(
			1, 101, RegistrationConstants.STATUS_CONFIRMED, 1);
		Registration waitlisted = _fixture.registration(
			2, 102, RegistrationConstants.STATUS_WAITLISTED, 2);

		_fixture.waitlist(waitlisted);

		assertThrows(
			WaitlistReorderReasonException.class,
			() -> _fixture.service.moveWaitlistPosition(2, 1, 9, " "));
		assertThrows(
			WaitlistPositionException.class,
			() -> _fixture.service.moveWaitlistPosition(2, 0, 9, "Skäl"));
		assertThrows(
			RegistrationStatusException.class,
			() -> _fixture.service.moveWaitlistPosition(1, 1, 9, "Skäl"));

		assertEquals(1, confirmed.getQueueNumber());
		assertEquals(2, waitlisted.getQueueNumber());
		verify(
			_fixture.registrationEvents, never()
		).add(
			any(Registration.class), anyString(), anyInt(), anyLong(), any(),
			any()
		);
	}

	private int _message(long[] registrationIds, String subject, String body)
		throws Exception {

		return _fixture.service.messageParticipants(
			RegistrationFixture.SESSION_ID, registrationIds, 9, subject, body);
	}

	private String _repeat(char c, int count) {
		char[] chars = new char[count];

		Arrays.fill(chars, c);

		return new String(chars);
	}

	/**
	 * Another published session of the same course.
	 */
	private CourseSession _target(int seats, int seatsTaken)
		throws Exception {

		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(_TARGET_SESSION_ID);
		courseSession.setGroupId(RegistrationFixture.GROUP_ID);
		courseSession.setCompanyId(RegistrationFixture.COMPANY_ID);
		courseSession.setCourseId(70001);
		courseSession.setTrainingMethodId(80001);
		courseSession.setSeats(seats);
		courseSession.setSeatsTaken(seatsTaken);
		courseSession.setDietaryNeedsRequested(true);
		courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		courseSession.setRegistrationOpenDate(
			RegistrationFixture.daysFromNow(-7));
		courseSession.setRegistrationCloseDate(
			RegistrationFixture.daysFromNow(-1));
		courseSession.setStartDate(RegistrationFixture.daysFromNow(30));
		courseSession.setEndDate(RegistrationFixture.daysFromNow(31));

		when(
			_fixture.courseSessionPersistence.findByPrimaryKey(
				_TARGET_SESSION_ID)
		).thenReturn(
			courseSession
		);
		when(
			_fixture.courseSessionPersistence.fetchByPrimaryKey(
				_TARGET_SESSION_ID)
		).thenReturn(
			courseSession
		);

		return courseSession;
	}

	private static final long _TARGET_SESSION_ID = 60002;

	private final RegistrationFixture _fixture = new RegistrationFixture();
	private final ParticipantMessageSender _participantMessageSender = mock(
		ParticipantMessageSender.class);

}
