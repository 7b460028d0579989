package se.livsviktig.training.internal.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.liferay.portal.kernel.model.User;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;

import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.internal.notification.ParticipantMessageSender;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.impl.RegistrationFixture;

/**
 * A coordinator's e-mail to chosen participants of a session: what it needs before anything is sent, and that each
 * chosen person gets one e-mail, recorded in their registration's history. One test per rule.
 *
 * @author Livsviktig
 */
public class ParticipantMessagesTest {

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
			_participantMessages.send(
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

	private int _message(long[] registrationIds, String subject, String body)
		throws Exception {

		return _participantMessages.send(
			RegistrationFixture.SESSION_ID, registrationIds, 9, subject, body);
	}

	private String _repeat(char c, int count) {
		char[] chars = new char[count];

		Arrays.fill(chars, c);

		return new String(chars);
	}

	private static final long _TARGET_SESSION_ID = 60002;

	private final RegistrationFixture _fixture = new RegistrationFixture();
	private final ParticipantMessageSender _participantMessageSender = mock(
		ParticipantMessageSender.class);
	private final ParticipantMessages _participantMessages =
		new ParticipantMessages(
			_fixture.registrationPersistence,
			_fixture.courseSessionPersistence, _fixture.userLocalService,
			_participantMessageSender, _fixture.registrationEvents,
			Clock.fixed(RegistrationFixture.NOW, ZoneOffset.UTC));

}
