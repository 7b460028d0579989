package se.livsviktig.training.web.internal.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The QR code in the page is a real one: the modules drawn in the SVG, read back by a QR reader, give the
 * code; its text alternative is escaped.
 *
 * @author Livsviktig
 */
public class CheckInQrCodeTest {

	@Test
	public void theAltTextIsEscaped() {
		String svg = CheckInQrCode.toSvg(
			"ABC234", "Kod <b>ABC234</b> & \"giltig\"");

		assertFalse(svg.contains("<b>"), svg);
		assertTrue(
			svg.contains(
				"aria-label=\"Kod &lt;b&gt;ABC234&lt;/b&gt; &amp; " +
					"&quot;giltig&quot;\""),
			svg);
		assertTrue(
			svg.contains(
				"<title>Kod &lt;b&gt;ABC234&lt;/b&gt; &amp; " +
					"&quot;giltig&quot;</title>"),
			svg);
		assertTrue(svg.contains("role=\"img\""), svg);
	}

	@Test
	public void theSvgReadsBackAsTheCode() throws Exception {
		String svg = CheckInQrCode.toSvg("ABC234", "QR-kod för ABC234");

		Matcher viewBox = Pattern.compile(
			"viewBox=\"0 0 (\\d+) (\\d+)\""
		).matcher(
			svg
		);

		assertTrue(viewBox.find(), svg);

		int size = Integer.parseInt(viewBox.group(1));

		assertEquals(
			21 + 8, size, "version 1 (21 modules) with a quiet zone of 4");

		int scale = 4;
		int pixels = size * scale;

		int[] argb = new int[pixels * pixels];

		java.util.Arrays.fill(argb, 0xFFFFFFFF);

		Matcher module = Pattern.compile(
			"M(\\d+) (\\d+)h1v1h-1z"
		).matcher(
			svg
		);

		int modules = 0;

		while (module.find()) {
			int x = Integer.parseInt(module.group(1));
			int y = Integer.parseInt(module.group(2));

			for (int dy = 0; dy < scale; dy++) {
				for (int dx = 0; dx < scale; dx++) {
					argb[(y * scale + dy) * pixels + x * scale + dx] =
						0xFF000000;
				}
			}

			modules++;
		}

		assertTrue(modules > 100, "the SVG draws the dark modules: " + modules);

		String text = new QRCodeReader().decode(
			new BinaryBitmap(
				new HybridBinarizer(
					new RGBLuminanceSource(pixels, pixels, argb))),
			Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)
		).getText();

		assertEquals("ABC234", text);
	}

}
