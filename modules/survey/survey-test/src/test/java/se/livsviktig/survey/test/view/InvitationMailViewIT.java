package se.livsviktig.survey.test.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.mail.kernel.model.MailMessage;
import com.liferay.mail.kernel.service.MailService;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;
import com.liferay.portal.kernel.util.PropsKeys;

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
import org.jsoup.nodes.Element;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.mockito.ArgumentCaptor;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.HtmlDocumentCheck;
import se.livsviktig.survey.internal.invitation.EmailInvitationDelivery;
import se.livsviktig.survey.internal.invitation.InvitationMailing;
import se.livsviktig.survey.internal.invitation.InvitationMails;
import se.livsviktig.survey.model.Survey;

/**
 * The survey invitation and its reminder, in Swedish and English, as the e-mail delivery sends them: composed from
 * the service bundle's own texts, rendered by its renderer and handed to the mail service (a double that keeps the
 * message). Each is axe-core WCAG 2.1 AA clean in Chromium with a screenshot, its answer and opt-out links carry
 * the token before the answer page's fragment, the closing date is in the invitee's time zone, and a survey title
 * with markup stays text.
 *
 * @author Livsviktig
 */
public class InvitationMailViewIT {

	public static Stream<Arguments> mails() {
		return Stream.of(
			Arguments.of(SurveyViews.SWEDISH, false),
			Arguments.of(SurveyViews.SWEDISH, true),
			Arguments.of(SurveyViews.ENGLISH, false),
			Arguments.of(SurveyViews.ENGLISH, true));
	}

	@MethodSource("mails")
	@ParameterizedTest(name = "{0}, reminder {1}")
	public void theMailIsAnAccessibleDocumentWithTheTokenedLinks(
			Locale locale, boolean reminder)
		throws Exception {

		MailMessage mailMessage = _send(locale, reminder);

		String html = mailMessage.getBody();

		Document document = Jsoup.parse(html);

		assertEquals(
			locale.toLanguageTag(), document.selectFirst("html").attr("lang"));
		assertEquals(1, document.select("h1").size());
		assertEquals(
			mailMessage.getSubject(), document.selectFirst("h1").text());
		assertEquals(mailMessage.getSubject(), document.title());

		Element answerLink = document.selectFirst(
			"a[href$=#svar]:not([href*=optOut])");
		Element optOutLink = document.selectFirst("a[href*=optOut]");

		assertEquals(
			_ANSWER_PAGE + "?token=" + _TOKEN + "#svar",
			answerLink.attr("href"), "the token goes before the fragment");
		assertEquals(
			_ANSWER_PAGE + "?token=" + _TOKEN + "&optOut=true#svar",
			optOutLink.attr("href"));
		assertFalse(answerLink.text().isBlank(), "the answer link is named");
		assertFalse(optOutLink.text().isBlank(), "the opt-out link is named");

		String text = document.text();

		if (locale.getLanguage(
			).equals(
				"sv"
			)) {

			assertTrue(text.contains("1 juli 2027"), text);
			assertFalse(text.contains("30 juni"), text);
		}
		else {
			assertTrue(text.contains("July 1, 2027"), text);
			assertFalse(text.contains("June 30"), text);
		}

		assertFalse(html.contains("[$"), "a placeholder was left unfilled");
		assertFalse(
			html.contains("survey-invitation") ||
			html.contains("survey-reminder"),
			"a language key was left raw");

		HtmlDocumentCheck.assertAccessible(
			"invitation-mail-" + (reminder ? "reminder-" : "") +
				locale.getLanguage(),
			html);
	}

