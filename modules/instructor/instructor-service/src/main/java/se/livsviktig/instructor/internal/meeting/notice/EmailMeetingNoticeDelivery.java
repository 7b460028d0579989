package se.livsviktig.instructor.internal.meeting.notice;

import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

import java.nio.charset.StandardCharsets;

import javax.mail.MessagingException;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.internal.notice.CertificationNoticeEmailRenderer;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;

/**
 * Sends a meeting notice as an HTML e-mail with the meeting's calendar entry, in the recipient's language and time
 * zone, from the company's administrator address (also the entry's ORGANIZER). The message is composed here and
 * sent through the portal's mail session (its SMTP settings), since the portal's mail service cannot name a
 * part's method.
 *
 * @author Livsviktig
 */
@Component(service = MeetingNoticeDelivery.class)
public class EmailMeetingNoticeDelivery implements MeetingNoticeDelivery {

	@Override
	public void deliver(OutgoingMeetingNotice outgoingMeetingNotice)
		throws Exception {

		User recipient = _userLocalService.getUser(
			outgoingMeetingNotice.getRecipientUserId());

		NetworkMeeting networkMeeting =
			_networkMeetingLocalService.getNetworkMeeting(
				outgoingMeetingNotice.getNetworkMeetingId());

		InstructorNetwork instructorNetwork =
			_instructorNetworkLocalService.getInstructorNetwork(
				networkMeeting.getInstructorNetworkId());

		long companyId = outgoingMeetingNotice.getCompanyId();

		String fromAddress = _prefsProps.getString(
			companyId, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS);
		String fromName = _oneLine(
			_prefsProps.getString(companyId, PropsKeys.ADMIN_EMAIL_FROM_NAME));

		MeetingNoticeContent meetingNoticeContent =
			_meetingNoticeContentFactory.create(
				outgoingMeetingNotice.getNoticeKind(),
				_asSent(networkMeeting, outgoingMeetingNotice),
				instructorNetwork.getName(), recipient.getLocale(),
				recipient.getTimeZone(), recipient.getFullName(),
				recipient.getEmailAddress(), fromName, fromAddress);

		InternetAddress from = new InternetAddress(
			fromAddress, fromName, StandardCharsets.UTF_8.name());
		InternetAddress to = new InternetAddress(
			recipient.getEmailAddress(), _oneLine(recipient.getFullName()),
			StandardCharsets.UTF_8.name());

		_mimeMessageSender.send(
			_mimeMessageFactory.create(
				_mailService.getSession(), from, to,
				_oneLine(
					meetingNoticeContent.getEmail(
					).getSubject()),
				_renderer.render(meetingNoticeContent.getEmail()),
				meetingNoticeContent));
	}

	/**
	 * Sends a composed message through the portal's mail session, which holds the SMTP settings and, where the
	 * server wants a login, the portal's authenticator. A field so a test can see the message.
	 */
	interface MimeMessageSender {

		public void send(MimeMessage mimeMessage) throws MessagingException;

	}

	/**
	 * The meeting as read now, with the SEQUENCE the notice was claimed for: a notice sent late, after a further
	 * change, must not claim the later version's number (that version's own notice carries it).
	 */
	private static NetworkMeeting _asSent(
		NetworkMeeting networkMeeting,
		OutgoingMeetingNotice outgoingMeetingNotice) {

		NetworkMeeting copy = (NetworkMeeting)networkMeeting.clone();

		copy.setSequence(outgoingMeetingNotice.getSequence());

		return copy;
	}

	/**
	 * A header value on one line: a line break in a name would let it add headers of its own.
	 */
	private static String _oneLine(String text) {
		if (text == null) {
			return null;
		}

		return text.replaceAll(
			"[\\r\\n\\t\\u0085\\u2028\\u2029]+", " "
		).trim();
	}

	@Reference
	private InstructorNetworkLocalService _instructorNetworkLocalService;

	@Reference
	private MailService _mailService;

	private final MeetingNoticeContentFactory _meetingNoticeContentFactory =
		new MeetingNoticeContentFactory(new MeetingNoticeTexts());
	private final MeetingInvitationMimeMessageFactory _mimeMessageFactory =
		new MeetingInvitationMimeMessageFactory();

	MimeMessageSender _mimeMessageSender = Transport::send;

	@Reference
	private NetworkMeetingLocalService _networkMeetingLocalService;

	@Reference
	private PrefsProps _prefsProps;

	private final CertificationNoticeEmailRenderer _renderer =
		new CertificationNoticeEmailRenderer();

	@Reference
	private UserLocalService _userLocalService;

}
