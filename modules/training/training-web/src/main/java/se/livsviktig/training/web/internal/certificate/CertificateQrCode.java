package se.livsviktig.training.web.internal.certificate;

import com.google.zxing.common.BitMatrix;

import java.awt.image.BufferedImage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import se.livsviktig.training.web.internal.checkin.CheckInQrCode;

/**
 * The certificate's verification link as a QR code, so whoever holds the paper opens the portal's check with the
 * number and code filled in by pointing a phone at it. Encoded as the check-in codes are (ZXing, medium error
 * correction, the standard quiet zone), drawn as a black-and-white PNG the PDF writer embeds like the logo. Each
 * module is several pixels square, so a viewer that smooths an enlarged image still shows sharp edges.
 *
 * @author Livsviktig
 */
public class CertificateQrCode {

	public static byte[] toPng(String content) {
		BitMatrix bitMatrix = CheckInQrCode.encode(content);

		int width = bitMatrix.getWidth() * _PIXELS_PER_MODULE;
		int height = bitMatrix.getHeight() * _PIXELS_PER_MODULE;

		BufferedImage bufferedImage = new BufferedImage(
			width, height, BufferedImage.TYPE_BYTE_BINARY);

		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean dark = bitMatrix.get(
					x / _PIXELS_PER_MODULE, y / _PIXELS_PER_MODULE);

				bufferedImage.setRGB(x, y, dark ? _BLACK : _WHITE);
			}
		}

		ByteArrayOutputStream byteArrayOutputStream =
			new ByteArrayOutputStream();

		try {
			ImageIO.write(bufferedImage, "png", byteArrayOutputStream);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		return byteArrayOutputStream.toByteArray();
	}

	private static final int _BLACK = 0xFF000000;

	private static final int _PIXELS_PER_MODULE = 8;

	private static final int _WHITE = 0xFFFFFFFF;

}
