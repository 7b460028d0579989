package se.livsviktig.instructor.internal.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;

import java.time.Instant;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.model.Certification;

/**
 * A licence standing notice by e-mail says what to lead by when, in the holder's language and with the date as
 * their calendar shows it; names stay text in the HTML; an open-ended certification reads as having no end.
 *
 * @author Livsviktig
 */
public class CertificationNoticeEmailsTest {

	@Test
	public void aSwedishHolderAtRiskReadsWhatToLeadByWhen() {
		CertificationNoticeEmail email = _emails.compose(
			_atRisk(1), _holder(_SWEDISH), "MHFA");

		assertEquals(
			"Du behöver leda 1 kurstillfälle i MHFA senast 12 mars 2027 för " +
				"att behålla din instruktörslicens",
			email.getSubject());
		assertEquals("1 kurstillfälle", _detail(email, 1));
		assertEquals("12 mars 2027", _detail(email, 2));
	}

	@Test
	public void anEnglishHolderReadsTheSessionsInThePlural() {
		CertificationNoticeEmail email = _emails.compose(
			_atRisk(3), _holder(Locale.US), "MHFA Adult");

		assertEquals(
			"You need to lead 3 sessions in MHFA Adult by March 12, 2027 to " +
				"keep your instructor licence",
			email.getSubject());
		assertEquals("Sessions still needed", email.getDetails().get(1)[0]);
	}

	@Test
	public void theLapseOfAnOpenEndedLicenceReadsAsHavingNoEnd() {
		Certification certification = Certifications.active(
			1, Instant.parse("2025-01-01T00:00:00Z"), null);

		CertificationNoticeEmail email = _emails.compose(
			new CertificationNotice(
				certification, "standing-lapsed-40001-2027-03-12", null, 2),
			_holder(_SWEDISH), "MHFA");

		assertEquals(
			"Din instruktörslicens för MHFA har förfallit", email.getSubject());
		assertTrue(
			email.getParagraphs(
			).get(
				1
			).contains(
				"Led 2 kurstillfällen i MHFA"
			),
			email.getParagraphs().toString());
		assertEquals("2 kurstillfällen", _detail(email, 1));
		assertEquals("Tills vidare", _detail(email, 2));
	}

	@Test
	public void namesStayTextInTheHtml() {
		CertificationNoticeEmail email = _emails.compose(
			_atRisk(1), _holder(_SWEDISH),
			"MHFA <script>alert(1)</script> [$DEADLINE$]");

		String html = new CertificationNoticeEmailRenderer().render(email);

		Document document = Jsoup.parse(html);

		assertTrue(document.select("script").isEmpty(), html);
		assertEquals(
			"Du behöver leda 1 kurstillfälle i MHFA <script>alert(1)</script> " +
				"[$DEADLINE$] senast 12 mars 2027 för att behålla din " +
					"instruktörslicens",
			document.selectFirst("h1").text());
		assertFalse(html.contains("<script>"), html);
	}

	private static CertificationNotice _atRisk(int sessionsStillNeeded) {
		Certification certification = Certifications.active(
			1, Instant.parse("2025-01-01T00:00:00Z"),
			Instant.parse("2029-01-01T00:00:00Z"));

		return new CertificationNotice(
			certification, "standing-at-risk-40001-2027-03-12",
			Date.from(Instant.parse("2027-03-12T00:00:00Z")),
			sessionsStillNeeded);
	}

	private static String _detail(CertificationNoticeEmail email, int row) {
		return email.getDetails(
		).get(
			row
		)[1];
	}

	private static User _holder(Locale locale) {
		User holder = mock(User.class);

		when(
			holder.getLocale()
		).thenReturn(
			locale
		);
		when(
			holder.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			holder.getFullName()
		).thenReturn(
			"Anna Berg"
		);

		return holder;
	}

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CertificationNoticeEmails _emails =
		new CertificationNoticeEmails(new CertificationNoticeTexts());

}
