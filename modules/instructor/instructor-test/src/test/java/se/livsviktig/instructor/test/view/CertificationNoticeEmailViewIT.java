package se.livsviktig.instructor.test.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.instructor.constants.CertificationConstants;
import se.livsviktig.instructor.internal.notice.CertificationNotice;
import se.livsviktig.instructor.internal.notice.CertificationNoticeEmail;
import se.livsviktig.instructor.internal.notice.CertificationNoticeEmailRenderer;
import se.livsviktig.instructor.internal.notice.CertificationNoticeEmails;
import se.livsviktig.instructor.internal.notice.CertificationNoticeTexts;
import se.livsviktig.instructor.internal.notice.LicenceStandingNoticeKinds;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.model.impl.CertificationImpl;
import se.livsviktig.platform.view.harness.HtmlDocumentCheck;

/**
 * Every certification notice e-mail (expiry 90 and 30 days ahead, the certification lapsed, the licence at risk,
 * the licence lapsed), in Swedish and English, as the e-mail delivery composes it from the service bundle's own
 * texts and the renderer makes it HTML: no raw placeholder or key, the facts the kind needs, values escaped (the
 * method and the holder are named to try), and axe-core WCAG 2.1 AA clean in Chromium, with a screenshot each.
 *
 * @author Livsviktig
 */
public class CertificationNoticeEmailViewIT {

	public static Stream<Arguments> notices() {
		return Stream.of(
			"expiry-90", "expiry-30", "lapsed",
			"standing-at-risk-" + _METHOD_ID + "-2027-03-12",
			"standing-lapsed-" + _METHOD_ID + "-2027-03-12"
		).flatMap(
			noticeKind -> Stream.of(
				Arguments.of(noticeKind, InstructorViews.SWEDISH),
				Arguments.of(noticeKind, InstructorViews.ENGLISH))
		);
	}

	@MethodSource("notices")
	@ParameterizedTest(name = "{0} in {1}")
	public void everyNoticeIsAnAccessibleEscapedDocument(
			String noticeKind, Locale locale)
		throws Exception {

		boolean standing = noticeKind.startsWith("standing-");

		CertificationNotice certificationNotice = new CertificationNotice(
			_certification(), noticeKind,
			standing ? Date.from(Instant.parse("2027-03-12T00:00:00Z")) : null,
			standing ? 2 : 0);

		CertificationNoticeEmail email = new CertificationNoticeEmails(
			new CertificationNoticeTexts(
				CertificationNoticeEmailViewIT::_serviceBundleTexts)
		).compose(
			certificationNotice, _holder(locale), _METHOD_NAME
		);

		String html = new CertificationNoticeEmailRenderer().render(email);

		Document document = Jsoup.parse(html);

		assertEquals(locale.toLanguageTag(), document.selectFirst("html").attr("lang"));
		assertEquals(1, document.select("h1").size());
		assertEquals(email.getSubject(), document.selectFirst("h1").text());
		assertTrue(document.selectFirst("h1").text().contains(_METHOD_NAME), "the subject names the method");
		assertFalse(html.contains("[$"), "a placeholder was left unfilled");
		assertFalse(html.contains("certification-notice-"), "a language key was left raw");
		assertTrue(document.select("script").isEmpty(), "the method's name was not escaped");
		assertTrue(document.select("b").isEmpty(), "the holder's name was not escaped");
		assertTrue(document.select("i").isEmpty(), "the issuer was not escaped");
		assertTrue(document.text().contains("Anna <b>Berg</b>"), "the greeting names the holder");
		assertTrue(document.text().contains("MHFA-4711"), "the certificate's number");

		String validUntil = locale.getLanguage().equals("sv") ? "1 april 2027" : "April 1, 2027";

		assertTrue(document.text().contains(validUntil), "the valid-until date as the holder's calendar shows it");

		if (standing) {
			String sessions = locale.getLanguage().equals("sv") ? "2 kurstillfällen" : "2 sessions";
			String deadline = locale.getLanguage().equals("sv") ? "12 mars 2027" : "March 12, 2027";

			assertTrue(document.select("th[scope=row]").size() >= 5, "the licence's details");
			assertTrue(document.text().contains(sessions), "how many sessions");

			if (noticeKind.startsWith("standing-at-risk-")) {
				assertTrue(document.selectFirst("h1").text().contains(deadline), "by when");
			}
		}
		else {
			assertEquals(4, document.select("th[scope=row]").size(), "the certification's details");
		}

		String name = noticeKind;

		if (standing) {
			name = LicenceStandingNoticeKinds.baseOf(noticeKind);
		}

		HtmlDocumentCheck.assertAccessible("instructor-notice-" + name + "-" + locale.getLanguage(), html);
	}

	private static Certification _certification() {
		Certification certification = new CertificationImpl();

		certification.setCertificationId(4711);
		certification.setCompanyId(20097);
		certification.setGroupId(20121);
		certification.setHolderUserId(InstructorViews.HOLDER_USER_ID);
		certification.setTrainingMethodId(_METHOD_ID);
		certification.setCertifiedDate(Date.from(Instant.parse("2024-03-31T22:00:00Z")));
		certification.setValidUntil(Date.from(Instant.parse("2027-03-31T22:00:00Z")));
		certification.setIssuer("MHFA Sverige & <i>partner</i>");
		certification.setNumber("MHFA-4711");
		certification.setState(CertificationConstants.STATE_ACTIVE);

		return certification;
	}

	private static User _holder(Locale locale) {
		User holder = mock(User.class);

		when(holder.getLocale()).thenReturn(locale);
		when(holder.getTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Stockholm"));
		when(holder.getFullName()).thenReturn("Anna <b>Berg</b>");

		return holder;
	}

	/**
	 * The service bundle's own Language files, read from its jar by name: on the flat test class path several
	 * bundles have a content/Language.properties.
	 */
	private static ResourceBundle _serviceBundleTexts(Locale locale) {
		String name = "content/Language.properties";

		if (locale.getLanguage().equals("sv")) {
			name = "content/Language_sv.properties";
		}

		try {
			for (URL url : Collections.list(CertificationNoticeTexts.class.getClassLoader().getResources(name))) {
				String location = url.toString();

				if (!location.contains("instructor-service") && !location.contains("instructor.service")) {
					continue;
				}

				try (InputStream inputStream = url.openStream();
					Reader reader = new InputStreamReader(inputStream, StandardCharsets.UTF_8)) {

					return new PropertyResourceBundle(reader);
				}
			}
		}
		catch (IOException ioException) {
			throw new UncheckedIOException(ioException);
		}

		throw new IllegalStateException("The instructor service's " + name + " is not on the class path");
	}

	private static final long _METHOD_ID = 40001;

	private static final String _METHOD_NAME = "MHFA Vuxen <script>alert(1)</script>";

}
