package se.livsviktig.training.web.internal.certificate;

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

/**
 * A certificate as the tests know it, and the web bundle's own texts for it.
 *
 * @author Livsviktig
 */
final class CertificateTexts {

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

		return certificate;
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
