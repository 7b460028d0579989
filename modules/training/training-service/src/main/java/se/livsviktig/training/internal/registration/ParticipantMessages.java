package se.livsviktig.training.internal.registration;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import se.livsviktig.training.exception.ParticipantMessageBodyException;
import se.livsviktig.training.exception.ParticipantMessageRecipientsException;
import se.livsviktig.training.exception.ParticipantMessageSubjectException;
import se.livsviktig.training.internal.notification.ParticipantMessageSender;
import se.livsviktig.training.internal.validator.MailHeaderText;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;
import se.livsviktig.training.service.persistence.RegistrationPersistence;

/**
 * A coordinator's e-mail to some of a session's participants: a subject of one line and a text, both of a length
 * an e-mail can carry, to registrations of that session only; one e-mail each, to active users, each recorded in
 * the registration's history (who wrote, when, about what).
 *
 * @author Livsviktig
 */
public final class ParticipantMessages {

	public ParticipantMessages(
		RegistrationPersistence registrationPersistence,
		CourseSessionPersistence courseSessionPersistence,
		UserLocalService userLocalService,
		ParticipantMessageSender participantMessageSender,
		RegistrationEvents registrationEvents, Clock clock) {

		_registrationPersistence = registrationPersistence;
		_courseSessionPersistence = courseSessionPersistence;
		_userLocalService = userLocalService;
		_participantMessageSender = participantMessageSender;
		_registrationEvents = registrationEvents;
		_clock = clock;
	}

	/**
	 * @param registrationIds the recipients' registrations, each of this session
	 * @return how many e-mails were sent
	 */
	public int send(
			long courseSessionId, long[] registrationIds, long senderUserId,
			String subject, String body)
		throws PortalException {

		if (_isBlank(subject)) {
			throw new ParticipantMessageSubjectException(
				"A message to participants needs a subject");
		}

		if (subject.length() > _MESSAGE_SUBJECT_MAX_LENGTH) {
			throw new ParticipantMessageSubjectException(
				"The subject may have at most " + _MESSAGE_SUBJECT_MAX_LENGTH +
					" characters");
		}

		if (MailHeaderText.hasLineBreak(subject)) {
			throw new ParticipantMessageSubjectException(
				"The subject is an e-mail header and must be one line");
		}

		if (_isBlank(body)) {
			throw new ParticipantMessageBodyException(
				"A message to participants needs a text");
		}

		if (body.length() > _MESSAGE_BODY_MAX_LENGTH) {
			throw new ParticipantMessageBodyException(
				"The text may have at most " + _MESSAGE_BODY_MAX_LENGTH +
					" characters");
		}

		if ((registrationIds == null) || (registrationIds.length == 0)) {
			throw new ParticipantMessageRecipientsException(
				"A message to participants needs at least one recipient");
		}

		CourseSession courseSession = _courseSessionPersistence.findByPrimaryKey(
			courseSessionId);

		List<Registration> registrations = new ArrayList<>();

		for (long registrationId :
				Arrays.stream(
					registrationIds
				).distinct(
				).toArray()) {

			Registration registration =
				_registrationPersistence.fetchByPrimaryKey(registrationId);

			if ((registration == null) ||
				(registration.getCourseSessionId() != courseSessionId)) {

				throw new ParticipantMessageRecipientsException(
					"Registration " + registrationId + " is not of session " +
						courseSessionId);
			}

			registrations.add(registration);
		}

		int sent = 0;

		Date now = Date.from(_clock.instant());

		for (Registration registration : registrations) {
			User user = _userLocalService.fetchUser(registration.getUserId());

			if ((user == null) || !user.isActive()) {
				continue;
			}

			_participantMessageSender.send(
				courseSession, user, senderUserId, subject, body);

			// The registration's history keeps who was written to, when and about what.

			_registrationEvents.add(
				registration, RegistrationEvents.TYPE_MESSAGED,
				registration.getStatus(), senderUserId, subject, now);

			sent++;
		}

		return sent;
	}

	private boolean _isBlank(String value) {
		if ((value == null) || value.trim(
			).isEmpty()) {

			return true;
		}

		return false;
	}

	private static final int _MESSAGE_BODY_MAX_LENGTH = 10000;

	private static final int _MESSAGE_SUBJECT_MAX_LENGTH = 200;

	private final Clock _clock;
	private final CourseSessionPersistence _courseSessionPersistence;
	private final ParticipantMessageSender _participantMessageSender;
	private final RegistrationEvents _registrationEvents;
	private final RegistrationPersistence _registrationPersistence;
	private final UserLocalService _userLocalService;

}
