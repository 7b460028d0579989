package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

import java.time.Instant;

import java.util.Locale;
import java.util.TimeZone;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.livsviktig.instructor.model.Certification;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * The e-mail a holder gets: in their language, the valid-until date as their calendar shows it, every value
 * escaped, from the company's address.
 *
 * @author Livsviktig
 */
public class EmailCertificationNoticeDeliveryTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(
			_userLocalService.getUser(Certifications.HOLDER_USER_ID)
		).thenReturn(
			_holder
		);
		when(
			_holder.getEmailAddress()
		).thenReturn(
			"anna.berg@kommun.example"
		);
		when(
			_holder.getFullName()
		).thenReturn(
			"Anna <b>Berg</b>"
		);
		when(
			_holder.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen <script>alert(1)</script>"
		);
		when(
			trainingMethod.getName(Locale.US)
		).thenReturn(
			"MHFA Adult <script>alert(1)</script>"
		);
		when(
			_trainingMethodLocalService.getTrainingMethod(
				Certifications.METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		PrefsProps prefsProps = mock(PrefsProps.class);

		when(
			prefsProps.getString(
				Certifications.COMPANY_ID, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS)
		).thenReturn(
			"livsviktig@kommun.example"
		);
		when(
			prefsProps.getString(
				Certifications.COMPANY_ID, PropsKeys.ADMIN_EMAIL_FROM_NAME)
		).thenReturn(
			"Livsviktig"
		);

		Fields.set(_delivery, "_mailService", _mailService);
		Fields.set(_delivery, "_prefsProps", prefsProps);
		Fields.set(
			_delivery, "_trainingMethodLocalService",
			_trainingMethodLocalService);
		Fields.set(_delivery, "_userLocalService", _userLocalService);
	}

	@Test
	public void aSwedishHolderIsRemindedInSwedishWithTheDateTheirCalendarShows()
		throws Exception {

		when(
			_holder.getLocale()
		).thenReturn(
			_SWEDISH
		);

		MailMessage mailMessage = _deliver("expiry-30");

		assertEquals(
			"Din instruktörsbehörighet för MHFA Vuxen " +
				"<script>alert(1)</script> gäller till 1 april 2027",
			mailMessage.getSubject());
		assertEquals(
			"anna.berg@kommun.example",
			mailMessage.getTo()[0].getAddress());
		assertEquals(
			"livsviktig@kommun.example", mailMessage.getFrom().getAddress());
		assertTrue(mailMessage.isHTMLFormat());

		Document document = Jsoup.parse(mailMessage.getBody());

		assertEquals("sv-SE", document.selectFirst("html").attr("lang"));
		assertEquals(mailMessage.getSubject(), document.selectFirst("h1").text());
		assertEquals(
			"Hej Anna <b>Berg</b>!", document.select("p").get(0).text());
		assertTrue(
			document.select(
				"p"
			).get(
				1
			).text(
			).startsWith(
				"Din behörighet som instruktör i MHFA Vuxen"
			));
		assertEquals(
			"1 april 2027", document.select("td").get(1).text());
		assertEquals("MHFA Sverige", document.select("td").get(2).text());
	}

	@Test
	public void anEnglishHolderIsToldOfTheLapseInEnglish() throws Exception {
		when(
			_holder.getLocale()
		).thenReturn(
			Locale.US
		);

		MailMessage mailMessage = _deliver("lapsed");

		assertEquals(
			"Your instructor certification for MHFA Adult " +
				"<script>alert(1)</script> has expired",
			mailMessage.getSubject());

		Document document = Jsoup.parse(mailMessage.getBody());

		assertEquals("en-US", document.selectFirst("html").attr("lang"));
		assertTrue(
			document.select(
				"p"
			).get(
				1
			).text(
			).contains(
				"was valid until April 1, 2027 and has expired"
			),
			document.select(
				"p"
			).get(
				1
			).text());
	}

	@Test
	public void namesAndMethodsWithMarkupStayText() throws Exception {
		when(
			_holder.getLocale()
		).thenReturn(
			_SWEDISH
		);

		String html = _deliver(
			"expiry-90"
		).getBody();

		Document document = Jsoup.parse(html);

		assertTrue(document.select("script, b").isEmpty(), html);
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
	}

	private MailMessage _deliver(String noticeKind) throws Exception {
		Certification certification = Certifications.active(
			7, Instant.parse("2024-03-31T22:00:00Z"),
			Instant.parse("2027-03-31T22:00:00Z"));

		_delivery.deliver(new CertificationNotice(certification, noticeKind));

		ArgumentCaptor<MailMessage> mailMessageCaptor = ArgumentCaptor.forClass(
			MailMessage.class);

		verify(
			_mailService
		).sendEmail(
			mailMessageCaptor.capture()
		);

		return mailMessageCaptor.getValue();
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final EmailCertificationNoticeDelivery _delivery =
		new EmailCertificationNoticeDelivery();
	private final User _holder = mock(User.class);
	private final MailService _mailService = mock(MailService.class);
	private final TrainingMethodLocalService _trainingMethodLocalService =
		mock(TrainingMethodLocalService.class);
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
