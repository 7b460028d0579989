package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;

/**
 * The last line of defence against e-mail header injection: whatever reaches a sender (a company's own notice
 * wording, a course title saved before titles were checked, a person's name), every header it writes is one
 * line, so no text can start a header of its own.
 *
 * @author Livsviktig
 */
public class MailHeadersStayOneLineTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		when(_recipient.getEmailAddress()).thenReturn("asa.oberg@kommun.se");
		when(
			_recipient.getFullName()
		).thenReturn(
			"Åsa\r\nBcc: alla@kommun.se"
		);
		when(_recipient.getLocale()).thenReturn(new Locale("sv", "SE"));

		when(_userLocalService.getUser(101)).thenReturn(_recipient);
	}

	@Test
	public void aNoticeSubjectWithALineBreakIsSentOnOneLine()
		throws Exception {

		NoticeContentFactory noticeContentFactory = mock(
			NoticeContentFactory.class);

		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(1);
		registration.setCompanyId(20097);
		registration.setUserId(101);

		Notice notice = Notice.forRegistration(
			TrainingNoticeTypes.CONFIRMATION, registration);

		when(
			noticeContentFactory.create(notice)
		).thenReturn(
			new NoticeContent(
				new Locale("sv", "SE"),
				"Din plats är bekräftad: MHFA\r\nBcc: alla@kommun.se")
		);
		when(
			noticeContentFactory.getFromAddress(20097)
		).thenReturn(
			"utbildning@kommun.se"
		);
		when(
			noticeContentFactory.getFromName(20097)
		).thenReturn(
			"Livsviktig\nReply-To: x@example.com"
		);

		EmailNoticeDelivery emailNoticeDelivery = new EmailNoticeDelivery();

		Fields.set(emailNoticeDelivery, "_mailService", _mailService);
		Fields.set(
			emailNoticeDelivery, "_noticeContentFactory", noticeContentFactory);
		Fields.set(emailNoticeDelivery, "_userLocalService", _userLocalService);

		emailNoticeDelivery.deliver(notice);

		MailMessage mailMessage = _sent();

		assertEquals(
			"Din plats är bekräftad: MHFA Bcc: alla@kommun.se",
			mailMessage.getSubject());
		assertEquals(
			"Livsviktig Reply-To: x@example.com",
			mailMessage.getFrom(
			).getPersonal());
		assertEquals(
			"Åsa Bcc: alla@kommun.se",
			mailMessage.getTo(
			)[0].getPersonal());
	}

	@Test
	public void aParticipantMessageSubjectWithALineBreakIsSentOnOneLine()
		throws Exception {

		TrainingCompanyConfiguration trainingCompanyConfiguration = mock(
			TrainingCompanyConfiguration.class);

		when(
			trainingCompanyConfiguration.emailFromAddress()
		).thenReturn(
			"utbildning@kommun.se"
		);
		when(
			trainingCompanyConfiguration.emailFromName()
		).thenReturn(
			"Livsviktig"
		);

		TrainingCompanySettings trainingCompanySettings = mock(
			TrainingCompanySettings.class);

		when(
			trainingCompanySettings.get(anyLong())
		).thenReturn(
			trainingCompanyConfiguration
		);

		User coordinator = mock(User.class);

		when(
			coordinator.getEmailAddress()
		).thenReturn(
			"samordnare@kommun.se"
		);
		when(
			coordinator.getFullName()
		).thenReturn(
			"Samordnare\r\nCc: x@example.com"
		);

		when(_userLocalService.fetchUser(9)).thenReturn(coordinator);

		ParticipantMessageSender participantMessageSender =
			new ParticipantMessageSender();

		Fields.set(participantMessageSender, "_mailService", _mailService);
		Fields.set(
			participantMessageSender, "_prefsProps", mock(PrefsProps.class));
		Fields.set(
			participantMessageSender, "_trainingCompanySettings",
			trainingCompanySettings);
		Fields.set(
			participantMessageSender, "_userLocalService", _userLocalService);

		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCompanyId(20097);

		participantMessageSender.send(
			courseSession, _recipient, 9, "Lokal\r\nBcc: alla@kommun.se",
			"Vi ses i sal 3.");

		MailMessage mailMessage = _sent();

		assertEquals("Lokal Bcc: alla@kommun.se", mailMessage.getSubject());
		assertEquals(
			"Åsa Bcc: alla@kommun.se",
			mailMessage.getTo(
			)[0].getPersonal());
		assertEquals(
			"Samordnare Cc: x@example.com",
			mailMessage.getReplyTo(
			)[0].getPersonal());
	}

	private MailMessage _sent() {
		ArgumentCaptor<MailMessage> mailMessage = ArgumentCaptor.forClass(
			MailMessage.class);

		verify(_mailService).sendEmail(mailMessage.capture());

		return mailMessage.getValue();
	}

	private final MailService _mailService = mock(MailService.class);
	private final User _recipient = mock(User.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
