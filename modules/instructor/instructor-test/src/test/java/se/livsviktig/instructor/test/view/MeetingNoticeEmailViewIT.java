package se.livsviktig.instructor.test.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeContent;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeContentFactory;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeTexts;
import se.livsviktig.instructor.internal.notice.CertificationNoticeEmailRenderer;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.platform.view.harness.HtmlDocumentCheck;

/**
 * The three meeting notice e-mails (invitation, change, cancellation), in Swedish and English, as the content
 * factory words them from the service bundle's own texts and the renderer makes them HTML: no raw placeholder or
 * key, the meeting's details at Stockholm time, values escaped (the title and place are made to try), and
 * axe-core WCAG 2.1 AA clean in Chromium, with a screenshot each.
 *
 * @author Livsviktig
 */
public class MeetingNoticeEmailViewIT {

	public static Stream<Arguments> notices() {
		return Stream.of(
			MeetingNoticeKinds.INVITATION, MeetingNoticeKinds.CHANGE, MeetingNoticeKinds.CANCELLATION
		).flatMap(
			kind -> Stream.of(Arguments.of(kind, new Locale("sv", "SE")), Arguments.of(kind, Locale.US))
		);
	}

	@MethodSource("notices")
	@ParameterizedTest(name = "{0} in {1}")
	public void everyMeetingNoticeIsAnAccessibleEscapedDocument(String kind, Locale locale) {
		MeetingNoticeContent meetingNoticeContent = new MeetingNoticeContentFactory(
			new MeetingNoticeTexts(MeetingNoticeEmailViewIT::_serviceBundleTexts)
		).create(
			kind, _meeting(), "MHFA-nätverket Väst & Göteborg", locale, TimeZone.getTimeZone("Europe/Stockholm"),
			"Åsa Öberg", "asa.oberg@kommun.example", "Livsviktig", "livsviktig@kommun.example"
		);

		String html = new CertificationNoticeEmailRenderer().render(meetingNoticeContent.getEmail());

		Document document = Jsoup.parse(html);

		assertEquals(locale.toLanguageTag(), document.selectFirst("html").attr("lang"));
		assertEquals(1, document.select("h1").size());
		assertEquals(meetingNoticeContent.getEmail().getSubject(), document.selectFirst("h1").text());
		assertTrue(document.selectFirst("h1").text().contains(_TITLE), "the subject names the meeting");
		assertFalse(html.contains("[$"), "a placeholder was left unfilled");
		assertFalse(html.contains("meeting-"), "a language key was left raw");
		assertTrue(document.select("script, b").isEmpty(), "the title or place was not escaped");
		assertEquals(5, document.select("th[scope=row]").size(), "meeting, network, time, place, link");
		assertTrue(document.text().contains("Stadshuset <b>sal 3</b>"), "the place, as text");

		// Tuesday 31 March 2026, 13:00–15:00 in Stockholm, summer time since the Sunday before

		assertTrue(document.text().contains("2026 13:00–15:00"), document.text());

		String method = MeetingNoticeKinds.CANCELLATION.equals(kind) ? "CANCEL" : "REQUEST";

		assertEquals(method, meetingNoticeContent.getCalendarMethod());
		assertTrue(
			meetingNoticeContent.getCalendarText().contains("METHOD:" + method + "\r\n"),
			meetingNoticeContent.getCalendarText());

		HtmlDocumentCheck.assertAccessible(kind + "-" + locale.getLanguage(), html);
	}

	private static NetworkMeeting _meeting() {
		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setNetworkMeetingId(8002);
		networkMeeting.setTitle(_TITLE);
		networkMeeting.setStartDate(Date.from(Instant.parse("2026-03-31T11:00:00Z")));
		networkMeeting.setEndDate(Date.from(Instant.parse("2026-03-31T13:00:00Z")));
		networkMeeting.setPlace("Stadshuset <b>sal 3</b>");
		networkMeeting.setOnlineLink("https://meet.example.se/varträff");
		networkMeeting.setSequence(2);

		return networkMeeting;
	}

	/**
	 * The service bundle's own Language files, read as the portal reads them (UTF-8).
	 */
	private static ResourceBundle _serviceBundleTexts(Locale locale) {
		String name = "content/Language.properties";

		if (locale.getLanguage().equals("sv")) {
			name = "content/Language_sv.properties";
		}

		try {
			for (URL url : Collections.list(MeetingNoticeTexts.class.getClassLoader().getResources(name))) {
				String location = url.toString();

				if (!location.contains("instructor-service") && !location.contains("instructor.service")) {
					continue;
				}

				try (InputStream inputStream = url.openStream();
					Reader reader = new InputStreamReader(inputStream, StandardCharsets.UTF_8)) {

					return new PropertyResourceBundle(reader);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		throw new IllegalStateException("The instructor service's " + name + " is not on the class path");
	}

	private static final String _TITLE = "<script>alert(1)</script> Vårträff för instruktörer";

}
