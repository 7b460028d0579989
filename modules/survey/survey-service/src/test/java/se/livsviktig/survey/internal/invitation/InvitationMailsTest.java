package se.livsviktig.survey.internal.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A survey invitation reads in the invitee's language, carries the token URL-encoded in its answer and opt-out
 * links, and keeps every value text in the HTML.
 *
 * @author Livsviktig
 */
class InvitationMailsTest {

	@Test
	void aSwedishInviteeReadsTheInvitationInSwedish() {
		InvitationMail invitationMail = _mails.compose(
			_SWEDISH, _STOCKHOLM, "Anna Svensson", "Uppföljning MHFA", true,
			_CLOSE, _PAGE, "abc", false);

		assertEquals("Enkät: Uppföljning MHFA", invitationMail.getSubject());
		assertEquals("Hej Anna Svensson!", invitationMail.getParagraphs().get(0));
		assertTrue(
			invitationMail.getParagraphs(
			).get(
				1
			).contains(
				"30 juni 2027"
			),
			invitationMail.getParagraphs().get(1));
		assertEquals(
			"Dina svar är anonyma: de sparas utan ditt namn.",
			invitationMail.getParagraphs().get(2));
		assertEquals("Svara på enkäten", invitationMail.getAnswerLabel());
	}

	@Test
	void anEnglishReminderSaysItIsAReminder() {
		InvitationMail invitationMail = _mails.compose(
			Locale.US, _STOCKHOLM, "Bo", "Follow-up", false, _CLOSE, _PAGE,
			"abc", true);

		assertEquals("Reminder: Follow-up", invitationMail.getSubject());
		assertEquals(
			"Your answers are saved with your name.",
			invitationMail.getParagraphs().get(2));
	}

	@Test
	void theTokenGoesIntoTheLinksUrlEncoded() {
		InvitationMail invitationMail = _mails.compose(
			Locale.US, _STOCKHOLM, "Bo", "Follow-up", true, _CLOSE,
			"https://intra.example/web/guest/enkat?p_p_id=x", "a+b/c=", false);

		assertEquals(
			"https://intra.example/web/guest/enkat?p_p_id=x&token=a%2Bb%2Fc%3D",
			invitationMail.getAnswerURL());
		assertEquals(
			invitationMail.getAnswerURL() + "&optOut=true",
			invitationMail.getOptOutURL());
	}

	@Test
	void theTokenGoesBeforeTheAnswerPagesFragment() {
		InvitationMail invitationMail = _mails.compose(
			Locale.US, _STOCKHOLM, "Bo", "Follow-up", true, _CLOSE,
			"https://intra.example/web/guest/enkat#svar", "abc", false);

		assertEquals(
			"https://intra.example/web/guest/enkat?token=abc#svar",
			invitationMail.getAnswerURL());
		assertEquals(
			"https://intra.example/web/guest/enkat?token=abc&optOut=true#svar",
			invitationMail.getOptOutURL());
	}

	@Test
	void withoutAnAnswerPageTheMailHasNoLinks() {
		InvitationMail invitationMail = _mails.compose(
			Locale.US, _STOCKHOLM, "Bo", "Follow-up", true, _CLOSE, "", "abc",
			false);

		assertNull(invitationMail.getAnswerURL());
		assertNull(invitationMail.getOptOutURL());

		Document document = Jsoup.parse(
			new InvitationMailRenderer().render(invitationMail));

		assertTrue(document.select("a").isEmpty());
		assertTrue(
			document.text(
			).contains(
				"My surveys"
			));
	}

	@Test
	void valuesStayTextInTheHtml() {
		InvitationMail invitationMail = _mails.compose(
			Locale.US, _STOCKHOLM, "<b>Eve</b>", "<script>alert(1)</script>",
			true, _CLOSE, "https://intra.example/enkat?x=\"><script>", "abc",
			false);

		Document document = Jsoup.parse(
			new InvitationMailRenderer().render(invitationMail));

		assertTrue(document.select("script, b").isEmpty(), document.html());
		assertEquals(
			"Survey: <script>alert(1)</script>",
			document.selectFirst(
				"h1"
			).text());
		assertEquals("en-US", document.selectFirst("html").attr("lang"));

		Element answerLink = document.selectFirst("a");

		assertEquals("Answer the survey", answerLink.text());
		assertEquals(invitationMail.getAnswerURL(), answerLink.attr("href"));
		assertEquals(
			invitationMail.getOptOutURL(),
			document.select(
				"a"
			).get(
				1
			).attr(
				"href"
			));
	}

	private static final Date _CLOSE = Date.from(
		Instant.parse("2027-06-30T20:00:00Z"));

	private static final String _PAGE = "https://intra.example/enkat";

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone(
		"Europe/Stockholm");

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final InvitationMails _mails = new InvitationMails();

}
