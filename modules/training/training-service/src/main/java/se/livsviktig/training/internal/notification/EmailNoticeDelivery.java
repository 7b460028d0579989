package se.livsviktig.training.internal.notification;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.FileUtil;

import java.io.File;
import java.nio.charset.StandardCharsets;

import javax.mail.internet.InternetAddress;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.internal.validator.MailHeaderText;

/**
 * Sends a notice as an HTML e-mail through the portal's mail service, with the registration's calendar file
 * (invite.ics) attached when the notice carries one.
 *
 * @author Livsviktig
 */
@Component(service = NoticeDelivery.class)
public class EmailNoticeDelivery implements NoticeDelivery {

	@Override
	public void deliver(Notice notice) throws Exception {
		User recipient = _userLocalService.getUser(notice.getRecipientUserId());

		NoticeContent noticeContent = _noticeContentFactory.create(notice);

		MailMessage mailMessage = new MailMessage(
			new InternetAddress(
				_noticeContentFactory.getFromAddress(notice.getCompanyId()),
				MailHeaderText.toOneLine(
					_noticeContentFactory.getFromName(notice.getCompanyId())),
				StandardCharsets.UTF_8.name()),
			new InternetAddress(
				recipient.getEmailAddress(),
				MailHeaderText.toOneLine(recipient.getFullName()),
				StandardCharsets.UTF_8.name()),
			MailHeaderText.toOneLine(noticeContent.getSubject()),
			_renderer.render(noticeContent), true);

		if (noticeContent.getCalendar() != null) {
			File file = FileUtil.createTempFile("ics");

			FileUtil.write(file, noticeContent.getCalendar());

			mailMessage.addFileAttachment(file, "invite.ics");
		}

		_mailService.sendEmail(mailMessage);
	}

	@Reference
	private MailService _mailService;

	@Reference
	private NoticeContentFactory _noticeContentFactory;

	private final NoticeEmailRenderer _renderer = new NoticeEmailRenderer();

	@Reference
	private UserLocalService _userLocalService;

}
