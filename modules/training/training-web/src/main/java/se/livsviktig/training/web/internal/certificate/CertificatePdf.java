package se.livsviktig.training.web.internal.certificate;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Writes the certificate's XHTML as a tagged PDF (PDF/UA, and PDF/A-2u for keeping) with openhtmltopdf and
 * PDFBox, embedded in this bundle. PDF/UA requires every font to be embedded, so the bundle carries its fonts
 * (see {@link CertificateFonts}) and never depends on the fonts a server happens to have. Right-to-left text
 * (an Arabic or Hebrew name) is laid out right to left and Arabic letters joined. A text with letters no
 * embedded font has is refused: the writer would print each as '#', on the page and to a screen reader.
 *
 * @author Livsviktig
 */
public class CertificatePdf {

	public byte[] write(String xhtml)
		throws CertificateCharacterException, IOException {

		String missingCharacters = CertificateFonts.missingCharacters(xhtml);

		if (!missingCharacters.isEmpty()) {
			throw new CertificateCharacterException(missingCharacters);
		}

		ByteArrayOutputStream byteArrayOutputStream = new ByteArrayOutputStream(
			64 * 1024);

		PdfRendererBuilder pdfRendererBuilder = new PdfRendererBuilder();

		pdfRendererBuilder.useFastMode();
		pdfRendererBuilder.usePdfUaAccessbility(true);
		pdfRendererBuilder.usePdfAConformance(
			PdfRendererBuilder.PdfAConformance.PDFA_2_U);
		pdfRendererBuilder.useColorProfile(
			ICC_Profile.getInstance(
				ColorSpace.CS_sRGB
			).getData());

		CertificateFonts.useFonts(pdfRendererBuilder);

		pdfRendererBuilder.useUnicodeBidiSplitter(JdkBidiSplitter.FACTORY);
		pdfRendererBuilder.useUnicodeBidiReorderer(
			new ArabicShapingReorderer());
		pdfRendererBuilder.withProducer("Livsviktig");
		pdfRendererBuilder.withHtmlContent(xhtml, null);
		pdfRendererBuilder.toStream(byteArrayOutputStream);

		pdfRendererBuilder.run();

		return byteArrayOutputStream.toByteArray();
	}

}
