package se.livsviktig.instructor.internal.meeting.notice;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.mail.MessagingException;
import javax.mail.Session;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.InternetHeaders;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

/**
 * An HTML e-mail with the meeting's calendar entry as a {@code text/calendar; method=…} part, composed as
 * training composes its invitations: the portal's mail service attaches files with a type guessed from the file
 * name and no method, and mail clients offer to accept or remove a calendar entry only when the part names its
 * method (iMIP, RFC 6047).
 *
 * @author Livsviktig
 */
public class MeetingInvitationMimeMessageFactory {

	public static final String FILE_NAME = "invite.ics";

	public MimeMessage create(
			Session session, InternetAddress from, InternetAddress to,
			String subject, String html,
			MeetingNoticeContent meetingNoticeContent)
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
		mimeMultipart.addBodyPart(_calendarBodyPart(meetingNoticeContent));

		mimeMessage.setContent(mimeMultipart);

		mimeMessage.saveChanges();

		return mimeMessage;
	}

	/**
	 * The part from its headers and its base64 text, so the bundle needs no data handler (javax.activation) for a
	 * type JavaMail has none for.
	 */
	private MimeBodyPart _calendarBodyPart(
			MeetingNoticeContent meetingNoticeContent)
		throws MessagingException {

		InternetHeaders internetHeaders = new InternetHeaders();

		internetHeaders.setHeader(
			"Content-Type",
			meetingNoticeContent.getCalendarContentType() + "; name=\"" +
				FILE_NAME + "\"");
		internetHeaders.setHeader("Content-Transfer-Encoding", "base64");
		internetHeaders.setHeader(
			"Content-Disposition",
			"attachment; filename=\"" + FILE_NAME + "\"");

		byte[] base64 = Base64.getMimeEncoder(
		).encode(
			meetingNoticeContent.getCalendarText(
			).getBytes(
				StandardCharsets.UTF_8
			)
		);

		return new MimeBodyPart(internetHeaders, base64);
	}

}
