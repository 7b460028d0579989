package se.livsviktig.training.test.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.view.harness.HtmlDocumentCheck;
import se.livsviktig.training.web.internal.certificate.Certificate;
import se.livsviktig.training.web.internal.certificate.CertificateHtml;

/**
 * The course certificate's HTML, in Swedish and English, exactly as the PDF writer receives it: every fact
 * stated, values escaped (the participant is named to try), headings and the facts as a table of row headers
 * and values, and axe-core WCAG 2.1 AA clean in Chromium, with a screenshot each.
 *
 * @author Livsviktig
 */
public class CertificateViewIT {

	public static Stream<Locale> locales() {
		return Stream.of(new Locale("sv", "SE"), Locale.UK);
	}

	@MethodSource("locales")
	@ParameterizedTest(name = "{0}")
	public void theCertificateIsAnAccessibleEscapedDocument(Locale locale) {
		ResourceBundle resourceBundle = _webBundleTexts(locale);

		String html = new CertificateHtml(
			resourceBundle
		).render(
			_certificate(locale)
		);

		Document document = Jsoup.parse(html);

		assertEquals(
			locale.toLanguageTag(), document.selectFirst("html").attr("lang"));
		assertEquals(
			resourceBundle.getString(
				"certificate-title-x"
			).replace(
				"{0}", _PARTICIPANT
			),
			document.title());
		assertEquals(1, document.select("h1").size());
		assertEquals(
			resourceBundle.getString("course-certificate"),
			document.selectFirst("h1").text());
		assertEquals(1, document.select("h2").size());
		assertEquals(1, document.select("table").size());
		assertTrue(
			document.select("script").isEmpty(),
			"the participant's name was not escaped");
		assertEquals(
			10, document.select("table tr > th[scope=row]").size(),
			"each fact's label heads its row");
		assertEquals(10, document.select("table tr > td").size());
		assertEquals(
			"50001",
			document.select(
				"tr:has(th:contains(" +
					resourceBundle.getString("certificate-number") + ")) td"
			).text());
		assertEquals(
			"7K2QX-M4PZ9",
			document.select(
				"tr:has(th:contains(" +
					resourceBundle.getString("verification-code") + ")) td"
			).text());
		assertTrue(
			document.select(
				".verification"
			).text(
			).contains(
				"number=50001&code=7K2QX-M4PZ9"
			));
		assertEquals(
			resourceBundle.getString(
				"logo-of-x"
			).replace(
				"{0}", "Helsingborgs stad"
			),
			document.selectFirst("img.logo").attr("alt"));
		assertEquals(
			resourceBundle.getString(
				"qr-code-with-the-link-to-check-this-certificate"),
			document.selectFirst("img.qr").attr("alt"),
			"the verification link's QR code says what it holds");
		assertTrue(
			document.selectFirst(
				"img.qr"
			).attr(
				"src"
			).startsWith(
				"data:image/png;base64,"
			));
		assertEquals(2, document.select("td li").size(), "the session dates");
		assertFalse(html.contains("certificate-"), "a language key was left raw");

		String text = document.text();

		for (String expected :
				new String[] {
					_PARTICIPANT, _COURSE_TITLE, "MHFA Vuxen",
					"Stadshuset, sal A, Helsingborg", "Helsingborgs stad",
					resourceBundle.getString(
						"certificate-x-hours"
					).replace(
						"{0}", "14"
					)
				}) {

			assertTrue(text.contains(expected), expected + " in " + text);
		}

		HtmlDocumentCheck.assertAccessible(
			"certificate-" + locale.getLanguage(), html);
	}

	private static Certificate _certificate(Locale locale) {
		Certificate certificate = new Certificate(
			locale, TimeZone.getTimeZone("Europe/Stockholm"));

		certificate.setCompletionDate(_date("2027-02-16T15:30:00Z"));
		certificate.setCourseTitle(_COURSE_TITLE);
		certificate.setIssuer("Helsingborgs stad");
		certificate.setParticipantName(_PARTICIPANT);
		certificate.setPlace("Stadshuset, sal A, Helsingborg");
		certificate.setTrainingMethodName("MHFA Vuxen");

		certificate.addSessionDate(
			_date("2027-02-09T07:30:00Z"), _date("2027-02-09T14:30:00Z"));
		certificate.addSessionDate(
			_date("2027-02-16T07:30:00Z"), _date("2027-02-16T14:30:00Z"));

		certificate.setCertificateNumber("50001");
		certificate.setLogo(_logo(), "image/png");
		certificate.setVerificationCode("7K2QX-M4PZ9");
		certificate.setVerificationURL(
			"https://utbildning.helsingborg.se/web/guest/kurser?" +
				"number=50001&code=7K2QX-M4PZ9");

		return certificate;
	}

	private static byte[] _logo() {
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

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	/**
	 * The web bundle's own Language files, read from its jar by name: on the flat test class path several
	 * bundles have a content/Language.properties.
	 */
	private static ResourceBundle _webBundleTexts(Locale locale) {
		String name = "content/Language.properties";

		if (locale.getLanguage(
			).equals(
				"sv"
			)) {

			name = "content/Language_sv.properties";
		}

		try {
			for (URL url :
					Collections.list(
						CertificateHtml.class.getClassLoader(
						).getResources(
							name
						))) {

				String location = url.toString();

				if (!location.contains("training-web") &&
					!location.contains("training.web")) {

					continue;
				}

				try (InputStream inputStream = url.openStream();
					Reader reader = new InputStreamReader(
						inputStream, StandardCharsets.UTF_8)) {

					return new PropertyResourceBundle(reader);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		throw new IllegalStateException(
			"The training web bundle's " + name + " is not on the class path");
	}

	private static final String _COURSE_TITLE =
		"Första hjälpen & psykisk hälsa";

	private static final String _PARTICIPANT =
		"<script>alert(1)</script> Anna Andersson";

}
