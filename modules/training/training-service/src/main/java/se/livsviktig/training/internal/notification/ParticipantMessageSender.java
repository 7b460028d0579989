package se.livsviktig.training.internal.notification;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;
import com.liferay.portal.kernel.util.Validator;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import javax.mail.internet.InternetAddress;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.validator.MailHeaderText;
import se.livsviktig.training.model.CourseSession;

/**
 * Sends a coordinator's message to one participant as an HTML e-mail through the portal's mail service, from
 * the app's sender (as the notices). What the coordinator typed is text: every character is escaped, blank
 * lines separate paragraphs and line breaks are kept.
 *
 * @author Livsviktig
 */
@Component(service = ParticipantMessageSender.class)
public class ParticipantMessageSender {

	public static String renderHtml(
		String languageTag, String subject, String body) {

		StringBuilder sb = new StringBuilder(body.length() + 512);

		sb.append("<!DOCTYPE html>\n<html lang=\"");
		sb.append(HtmlUtil.escapeAttribute(languageTag));
		sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
		sb.append(HtmlUtil.escape(subject));
		sb.append("</title>\n</head>\n");
		sb.append("<body style=\"margin:0;padding:24px;background:#ffffff;");
		sb.append("color:#272833;font-family:Arial,sans-serif;font-size:16px;");
		sb.append("line-height:1.5\">\n<main>\n<h1 style=\"font-size:22px;");
		sb.append("margin:0 0 16px\">");
		sb.append(HtmlUtil.escape(subject));
		sb.append("</h1>\n");

		String normalized = body.replace(
			"\r\n", "\n"
		).replace(
			'\r', '\n'
		);

		for (String paragraph : normalized.split("\n\\s*\n")) {
			if (paragraph.trim(
				).isEmpty()) {

				continue;
			}

			sb.append("<p>");

			String[] lines = paragraph.trim(
			).split(
				"\n"
			);

			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					sb.append("<br>");
				}

				sb.append(HtmlUtil.escape(lines[i]));
			}

			sb.append("</p>\n");
		}

		sb.append("</main>\n</body>\n</html>\n");

		return sb.toString();
	}

	/**
	 * @param senderUserId the coordinator, whom a reply reaches
	 */
	public void send(
			CourseSession courseSession, User recipient, long senderUserId,
			String subject, String body)
		throws PortalException {

		try {
			_send(courseSession, recipient, senderUserId, subject, body);
		}
		catch (UnsupportedEncodingException unsupportedEncodingException) {
			throw new PortalException(unsupportedEncodingException);
		}
	}

	private void _send(
			CourseSession courseSession, User recipient, long senderUserId,
			String subject, String body)
		throws UnsupportedEncodingException {

		MailMessage mailMessage = new MailMessage(
			new InternetAddress(
				_getFromAddress(courseSession.getCompanyId()),
				MailHeaderText.toOneLine(
					_getFromName(courseSession.getCompanyId())),
				StandardCharsets.UTF_8.name()),
			new InternetAddress(
				recipient.getEmailAddress(),
				MailHeaderText.toOneLine(recipient.getFullName()),
				StandardCharsets.UTF_8.name()),
			MailHeaderText.toOneLine(subject),
			renderHtml(
				recipient.getLocale(
				).toLanguageTag(),
				subject, body),
			true);

		User sender = _userLocalService.fetchUser(senderUserId);

		if ((sender != null) && Validator.isNotNull(sender.getEmailAddress())) {
			mailMessage.setReplyTo(
				new InternetAddress[] {
					new InternetAddress(
						sender.getEmailAddress(),
						MailHeaderText.toOneLine(sender.getFullName()),
						StandardCharsets.UTF_8.name())
				});
		}

		_mailService.sendEmail(mailMessage);
	}

	/**
	 * The notices' sender, as NoticeContentFactory has it. Not asked of NoticeContentFactory itself: it needs
	 * the registration service, which needs this sender, and OSGi cannot satisfy such a circle.
	 */
	private String _getFromAddress(long companyId) {
		String fromAddress = _trainingCompanySettings.get(
			companyId
		).emailFromAddress();

		if (Validator.isNotNull(fromAddress)) {
			return fromAddress;
		}

		return _prefsProps.getString(
			companyId, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS);
	}

	private String _getFromName(long companyId) {
		String fromName = _trainingCompanySettings.get(
			companyId
		).emailFromName();

		if (Validator.isNotNull(fromName)) {
			return fromName;
		}

		return _prefsProps.getString(companyId, PropsKeys.ADMIN_EMAIL_FROM_NAME);
	}

	@Reference
	private MailService _mailService;

	@Reference
	private PrefsProps _prefsProps;

	@Reference
	private TrainingCompanySettings _trainingCompanySettings;

	@Reference
	private UserLocalService _userLocalService;

}
