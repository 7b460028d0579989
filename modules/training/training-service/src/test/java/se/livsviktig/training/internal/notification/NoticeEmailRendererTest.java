package se.livsviktig.training.internal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/**
 * A notice e-mail is a complete, accessible HTML document whose values can never become markup.
 *
 * @author Livsviktig
 */
public class NoticeEmailRendererTest {

	@Test
	public void aCourseTitledLikeAScriptIsShownAsTextNeverRun() {
		NoticeContent noticeContent = new NoticeContent(
			_SWEDISH, "Din plats är bekräftad: <script>alert(1)</script>");

		noticeContent.addParagraph("Välkommen till <script>alert(2)</script>!");
		noticeContent.addDetail("Kurs", "<script>alert(3)</script>");
		noticeContent.addDetail("Plats", "Stadshuset & \"Folkets hus\"");
		noticeContent.setSignature("<img src=x onerror=alert(4)>");

		String html = new NoticeEmailRenderer().render(noticeContent);

		assertFalse(html.contains("<script"), html);
		assertFalse(html.contains("<img"), html);
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);

		Document document = Jsoup.parse(html);

		assertTrue(document.select("script, img").isEmpty());
		assertEquals(
			"Din plats är bekräftad: <script>alert(1)</script>",
			document.title());
		assertEquals(
			"Din plats är bekräftad: <script>alert(1)</script>",
			document.selectFirst(
				"h1"
			).text());
		assertEquals(
			"<script>alert(3)</script>",
			document.selectFirst(
				"td"
			).text());
		assertEquals(
			"Stadshuset & \"Folkets hus\"",
			document.select(
				"td"
			).get(
				1
			).text());
	}

	@Test
	public void theDetailsAreATableWithRowHeaders() {
		NoticeContent noticeContent = new NoticeContent(
			Locale.US, "Reminder: MHFA Adult");

		noticeContent.addDetail("Course", "MHFA Adult");
		noticeContent.addDetail("Dates", "1–2 December 2026");
		noticeContent.addDetail("Place", "");

		Document document = Jsoup.parse(
			new NoticeEmailRenderer().render(noticeContent));

		Elements rows = document.select("table tr");

		assertEquals(2, rows.size());

		for (Element row : rows) {
			Element th = row.selectFirst("th");

			assertEquals("row", th.attr("scope"));
			assertEquals(1, row.select("td").size());
		}

		assertEquals(
			"Dates",
			rows.get(
				1
			).selectFirst(
				"th"
			).text());
	}

	@Test
	public void theDocumentHasItsLanguageATitleAndOneHeading() {
		NoticeContent noticeContent = new NoticeContent(
			_SWEDISH, "Påminnelse: MHFA Vuxen");

		noticeContent.addParagraph("Hej Kim,");
		noticeContent.addParagraph("Det här är en påminnelse.");
		noticeContent.setLink(
			"Mina utbildningar",
			"https://intranat.example.se/web/guest/mina-utbildningar?a=1&b=2");

		Document document = Jsoup.parse(
			new NoticeEmailRenderer().render(noticeContent));

		assertEquals("sv-SE", document.selectFirst("html").attr("lang"));
		assertEquals("Påminnelse: MHFA Vuxen", document.title());
		assertEquals(1, document.select("h1").size());
		assertEquals(0, document.select("h2, h3, h4, h5, h6").size());
		assertEquals(1, document.select("main").size());

		Element link = document.selectFirst("a[href]");

		assertEquals("Mina utbildningar", link.text());
		assertEquals(
			"https://intranat.example.se/web/guest/mina-utbildningar?a=1&b=2",
			link.attr("href"));
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

}
