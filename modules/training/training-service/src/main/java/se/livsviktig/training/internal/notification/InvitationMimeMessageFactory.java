package se.livsviktig.training.internal.notification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.InternetHeaders;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import se.livsviktig.training.internal.calendar.CalendarInvitation;

/**
 * An HTML e-mail with the registration's calendar entries, one {@code text/calendar; method=…} part per
 * session date. The portal's mail service attaches files with a type guessed from the file name and no
 * method, and mail clients offer to accept or remove a calendar entry only when the part names its method
 * (iMIP, RFC 6047), so this message is composed here and sent through the portal's mail session.
 *
 * @author Livsviktig
 */
public class InvitationMimeMessageFactory {

	public MimeMessage create(
			Session session, InternetAddress from, InternetAddress to,
			String subject, String html,
			List<CalendarInvitation> calendarInvitations)
		throws MessagingException {

		MimeMessage mimeMessage = new MimeMessage(session);

		mimeMessage.setFrom(from);
		mimeMessage.setRecipient(MimeMessage.RecipientType.TO, to);
		mimeMessage.setSubject(subject, StandardCharsets.UTF_8.name());

		// As the portal's own mail engine does: no out-of-office replies to a notice

		mimeMessage.setHeader(
			"X-Auto-Response-Suppress", "AutoReply, DR, NDR, NRN, OOF, RN");

		MimeMultipart mimeMultipart = new MimeMultipart("mixed");

		MimeBodyPart htmlBodyPart = new MimeBodyPart();

		htmlBodyPart.setContent(html, "text/html; charset=UTF-8");

		mimeMultipart.addBodyPart(htmlBodyPart);

		for (CalendarInvitation calendarInvitation : calendarInvitations) {
			mimeMultipart.addBodyPart(_calendarBodyPart(calendarInvitation));
		}

		mimeMessage.setContent(mimeMultipart);

		mimeMessage.saveChanges();

		return mimeMessage;
	}

	/**
	 * The part from its headers and its base64 text, so the bundle needs no data handler (javax.activation)
	 * for a type JavaMail has none for.
	 */
	private MimeBodyPart _calendarBodyPart(
			CalendarInvitation calendarInvitation)
		throws MessagingException {

		InternetHeaders internetHeaders = new InternetHeaders();

		internetHeaders.setHeader(
			"Content-Type",
			calendarInvitation.getContentType() + "; name=\"" +
				calendarInvitation.getFileName() + "\"");
		internetHeaders.setHeader("Content-Transfer-Encoding", "base64");
		internetHeaders.setHeader(
			"Content-Disposition",
			"attachment; filename=\"" + calendarInvitation.getFileName() +
				"\"");

		byte[] base64 = Base64.getMimeEncoder(
		).encode(
			calendarInvitation.getText(
			).getBytes(
				StandardCharsets.UTF_8
			)
		);

		return new MimeBodyPart(internetHeaders, base64);
	}

}
