package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;

import java.nio.charset.StandardCharsets;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The certificate's XHTML: well-formed XML, in the reader's language, with every value the certificate must
 * state, escaped.
 *
 * @author Livsviktig
 */
public class CertificateHtmlTest {

	@Test
	public void aNameWithMarkupIsEscapedAndTheDocumentStaysWellFormed()
		throws Exception {

		String html = _render(
			CertificateTexts.SWEDISH, "<script>alert(1)</script> Anna & Co");

		Document document = _parse(html);

		assertEquals(
			0, document.getElementsByTagName("script").getLength());
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
		assertTrue(
			document.getDocumentElement(
			).getTextContent(
			).contains(
				"<script>alert(1)</script> Anna & Co"
			));
	}

	@Test
	public void everyFactOfTheCertificateIsStated() throws Exception {
		Element html = _parse(
			_render(CertificateTexts.SWEDISH, "Anna Andersson")
		).getDocumentElement();

		String text = html.getTextContent();

		assertEquals("sv-SE", html.getAttribute("lang"));
		assertEquals(
			"Kursintyg för Anna Andersson",
			html.getElementsByTagName(
				"title"
			).item(
				0
			).getTextContent());
		assertEquals(
			"Kursintyg",
			html.getElementsByTagName(
				"h1"
			).item(
				0
			).getTextContent());
		assertEquals(1, html.getElementsByTagName("h2").getLength());
		assertEquals(1, html.getElementsByTagName("table").getLength());
		assertEquals(10, html.getElementsByTagName("th").getLength());
		assertEquals(10, html.getElementsByTagName("td").getLength());
		assertTrue(
			text.contains(
				"Anna Andersson har genomgått kursen Första hjälpen till " +
					"psykisk hälsa."),
			text);

		for (String expected :
				new String[] {
					"MHFA Vuxen", "9 februari 2027, 08:30–15:30",
					"16 februari 2027, 08:30–15:30", "14 timmar",
					"Stadshuset, sal A, Helsingborg", "Helsingborgs stad",
					"Intygsnummer\n50001", "Kontrollkod\n7K2QX-M4PZ9",
					"på\nhttps://utbildning.helsingborg.se/",
					"number=50001&code=7K2QX-M4PZ9", "Underskrift"
				}) {

			assertTrue(text.contains(expected), expected + " in " + text);
		}

		Element logo = (Element)html.getElementsByTagName(
			"img"
		).item(
			0
		);

		assertEquals("Logotyp för Helsingborgs stad", logo.getAttribute("alt"));
		assertTrue(logo.getAttribute("src").startsWith("data:image/png;base64,"));
	}

	@Test
	public void withoutALogoThereIsNoImage() throws Exception {
		Certificate certificate = CertificateTexts.certificate(
			CertificateTexts.SWEDISH, "Anna Andersson");

		certificate.setLogo(null, null);

		Document document = _parse(
			new CertificateHtml(
				CertificateTexts.texts(CertificateTexts.SWEDISH)
			).render(
				certificate
			));

		// The only image left is the verification link's QR code

		NodeList images = document.getElementsByTagName("img");

		assertEquals(1, images.getLength());
		assertEquals("qr", ((Element)images.item(0)).getAttribute("class"));
		assertTrue(
			document.getDocumentElement(
			).getTextContent(
			).contains(
				"Helsingborgs stad"
			));
	}

	@Test
	public void inEnglishEveryLabelIsEnglish() throws Exception {
		String html = _render(Locale.UK, "Anna Andersson");

		Element element = _parse(html).getDocumentElement();

		assertEquals("en-GB", element.getAttribute("lang"));
		assertTrue(
			element.getTextContent(
			).contains(
				"Anna Andersson has completed the course"
			));
		assertTrue(element.getTextContent().contains("14 hours"));
		assertTrue(element.getTextContent().contains("9 February 2027"));
		assertFalse(html.contains("certificate-"), "a raw language key");
	}

	@Test
	public void hoursAreTheSessionDatesSummedToTheNearestHalfHour() {
		Certificate certificate = new Certificate(
			Locale.UK, TimeZone.getTimeZone("UTC"));

		certificate.addSessionDate(new Date(0), new Date(_minutes(200)));
		certificate.addSessionDate(
			new Date(_minutes(1440)), new Date(_minutes(1440 + 215)));

		assertEquals(7.0, certificate.getHours());

		certificate.addSessionDate(
			new Date(_minutes(2880)), new Date(_minutes(2880 + 80)));

		assertEquals(8.5, certificate.getHours());
	}

	@Test
	public void halfHoursAreWrittenTheReadersWay() throws Exception {
		Certificate certificate = CertificateTexts.certificate(
			CertificateTexts.SWEDISH, "Anna Andersson");

		certificate.addSessionDate(
			new Date(_minutes(0)), new Date(_minutes(30)));

		String text = _parse(
			new CertificateHtml(
				CertificateTexts.texts(CertificateTexts.SWEDISH)
			).render(
				certificate
			)
		).getDocumentElement(
		).getTextContent();

		assertTrue(text.contains("14,5 timmar"), text);
	}

	private static long _minutes(long minutes) {
		return minutes * 60_000;
	}

	private static Document _parse(String html) throws Exception {
		DocumentBuilderFactory documentBuilderFactory =
			DocumentBuilderFactory.newInstance();

		documentBuilderFactory.setNamespaceAware(true);

		return documentBuilderFactory.newDocumentBuilder(
		).parse(
			new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))
		);
	}

	private static String _render(Locale locale, String participantName) {
		return new CertificateHtml(
			CertificateTexts.texts(locale)
		).render(
			CertificateTexts.certificate(locale, participantName)
		);
	}

}
