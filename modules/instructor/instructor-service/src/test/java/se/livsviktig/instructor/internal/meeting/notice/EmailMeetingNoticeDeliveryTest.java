package se.livsviktig.instructor.internal.meeting.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TimeZone;

import javax.mail.BodyPart;
import javax.mail.Session;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.impl.InstructorNetworkImpl;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * The e-mail an invited person gets: their language, the meeting's time in their time zone, every value escaped,
 * and the calendar entry as a part that names its method (REQUEST, or CANCEL for a cancellation) with the
 * SEQUENCE the notice was claimed for.
 *
 * @author Livsviktig
 */
public class EmailMeetingNoticeDeliveryTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(
			_userLocalService.getUser(_RECIPIENT_USER_ID)
		).thenReturn(
			_recipient
		);
		when(
			_recipient.getEmailAddress()
		).thenReturn(
			"anna.berg@kommun.example"
		);
		when(
			_recipient.getFullName()
		).thenReturn(
			"Anna <b>Berg</b>"
		);

		_networkMeeting.setNetworkMeetingId(_NETWORK_MEETING_ID);
		_networkMeeting.setCompanyId(_COMPANY_ID);
		_networkMeeting.setInstructorNetworkId(_NETWORK_ID);
		_networkMeeting.setTitle("Vårträff <script>alert(1)</script>");
		_networkMeeting.setStartDate(_START);
		_networkMeeting.setEndDate(_END);
		_networkMeeting.setPlace("Stadshuset, sal <i>3</i>");
		_networkMeeting.setOnlineLink("https://meet.example.se/varträff");
		_networkMeeting.setSequence(5);

		NetworkMeetingLocalService networkMeetingLocalService = mock(
			NetworkMeetingLocalService.class);

		when(
			networkMeetingLocalService.getNetworkMeeting(_NETWORK_MEETING_ID)
		).thenReturn(
			_networkMeeting
		);

		InstructorNetwork instructorNetwork = new InstructorNetworkImpl();

		instructorNetwork.setName("MHFA-nätverket Väst");

		InstructorNetworkLocalService instructorNetworkLocalService = mock(
			InstructorNetworkLocalService.class);

		when(
			instructorNetworkLocalService.getInstructorNetwork(_NETWORK_ID)
		).thenReturn(
			instructorNetwork
		);

		PrefsProps prefsProps = mock(PrefsProps.class);

		when(
			prefsProps.getString(
				_COMPANY_ID, PropsKeys.ADMIN_EMAIL_FROM_ADDRESS)
		).thenReturn(
			"livsviktig@kommun.example"
		);
		when(
			prefsProps.getString(_COMPANY_ID, PropsKeys.ADMIN_EMAIL_FROM_NAME)
		).thenReturn(
			"Livsviktig"
		);

		MailService mailService = mock(MailService.class);

		when(
			mailService.getSession()
		).thenReturn(
			Session.getInstance(new Properties())
		);

		Fields.set(
			_delivery, "_instructorNetworkLocalService",
			instructorNetworkLocalService);
		Fields.set(_delivery, "_mailService", mailService);
		Fields.set(
			_delivery, "_networkMeetingLocalService",
			networkMeetingLocalService);
		Fields.set(_delivery, "_prefsProps", prefsProps);
		Fields.set(_delivery, "_userLocalService", _userLocalService);

		_delivery._mimeMessageSender = _sent::add;
	}

	@Test
	public void aCancellationIsACancelPartWithTheCancelledSequence()
		throws Exception {

		_recipientIn(_SWEDISH, "Europe/Stockholm");

		MimeMessage mimeMessage = _deliver(MeetingNoticeKinds.CANCELLATION, 5);

		assertEquals(
			"Inställd: Vårträff <script>alert(1)</script>, tisdag 30 mars " +
				"2027 13:00–15:00",
			mimeMessage.getSubject());

		BodyPart calendarPart = _part(mimeMessage, 1);

		assertTrue(
			calendarPart.getContentType(
			).startsWith(
				"text/calendar; method=CANCEL; charset=UTF-8"
			),
			calendarPart.getContentType());

		String ics = _text(calendarPart);

		assertTrue(ics.contains("METHOD:CANCEL\r\n"), ics);
		assertTrue(ics.contains("STATUS:CANCELLED\r\n"), ics);
		assertTrue(ics.contains("SEQUENCE:5\r\n"), ics);
	}

	@Test
	public void anEnglishRecipientInLondonReadsEnglishAtLondonTime()
		throws Exception {

		_recipientIn(Locale.UK, "Europe/London");

		MimeMessage mimeMessage = _deliver(MeetingNoticeKinds.CHANGE, 4);

		assertEquals(
			"Changed: Vårträff <script>alert(1)</script>, Tuesday 30 March " +
				"2027 12:00–14:00",
			mimeMessage.getSubject());

		Document document = Jsoup.parse(_text(_part(mimeMessage, 0)));

		assertEquals("en-GB", document.selectFirst("html").attr("lang"));
		assertTrue(
			document.select(
				"p"
			).get(
				1
			).text(
			).startsWith(
				"The meeting Vårträff <script>alert(1)</script> of the " +
					"network MHFA-nätverket Väst has changed."
			),
			document.html());

		// The notice claimed for sequence 4 says 4, though the meeting has moved on to 5 since

		String ics = _text(_part(mimeMessage, 1));

		assertTrue(ics.contains("METHOD:REQUEST\r\n"), ics);
		assertTrue(ics.contains("SEQUENCE:4\r\n"), ics);
		assertTrue(ics.contains("DTSTART:20270330T110000Z\r\n"), ics);
	}

	@Test
	public void aSwedishRecipientIsInvitedInSwedishAtStockholmTimeWithARequest()
		throws Exception {

		_recipientIn(_SWEDISH, "Europe/Stockholm");

		MimeMessage mimeMessage = _deliver(MeetingNoticeKinds.INVITATION, 5);

		assertEquals(
			"Inbjudan: Vårträff <script>alert(1)</script>, tisdag 30 mars " +
				"2027 13:00–15:00",
			mimeMessage.getSubject());
		assertEquals(
			"anna.berg@kommun.example",
			((javax.mail.internet.InternetAddress)mimeMessage.getAllRecipients()[0]).getAddress());

		String html = _text(_part(mimeMessage, 0));

		Document document = Jsoup.parse(html);

		assertEquals("sv-SE", document.selectFirst("html").attr("lang"));
		assertEquals("Hej Anna <b>Berg</b>!", document.select("p").get(0).text());
		assertTrue(
			document.select(
				"p"
			).get(
				1
			).text(
			).startsWith(
				"Du är inbjuden till träffen Vårträff"
			),
			html);
		assertEquals(
			"tisdag 30 mars 2027 13:00–15:00",
			document.select("td").get(2).text());
		assertEquals(
			"Stadshuset, sal <i>3</i>", document.select("td").get(3).text());
		assertEquals(
			"https://meet.example.se/varträff",
			document.select("td").get(4).text());

		BodyPart calendarPart = _part(mimeMessage, 1);

		assertTrue(
			calendarPart.getContentType(
			).startsWith(
				"text/calendar; method=REQUEST; charset=UTF-8"
			),
			calendarPart.getContentType());
		assertEquals("invite.ics", calendarPart.getFileName());

		String ics = _text(calendarPart);

		assertTrue(ics.contains("METHOD:REQUEST\r\n"), ics);
		assertTrue(
			ics.contains(
				"UID:livsviktig-network-meeting-" + _NETWORK_MEETING_ID +
					"@livsviktig.se\r\n"),
			ics);
	}

	@Test
	public void titlesNamesAndPlacesWithMarkupStayText() throws Exception {
		_recipientIn(_SWEDISH, "Europe/Stockholm");

		String html = _text(
			_part(_deliver(MeetingNoticeKinds.INVITATION, 5), 0));

		assertTrue(Jsoup.parse(html).select("script, b, i").isEmpty(), html);
		assertTrue(
			html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
	}

	private static BodyPart _part(MimeMessage mimeMessage, int index)
		throws Exception {

		MimeMultipart mimeMultipart = (MimeMultipart)mimeMessage.getContent();

		return mimeMultipart.getBodyPart(index);
	}

	private static String _text(BodyPart bodyPart) throws Exception {
		try (InputStream inputStream = bodyPart.getInputStream()) {
			ByteArrayOutputStream byteArrayOutputStream =
				new ByteArrayOutputStream();

			inputStream.transferTo(byteArrayOutputStream);

			return byteArrayOutputStream.toString(StandardCharsets.UTF_8);
		}
	}

	private MimeMessage _deliver(String noticeKind, int sequence)
		throws Exception {

		_delivery.deliver(
			new OutgoingMeetingNotice(
				noticeKind, _COMPANY_ID, 20121, _NETWORK_MEETING_ID, sequence,
				_RECIPIENT_USER_ID));

		assertEquals(1, _sent.size());

		// Read back as a mail client would

		MimeMessage mimeMessage = _sent.get(0);

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		mimeMessage.writeTo(byteArrayOutputStream);

		return new MimeMessage(
			Session.getInstance(new Properties()),
			new java.io.ByteArrayInputStream(
				byteArrayOutputStream.toByteArray()));
	}

	private void _recipientIn(Locale locale, String timeZoneId) {
		when(
			_recipient.getLocale()
		).thenReturn(
			locale
		);
		when(
			_recipient.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone(timeZoneId)
		);
	}

	private static final long _COMPANY_ID = 20097;

	// 2027-03-30 13:00 UTC: 15:00 in Stockholm and 14:00 in London, both on summer time since 28 March

	private static final Date _END = new Date(1_806_411_600_000L);

	private static final long _NETWORK_ID = 7001;

	private static final long _NETWORK_MEETING_ID = 8002;

	private static final long _RECIPIENT_USER_ID = 301;

	// 2027-03-30 11:00 UTC

	private static final Date _START = new Date(1_806_404_400_000L);

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final EmailMeetingNoticeDelivery _delivery =
		new EmailMeetingNoticeDelivery();
	private final NetworkMeeting _networkMeeting = new NetworkMeetingImpl();
	private final User _recipient = mock(User.class);
	private final List<MimeMessage> _sent = new ArrayList<>();
	private final UserLocalService _userLocalService = mock(
		UserLocalService.class);

}
