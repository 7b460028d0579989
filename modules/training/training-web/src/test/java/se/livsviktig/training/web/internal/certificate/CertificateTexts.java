package se.livsviktig.training.web.internal.certificate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import java.util.Date;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TimeZone;

import javax.imageio.ImageIO;

/**
 * A certificate as the tests know it, and the web bundle's own texts for it.
 *
 * @author Livsviktig
 */
public final class CertificateTexts {

	static final Locale SWEDISH = new Locale("sv", "SE");

	static Certificate certificate(Locale locale, String participantName) {
		Certificate certificate = new Certificate(
			locale, TimeZone.getTimeZone("Europe/Stockholm"));

		certificate.setCompletionDate(_date("2027-02-16T15:30:00Z"));
		certificate.setCourseTitle("Första hjälpen till psykisk hälsa");
		certificate.setIssuer("Helsingborgs stad");
		certificate.setParticipantName(participantName);
		certificate.setPlace("Stadshuset, sal A, Helsingborg");
		certificate.setTrainingMethodName("MHFA Vuxen");

		certificate.addSessionDate(
			_date("2027-02-09T07:30:00Z"), _date("2027-02-09T14:30:00Z"));
		certificate.addSessionDate(
			_date("2027-02-16T07:30:00Z"), _date("2027-02-16T14:30:00Z"));

		certificate.setCertificateNumber("50001");
		certificate.setVerificationCode("7K2QX-M4PZ9");
		certificate.setVerificationURL(
			"https://utbildning.helsingborg.se/web/guest/kurser?p_p_id=" +
				"se_livsviktig_training_web_portlet_CourseCatalogPortlet&" +
					"number=50001&code=7K2QX-M4PZ9");
		certificate.setLogo(logo(), "image/png");

		return certificate;
	}

	/**
	 * A small PNG with transparency, as company logos often are (PDF/A-2 allows transparency; PDF/A-1 did not).
	 */
	public static byte[] logo() {
		BufferedImage bufferedImage = new BufferedImage(
			120, 40, BufferedImage.TYPE_INT_ARGB);

		Graphics2D graphics2D = bufferedImage.createGraphics();

		graphics2D.setColor(new Color(11, 95, 255));
		graphics2D.fillRoundRect(0, 0, 120, 40, 16, 16);
		graphics2D.dispose();

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

	static ResourceBundle texts(Locale locale) {
		String fileName = "Language.properties";

		if (locale.getLanguage(
			).equals(
				"sv"
			)) {

			fileName = "Language_sv.properties";
		}

		try (Reader reader = Files.newBufferedReader(
				Paths.get("src/main/resources/content", fileName),
				StandardCharsets.UTF_8)) {

			return new PropertyResourceBundle(reader);
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}
	}

	private static Date _date(String instant) {
		return Date.from(java.time.Instant.parse(instant));
	}

	private CertificateTexts() {
	}

}
