package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names and titles in other scripts: what an embedded font can draw comes back out of the PDF as the same text
 * (the fallback font for Arabic, Hebrew, Greek, Cyrillic), and what none can draw (CJK ideographs, emoji) is
 * refused with the letters named, never printed as '#'.
 *
 * @author Livsviktig
 */
public class CertificateLettersTest {

	@ParameterizedTest
	@ValueSource(
		strings = {"محمد", "محمد عبد الله", "שרה לוי", "Ελένη Παππά", "Анна Иванова", "Åsa Öberg"}
	)
	public void aNameAFontCanDrawComesBackAsTheSameText(String name)
		throws Exception {

		Certificate certificate = CertificateTexts.certificate(Locale.UK, name);

		certificate.setCourseTitle(name + " (MHFA)");

		try (PDDocument document = PDDocument.load(_pdf(certificate))) {
			String text = new PDFTextStripper().getText(document);

			assertTrue(text.contains(name), name + " in " + text);
			assertFalse(text.contains("#"), text);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"王小明", "Åsa Öberg 😊"})
	public void aNameNoFontCanDrawIsRefusedWithItsLetters(String name) {
		CertificateCharacterException certificateCharacterException =
			assertThrows(
				CertificateCharacterException.class,
				() -> _pdf(CertificateTexts.certificate(Locale.UK, name)));

		assertEquals(
			name.replaceAll("[\\p{IsLatin}\\s]", ""),
			certificateCharacterException.getCharacters());
	}

	private static byte[] _pdf(Certificate certificate) throws Exception {
		return new CertificatePdf().write(
			new CertificateHtml(
				CertificateTexts.texts(certificate.getLocale())
			).render(
				certificate
			));
	}

}
