package se.livsviktig.training.web.internal.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.awt.image.BufferedImage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The printed certificate carries its verification link as a QR code: read back by a QR reader from the image the
 * PDF embeds, it is the link to the portal's check with the certificate's number and code, and its tag is a figure
 * whose text alternative says so, in the certificate's language. Without a link (no page shows the catalogue) there
 * is no QR code either.
 *
 * @author Livsviktig
 */
public class CertificateQrCodeTest {

	@ParameterizedTest
	@ValueSource(strings = {"sv-SE", "en-GB"})
	public void theQrCodeInThePdfReadsBackAsTheVerificationLink(
			String languageTag)
		throws Exception {

		Locale locale = Locale.forLanguageTag(languageTag);

		Certificate certificate = CertificateTexts.certificate(
			locale, "Anna Andersson");

		try (PDDocument document = PDDocument.load(_pdf(certificate))) {
			assertEquals(
				List.of(certificate.getVerificationURL()),
				_decodedQrCodes(document));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = {"sv-SE", "en-GB"})
	public void theQrCodeIsAFigureWithATextAlternative(String languageTag)
		throws Exception {

		Locale locale = Locale.forLanguageTag(languageTag);

		try (PDDocument document = PDDocument.load(
				_pdf(CertificateTexts.certificate(locale, "Anna Andersson")))) {

			List<String> alternateDescriptions = new ArrayList<>();

			_collectFigureAlternateDescriptions(
				document.getDocumentCatalog(
				).getStructureTreeRoot(),
				alternateDescriptions);

			assertTrue(
				alternateDescriptions.contains(
					CertificateTexts.texts(
						locale
					).getString(
						"qr-code-with-the-link-to-check-this-certificate"
					)),
				alternateDescriptions::toString);
		}
	}

	@Test
	public void withoutAVerificationLinkThereIsNoQrCode() throws Exception {
		Locale locale = CertificateTexts.SWEDISH;

		Certificate certificate = CertificateTexts.certificate(
			locale, "Anna Andersson");

		certificate.setVerificationURL(null);

		String html = new CertificateHtml(
			CertificateTexts.texts(locale)
		).render(
			certificate
		);

		assertFalse(html.contains("class=\"qr\""), html);

		try (PDDocument document = PDDocument.load(
				new CertificatePdf().write(html))) {

			assertTrue(
				_decodedQrCodes(document).isEmpty(), "a QR code without a link");
		}
	}

	private static void _collectFigureAlternateDescriptions(
		PDStructureNode structureNode, List<String> alternateDescriptions) {

		for (Object kid : structureNode.getKids()) {
			if (kid instanceof PDStructureElement) {
				PDStructureElement structureElement = (PDStructureElement)kid;

				if ("Figure".equals(structureElement.getStructureType())) {
					alternateDescriptions.add(
						structureElement.getAlternateDescription());
				}

				_collectFigureAlternateDescriptions(
					structureElement, alternateDescriptions);
			}
		}
	}

	/**
	 * Every image on every page that a QR reader can read, as the text it holds.
	 */
	private static List<String> _decodedQrCodes(PDDocument document)
		throws Exception {

		List<String> decoded = new ArrayList<>();

		for (int i = 0; i < document.getNumberOfPages(); i++) {
			PDResources resources = document.getPage(
				i
			).getResources();

			for (COSName name : resources.getXObjectNames()) {
				PDXObject xObject = resources.getXObject(name);

				if (!(xObject instanceof PDImageXObject)) {
					continue;
				}

				String text = _decode(((PDImageXObject)xObject).getImage());

				if (text != null) {
					decoded.add(text);
				}
			}
		}

		return decoded;
	}

	private static String _decode(BufferedImage bufferedImage)
		throws Exception {

		int width = bufferedImage.getWidth();
		int height = bufferedImage.getHeight();

		int[] pixels = bufferedImage.getRGB(
			0, 0, width, height, null, 0, width);

		try {
			return new QRCodeReader(
			).decode(
				new BinaryBitmap(
					new HybridBinarizer(
						new RGBLuminanceSource(width, height, pixels)))
			).getText();
		}
		catch (ReaderException readerException) {
			return null;
		}
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
