package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import javax.mail.BodyPart;
import javax.mail.Session;
import javax.mail.internet.ContentType;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.calendar.RegistrationCalendar;
import se.livsviktig.training.internal.calendar.RegistrationCalendarWriter;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.RegistrationImpl;

/**
 * The e-mail of a notice that changes the participant's calendar: one {@code text/calendar; method=…} part per
 * session date, which mail clients need to offer the entry (the portal's mail service attaches files with no
 * method); other notices still go through the portal's mail service.
 *
 * @author Livsviktig
 */
public class EmailNoticeDeliveryCalendarTest {

	@Test
	public void aCancellationIsOneCancelPartPerDate() throws Exception {
		MimeMessage mimeMessage = _deliver(
			_calendar(
			).setCancelled(
				true
			));

		List<BodyPart> calendarParts = _calendarParts(mimeMessage);

		assertEquals(2, calendarParts.size());

		for (BodyPart bodyPart : calendarParts) {
			assertEquals(
				"CANCEL",
				new ContentType(
					bodyPart.getContentType()
				).getParameter(
					"method"
				));
			assertTrue(_text(bodyPart).contains("METHOD:CANCEL\r\n"));
		}
	}

	@Test
	public void aConfirmationCarriesOneRequestPartPerDate() throws Exception {
		MimeMessage mimeMessage = _deliver(_calendar());

		assertEquals(
			"Din plats är bekräftad: MHFA Vuxen", mimeMessage.getSubject());

		MimeMultipart mimeMultipart = (MimeMultipart)mimeMessage.getContent();

		assertTrue(
			mimeMultipart.getBodyPart(
				0
			).isMimeType(
				"text/html"
			));

		List<BodyPart> calendarParts = _calendarParts(mimeMessage);

		assertEquals(2, calendarParts.size());

		for (int i = 0; i < 2; i++) {
			BodyPart bodyPart = calendarParts.get(i);

			ContentType contentType = new ContentType(
				bodyPart.getContentType());

			assertEquals("text/calendar", contentType.getBaseType());
			assertEquals("REQUEST", contentType.getParameter("method"));
			assertEquals("UTF-8", contentType.getParameter("charset"));
			assertEquals("invite-" + (i + 1) + ".ics", bodyPart.getFileName());

			String text = _text(bodyPart);

			assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n"), text);
			assertTrue(
				text.contains(
					"UID:" + RegistrationCalendarWriter.getUid(7, i + 1) +
						"\r\n"),
				text);
			assertTrue(text.contains("Umeå"), text);
		}

		verify(
			_mailService, never()
		).sendEmail(
			any(MailMessage.class)
		);
	}

	@Test
	public void aNoticeWithoutCalendarGoesThroughThePortalsMailService()
		throws Exception {

		_deliver(null);

		verify(
			_mailService
		).sendEmail(
			any(MailMessage.class)
		);
		assertTrue(_sent.isEmpty());
	}

	private static RegistrationCalendar _calendar() {
		return new RegistrationCalendar(
			7, 1
		).addDate(
			Date.from(Instant.parse("2026-10-24T07:00:00Z")),
			Date.from(Instant.parse("2026-10-24T14:00:00Z"))
		).addDate(
			Date.from(Instant.parse("2026-10-25T08:00:00Z")),
			Date.from(Instant.parse("2026-10-25T15:00:00Z"))
		).setSummary(
			"MHFA Vuxen"
		).setLocation(
			"Stadshuset, Umeå"
		).setAttendee(
			"Åsa Öberg", "asa.oberg@kommun.se"
		);
	}

	private List<BodyPart> _calendarParts(MimeMessage mimeMessage)
		throws Exception {

		MimeMultipart mimeMultipart = (MimeMultipart)mimeMessage.getContent();

		List<BodyPart> calendarParts = new ArrayList<>();

		for (int i = 0; i < mimeMultipart.getCount(); i++) {
			BodyPart bodyPart = mimeMultipart.getBodyPart(i);

			if (bodyPart.isMimeType("text/calendar")) {
				calendarParts.add(bodyPart);
			}
		}

		return calendarParts;
	}

	private MimeMessage _deliver(RegistrationCalendar registrationCalendar)
		throws Exception {

		User recipient = mock(User.class);

		when(recipient.getEmailAddress()).thenReturn("asa.oberg@kommun.se");
		when(recipient.getFullName()).thenReturn("Åsa Öberg");
		when(recipient.getLocale()).thenReturn(new Locale("sv", "SE"));

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(userLocalService.getUser(101)).thenReturn(recipient);

		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(7);
		registration.setCompanyId(20097);
		registration.setUserId(101);

		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.CONFIRMATION, registration);

		NoticeContent noticeContent = new NoticeContent(
			new Locale("sv", "SE"), "Din plats är bekräftad: MHFA Vuxen");

		if (registrationCalendar != null) {
			noticeContent.setCalendar(
				registrationCalendar,
				new RegistrationCalendarWriter().writeInvitations(
					registrationCalendar));
		}

		NoticeContentFactory noticeContentFactory = mock(
			NoticeContentFactory.class);

		when(
			noticeContentFactory.create(notice)
		).thenReturn(
			noticeContent
		);
		when(
			noticeContentFactory.getFromAddress(20097)
		).thenReturn(
			"utbildning@kommun.se"
		);
		when(
			noticeContentFactory.getFromName(20097)
		).thenReturn(
			"Livsviktig"
		);

		when(
			_mailService.getSession()
		).thenReturn(
			Session.getInstance(new Properties())
		);

		EmailNoticeDelivery emailNoticeDelivery = new EmailNoticeDelivery();

		Fields.set(emailNoticeDelivery, "_mailService", _mailService);
		Fields.set(
			emailNoticeDelivery, "_noticeContentFactory", noticeContentFactory);
		Fields.set(emailNoticeDelivery, "_userLocalService", userLocalService);

		emailNoticeDelivery._mimeMessageSender = _sent::add;

		emailNoticeDelivery.deliver(notice);

		if (registrationCalendar == null) {
			return null;
		}

		assertEquals(1, _sent.size());

		// Through its bytes, as a mail server and client see it

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		_sent.get(
			0
		).writeTo(
			byteArrayOutputStream
		);

		MimeMessage mimeMessage = new MimeMessage(
			Session.getInstance(new Properties()),
			new ByteArrayInputStream(
				byteArrayOutputStream.toByteArray()));

		assertNotNull(mimeMessage.getContent());

		return mimeMessage;
	}

	private String _text(BodyPart bodyPart) throws Exception {
		try (InputStream inputStream = bodyPart.getInputStream()) {
			return new String(
				inputStream.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private final MailService _mailService = mock(MailService.class);
	private final List<MimeMessage> _sent = new ArrayList<>();

}
