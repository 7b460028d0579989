package se.livsviktig.careprogram.service.internal.notice;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * @author Livsviktig
 */
public class ReviewNoticeEmailTest {

	@Test
	public void everyValueIsEscaped() {
		String html = _email(
			"Granskning i dag: <b>Självskadebeteende</b>",
			"https://intra.example/mina-granskningar"
		).toHTML();

		assertTrue(
			html.contains("&lt;b&gt;Självskadebeteende&lt;/b&gt;"), html);
		assertFalse(html.contains("<b>"), html);
		assertFalse(html.contains("<script>"), html);
	}

	@Test
	public void onlyAWebAddressBecomesALink() {
		assertTrue(
			_email(
				"Granskning i dag", "https://intra.example/mina-granskningar"
			).toHTML(
			).contains(
				"href=\"https://intra.example/mina-granskningar\""
			));
		assertFalse(
			_email(
				"Granskning i dag", "javascript:alert(1)"
			).toHTML(
			).contains(
				"href="
			));
		assertFalse(
			_email(
				"Granskning i dag", ""
			).toHTML(
			).contains(
				"href="
			));
	}

	@Test
	public void theDocumentHasTheRecipientsLanguageAndATitle() {
		String html = _email("Granskning i dag", "").toHTML();

		assertTrue(html.contains("<html lang=\"sv-SE\">"), html);
		assertTrue(html.contains("<title>Granskning i dag</title>"), html);
		assertTrue(html.contains("<h1"), html);
	}

	private static ReviewNoticeEmail _email(String subject, String linkURL) {
		return new ReviewNoticeEmail(
			new Locale("sv", "SE"), subject, "Hej <script>Anna</script>!",
			"Texten ska granskas.", "Öppna Mina granskningar", linkURL,
			"Meddelandet skickades av Livsviktig.");
	}

}
