package se.livsviktig.training.web.internal.certificate;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Writes the certificate's XHTML as a tagged PDF (PDF/UA, and PDF/A-2u for keeping) with openhtmltopdf and
 * PDFBox, embedded in this bundle. PDF/UA requires every font to be embedded, so the bundle carries Liberation
 * Sans (SIL Open Font License 1.1) and never depends on the fonts a server happens to have.
 *
 * @author Livsviktig
 */
public class CertificatePdf {

	public static final String FONT_FAMILY = "Liberation Sans";

	public byte[] write(String xhtml) throws IOException {
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
		pdfRendererBuilder.useFont(
			() -> _font("LiberationSans-Regular.ttf"), FONT_FAMILY, 400,
			BaseRendererBuilder.FontStyle.NORMAL, true);
		pdfRendererBuilder.useFont(
			() -> _font("LiberationSans-Bold.ttf"), FONT_FAMILY, 700,
			BaseRendererBuilder.FontStyle.NORMAL, true);
		pdfRendererBuilder.withProducer("Livsviktig");
		pdfRendererBuilder.withHtmlContent(xhtml, null);
		pdfRendererBuilder.toStream(byteArrayOutputStream);

		pdfRendererBuilder.run();

		return byteArrayOutputStream.toByteArray();
	}

	private static InputStream _font(String fileName) {
		InputStream inputStream = CertificatePdf.class.getResourceAsStream(
			"/liberation/" + fileName);

		if (inputStream == null) {
			throw new IllegalStateException(
				"The font " + fileName + " is missing from the bundle");
		}

		return inputStream;
	}

}
