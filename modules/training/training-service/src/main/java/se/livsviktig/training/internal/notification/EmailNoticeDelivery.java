package se.livsviktig.training.internal.notification;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.internal.calendar.CalendarInvitation;
import se.livsviktig.training.internal.validator.MailHeaderText;

/**
 * Sends a notice as an HTML e-mail through the portal's mail service. A notice that changes the participant's
 * calendar carries one {@code text/calendar; method=…} part per session date (invite-1.ics, invite-2.ics…),
 * composed by {@link InvitationMimeMessageFactory} and sent through the portal's mail session.
 *
 * @author Livsviktig
 */
@Component(service = NoticeDelivery.class)
public class EmailNoticeDelivery implements NoticeDelivery {

	@Override
	public void deliver(Notice notice) throws Exception {
		User recipient = _userLocalService.getUser(notice.getRecipientUserId());

		NoticeContent noticeContent = _noticeContentFactory.create(notice);

		InternetAddress from = new InternetAddress(
			_noticeContentFactory.getFromAddress(notice.getCompanyId()),
			MailHeaderText.toOneLine(
				_noticeContentFactory.getFromName(notice.getCompanyId())),
			StandardCharsets.UTF_8.name());
		InternetAddress to = new InternetAddress(
			recipient.getEmailAddress(),
			MailHeaderText.toOneLine(recipient.getFullName()),
			StandardCharsets.UTF_8.name());
		String subject = MailHeaderText.toOneLine(noticeContent.getSubject());
		String html = _renderer.render(noticeContent);

		List<CalendarInvitation> calendarInvitations =
			noticeContent.getCalendarInvitations();

		if (calendarInvitations.isEmpty()) {
			_mailService.sendEmail(
				new MailMessage(from, to, subject, html, true));

			return;
		}

		_mimeMessageSender.send(
			_invitationMimeMessageFactory.create(
				_mailService.getSession(), from, to, subject, html,
				calendarInvitations));
	}

	/**
	 * Sends a composed message through the portal's mail session, which holds the SMTP settings and, where the
	 * server wants a login, the portal's authenticator. A field so a test can see the message.
	 */
	interface MimeMessageSender {

		public void send(MimeMessage mimeMessage) throws MessagingException;

	}

	private final InvitationMimeMessageFactory _invitationMimeMessageFactory =
		new InvitationMimeMessageFactory();

	@Reference
	private MailService _mailService;

	@Reference
	private NoticeContentFactory _noticeContentFactory;

	MimeMessageSender _mimeMessageSender = Transport::send;

	private final NoticeEmailRenderer _renderer = new NoticeEmailRenderer();

	@Reference
	private UserLocalService _userLocalService;

}