	@MethodSource("mails")
	@ParameterizedTest(name = "{0}, reminder {1}")
	public void aSurveyTitleWithMarkupStaysText(Locale locale, boolean reminder)
		throws Exception {

		MailMessage mailMessage = _send(locale, reminder);

		Document document = Jsoup.parse(mailMessage.getBody());

		assertTrue(
			document.selectFirst(
				"h1"
			).text(
			).contains(
				_SURVEY_TITLE
			),
			"the title is shown as it was written");
		assertTrue(
			document.title(
			).contains(
				_SURVEY_TITLE
			));
		assertTrue(document.select("script").isEmpty(), "the title ran");
		assertTrue(document.select("b").isEmpty(), "the title was markup");
		assertTrue(
			mailMessage.getSubject(
			).contains(
				_SURVEY_TITLE
			));
	}

	private static ResourceBundle _serviceBundleTexts(Locale locale) {
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
						InvitationMails.class.getClassLoader(
						).getResources(
							name
						))) {

				String location = url.toString();

				if (!location.contains("survey-service") &&
					!location.contains("survey.service")) {

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
			"The survey service's " + name + " is not on the class path");
	}

	/**
	 * Sends one mail through the delivery the invitation job uses and returns what reached the mail service.
	 */
	private MailMessage _send(Locale locale, boolean reminder)
		throws Exception {

		User user = mock(User.class);

		when(
			user.isActive()
		).thenReturn(
			true
		);
		when(
			user.getLocale()
		).thenReturn(
			locale
		);
		when(
			user.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			user.getFullName()
		).thenReturn(
			"Anna Andersson"
		);
		when(
			user.getEmailAddress()
		).thenReturn(
			"anna.andersson@kommun.example"
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.fetchUser(_USER_ID)
		).thenReturn(
			user
		);

		PrefsProps prefsProps = mock(PrefsProps.class);

		when(
			prefsProps.getString(
				anyLong(), eq(PropsKeys.ADMIN_EMAIL_FROM_ADDRESS))
		).thenReturn(
			"utbildning@kommun.example"
		);
		when(
			prefsProps.getString(
				anyLong(), eq(PropsKeys.ADMIN_EMAIL_FROM_NAME))
		).thenReturn(
			"Livsviktig"
		);

		Survey survey = mock(Survey.class);

		when(
			survey.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			survey.getTitle(locale)
		).thenReturn(
			_SURVEY_TITLE
		);
		when(
			survey.isAnonymous()
		).thenReturn(
			true
		);

		MailService mailService = mock(MailService.class);

		EmailInvitationDelivery emailInvitationDelivery =
			new EmailInvitationDelivery();

		Fields.set(
			emailInvitationDelivery, "_invitationMails",
			new InvitationMails(InvitationMailViewIT::_serviceBundleTexts));
		Fields.set(emailInvitationDelivery, "_mailService", mailService);
		Fields.set(emailInvitationDelivery, "_prefsProps", prefsProps);
		Fields.set(
			emailInvitationDelivery, "_userLocalService", userLocalService);

		// 22:30 UTC on 30 June is half past midnight on 1 July in Stockholm (summer time).

		emailInvitationDelivery.deliver(
			new InvitationMailing(
				7001, _USER_ID, survey,
				Date.from(Instant.parse("2027-06-30T22:30:00Z")), _TOKEN,
				reminder, _ANSWER_PAGE + "#svar",
				"https://intranat.kommun.example/web/guest/mina-enkater"));

		ArgumentCaptor<MailMessage> mailMessageCaptor = ArgumentCaptor.forClass(
			MailMessage.class);

		verify(
			mailService
		).sendEmail(
			mailMessageCaptor.capture()
		);

		MailMessage mailMessage = mailMessageCaptor.getValue();

		assertTrue(mailMessage.isHTMLFormat());

		return mailMessage;
	}

	private static final String _ANSWER_PAGE =
		"https://intranat.kommun.example/web/guest/enkat";

	private static final long _COMPANY_ID = 20097;

	private static final String _SURVEY_TITLE =
		"<b>Uppföljning</b> <script>alert(1)</script> MHFA & psykisk hälsa";

	private static final String _TOKEN = "Zm9v-YmFy_baz";

	private static final long _USER_ID = 30001;

}
