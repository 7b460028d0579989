package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import java.util.Locale;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;

/**
 * The PDF says what the HTML says, as text a screen reader and a search can find, and is a tagged document with
 * a title, a subject, a language and its fonts embedded (what PDF/UA asks for).
 *
 * @author Livsviktig
 */
public class CertificatePdfTest {

	@Test
	public void thePdfStatesTheCertificateAsText() throws Exception {
		try (PDDocument document = PDDocument.load(
				_pdf(CertificateTexts.SWEDISH))) {

			String text = new PDFTextStripper().getText(document);

			for (String expected :
					new String[] {
						"Kursintyg", "Anna Andersson",
						"Första hjälpen till psykisk hälsa", "MHFA Vuxen",
						"9 februari 2027", "16 februari 2027", "14 timmar",
						"Stadshuset, sal A, Helsingborg", "Helsingborgs stad"
					}) {

				assertTrue(text.contains(expected), expected + " in " + text);
			}
		}
	}

	@Test
	public void thePdfIsTaggedWithATitleALanguageAndEmbeddedFonts()
		throws Exception {

		try (PDDocument document = PDDocument.load(_pdf(Locale.UK))) {
			PDDocumentCatalog documentCatalog = document.getDocumentCatalog();

			assertTrue(documentCatalog.getMarkInfo().isMarked());
			assertNotNull(documentCatalog.getStructureTreeRoot());
			assertEquals("en-GB", documentCatalog.getLanguage());
			assertEquals(
				"Course certificate for Anna Andersson",
				document.getDocumentInformation().getTitle());
			assertTrue(
				documentCatalog.getViewerPreferences().displayDocTitle());
			assertEquals(
				"Anna Andersson has completed the course Första hjälpen " +
					"till psykisk hälsa.",
				document.getDocumentInformation().getSubject());

			_assertEveryFontIsEmbedded(document);

			String metadata = new String(
				documentCatalog.getMetadata(
				).toByteArray(),
				StandardCharsets.UTF_8);

			assertTrue(metadata.contains("pdfuaid"), "declares PDF/UA");
			assertTrue(metadata.contains("pdfaid"), "declares PDF/A");
		}
	}

	@Test
	public void thePdfStartsAsAPdf() throws Exception {
		byte[] pdf = _pdf(CertificateTexts.SWEDISH);

		assertEquals("%PDF", new String(pdf, 0, 4, "US-ASCII"));
	}

	private static void _assertEveryFontIsEmbedded(PDDocument document)
		throws Exception {

		int fonts = 0;

		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();

			for (COSName cosName : resources.getFontNames()) {
				PDFont font = resources.getFont(cosName);

				assertTrue(font.isEmbedded(), font.getName());

				fonts++;
			}
		}

		assertTrue(fonts > 0, "the PDF uses no font");
	}

	private static byte[] _pdf(Locale locale) throws Exception {
		return new CertificatePdf().write(
			new CertificateHtml(
				CertificateTexts.texts(locale)
			).render(
				CertificateTexts.certificate(locale, "Anna Andersson")
			));
	}

}
