package se.livsviktig.training.test.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.util.PrefsProps;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.view.harness.HtmlDocumentCheck;
import se.livsviktig.training.configuration.TrainingCompanyConfiguration;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingNoticeTypes;
import se.livsviktig.training.internal.calendar.CalendarInvitation;
import se.livsviktig.training.internal.configuration.TrainingCompanySettings;
import se.livsviktig.training.internal.notification.Notice;
import se.livsviktig.training.internal.notification.NoticeContent;
import se.livsviktig.training.internal.notification.NoticeContentFactory;
import se.livsviktig.training.internal.notification.NoticeEmailRenderer;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.model.impl.CourseSessionImpl;
import se.livsviktig.training.model.impl.RegistrationImpl;
import se.livsviktig.training.model.impl.SessionDateImpl;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.SessionInstructorLocalService;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Every notice e-mail, in Swedish and English, as the notice factory writes it from the app's own texts and
 * the renderer makes it HTML: no raw placeholder or key, the session's details, values escaped (the course is
 * named to try), and axe-core WCAG 2.1 AA clean in Chromium, with a screenshot each.
 *
 * @author Livsviktig
 */
public class NoticeEmailViewIT {

	public static Stream<Arguments> notices() {
		return Stream.of(
			TrainingNoticeTypes.ALL
		).flatMap(
			type -> Stream.of(
				Arguments.of(type, new Locale("sv", "SE")),
				Arguments.of(type, Locale.US))
		);
	}

	@MethodSource("notices")
	@ParameterizedTest(name = "{0} in {1}")
	public void everyNoticeIsAnAccessibleEscapedDocument(
			String type, Locale locale)
		throws Exception {

		NoticeContent noticeContent = _factory(
			locale
		).create(
			_notice(type)
		);

		String html = new NoticeEmailRenderer().render(noticeContent);

		Document document = Jsoup.parse(html);

		assertEquals(locale.toLanguageTag(), document.selectFirst("html").attr("lang"));
		assertEquals(1, document.select("h1").size());
		assertEquals(noticeContent.getSubject(), document.selectFirst("h1").text());
		assertTrue(
			document.selectFirst(
				"h1"
			).text(
			).contains(
				_COURSE_TITLE
			),
			"the subject names the course");
		assertFalse(html.contains("[$"), "a placeholder was left unfilled");
		assertFalse(html.contains("notice-"), "a language key was left raw");
		assertTrue(document.select("script").isEmpty(), "the course title was not escaped");
		assertTrue(document.select("th[scope=row]").size() >= 3, "the session's details");
		assertTrue(document.text().contains("Stadshuset"), "the venue");

		HtmlDocumentCheck.assertAccessible(
			"notice-" + type + "-" + locale.getLanguage(), html);
	}

	/**
	 * A request for approval (and its reminder) opens the approvals widget on that request; every other notice
	 * opens the participant's training page.
	 */
	@MethodSource("notices")
	@ParameterizedTest(name = "{0} in {1}")
	public void aRequestForApprovalLinksToTheRequest(String type, Locale locale)
		throws Exception {

		NoticeContent noticeContent = _factory(
			locale
		).create(
			_notice(type)
		);

		if (type.equals(TrainingNoticeTypes.APPROVAL_REQUEST) ||
			type.equals(TrainingNoticeTypes.APPROVAL_REMINDER)) {

			assertEquals(
				"https://intranat.kommun.example/web/utbildning/godkann-anmalningar?" +
					"_se_livsviktig_training_web_internal_portlet_" +
						"ApprovalsPortlet_registrationId=" + _REGISTRATION_ID,
				noticeContent.getLinkURL(), type);
		}
		else {
			assertEquals(
				"https://intranat.kommun.example/web/utbildning/" +
					"mina-utbildningar",
				noticeContent.getLinkURL(), type);
		}
	}

	@MethodSource("notices")
	@ParameterizedTest(name = "{0} in {1}")
	public void theCalendarFileFollowsTheRegistration(String type, Locale locale)
		throws Exception {

		NoticeContent noticeContent = _factory(
			locale
		).create(
			_notice(type)
		);

		if (NoticeContentFactory.CALENDAR_REQUEST_TYPES.contains(type) ||
			NoticeContentFactory.CALENDAR_CANCEL_TYPES.contains(type)) {

			List<CalendarInvitation> calendarInvitations =
				noticeContent.getCalendarInvitations();

			assertFalse(calendarInvitations.isEmpty(), type);

			for (int i = 0; i < calendarInvitations.size(); i++) {
				ICalendar iCalendar = Biweekly.parse(
					calendarInvitations.get(
						i
					).getText()
				).first();

				VEvent vEvent = iCalendar.getEvents(
				).get(
					0
				);

				assertEquals(
					"livsviktig-registration-50001-date-" + (i + 1) +
						"@livsviktig.se",
					vEvent.getUid(
					).getValue());
				assertEquals(
					Integer.valueOf(4),
					vEvent.getSequence(
					).getValue());

				String method = iCalendar.getMethod(
				).getValue();

				if (NoticeContentFactory.CALENDAR_CANCEL_TYPES.contains(
						type)) {

					assertEquals("CANCEL", method);
				}
				else {
					assertEquals("REQUEST", method);
				}
			}
		}
		else {
			assertTrue(noticeContent.getCalendarInvitations().isEmpty(), type);
		}
	}

	private NoticeContentFactory _factory(Locale locale) throws Exception {
		NoticeContentFactory factory = new NoticeContentFactory();

		User recipient = mock(User.class);

		when(
			recipient.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			recipient.getLocale()
		).thenReturn(
			locale
		);
		when(
			recipient.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);
		when(
			recipient.getFirstName()
		).thenReturn(
			"Anna"
		);
		when(
			recipient.getFullName()
		).thenReturn(
			"Anna Andersson"
		);
		when(
			recipient.getEmailAddress()
		).thenReturn(
			"anna.andersson@kommun.example"
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.getUser(_USER_ID)
		).thenReturn(
			recipient
		);
		when(
			userLocalService.fetchUser(_USER_ID)
		).thenReturn(
			recipient
		);

		CourseSession courseSession = new CourseSessionImpl();

		courseSession.setCourseSessionId(_SESSION_ID);
		courseSession.setCompanyId(_COMPANY_ID);
		courseSession.setCourseId(70001);
		courseSession.setTrainingMethodId(80001);
		courseSession.setStatus(CourseSessionConstants.STATUS_PUBLISHED);
		courseSession.setStatusReason("Instruktören är sjuk");
		courseSession.setVenueName("Stadshuset, sal A");
		courseSession.setVenueAddress("Drottninggatan 1");
		courseSession.setLocality("Helsingborg");

		CourseSessionLocalService courseSessionLocalService = mock(
			CourseSessionLocalService.class);

		when(
			courseSessionLocalService.getCourseSession(_SESSION_ID)
		).thenReturn(
			courseSession
		);
		when(
			courseSessionLocalService.getSessionDates(_SESSION_ID)
		).thenReturn(
			Arrays.asList(
				_date("2027-02-09T08:30:00Z", "2027-02-09T15:30:00Z"),
				_date("2027-02-16T08:30:00Z", "2027-02-16T15:30:00Z"))
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(locale)
		).thenReturn(
			_COURSE_TITLE
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.getCourse(70001)
		).thenReturn(
			course
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(locale)
		).thenReturn(
			"MHFA Vuxen"
		);

		TrainingMethodLocalService trainingMethodLocalService = mock(
			TrainingMethodLocalService.class);

		when(
			trainingMethodLocalService.getTrainingMethod(80001)
		).thenReturn(
			trainingMethod
		);

		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(_REGISTRATION_ID);
		registration.setCompanyId(_COMPANY_ID);
		registration.setUserId(_USER_ID);
		registration.setCourseSessionId(_SESSION_ID);
		registration.setStatus(RegistrationConstants.STATUS_CONFIRMED);
		registration.setCalendarSequence(4);
		registration.setHoldExpirationDate(
			Date.from(Instant.parse("2026-12-01T16:00:00Z")));
		registration.setReviewComment("Vi tar nästa tillfälle");
		registration.setCancellationReason("Krockar med APT");

		RegistrationLocalService registrationLocalService = mock(
			RegistrationLocalService.class);

		when(
			registrationLocalService.getRegistration(_REGISTRATION_ID)
		).thenReturn(
			registration
		);
		when(
			registrationLocalService.getWaitlistPosition(anyLong())
		).thenReturn(
			3
		);

		TrainingCompanyConfiguration trainingCompanyConfiguration = mock(
			TrainingCompanyConfiguration.class);

		when(
			trainingCompanyConfiguration.myTrainingPageURL()
		).thenReturn(
			"https://intranat.kommun.example/web/utbildning/mina-utbildningar"
		);
		when(
			trainingCompanyConfiguration.approvalsPageURL()
		).thenReturn(
			"https://intranat.kommun.example/web/utbildning/godkann-anmalningar"
		);
		when(
			trainingCompanyConfiguration.emailFromAddress()
		).thenReturn(
			"utbildning@kommun.example"
		);
		when(
			trainingCompanyConfiguration.emailFromName()
		).thenReturn(
			"Livsviktig"
		);

		TrainingCompanySettings trainingCompanySettings = mock(
			TrainingCompanySettings.class);

		when(
			trainingCompanySettings.get(_COMPANY_ID)
		).thenReturn(
			trainingCompanyConfiguration
		);

		Fields.set(factory, "_courseLocalService", courseLocalService);
		Fields.set(factory, "_courseSessionLocalService", courseSessionLocalService);
		Fields.set(factory, "_prefsProps", mock(PrefsProps.class));
		Fields.set(factory, "_registrationLocalService", registrationLocalService);
		Fields.set(
			factory, "_resourceBundles",
			(Function<Locale, ResourceBundle>)NoticeEmailViewIT::_serviceBundleTexts);
		Fields.set(
			factory, "_sessionInstructorLocalService",
			mock(SessionInstructorLocalService.class));
		Fields.set(factory, "_trainingCompanySettings", trainingCompanySettings);
		Fields.set(
			factory, "_trainingMethodLocalService", trainingMethodLocalService);
		Fields.set(factory, "_userLocalService", userLocalService);

		return factory;
	}

	private static SessionDate _date(String start, String end) {
		SessionDate sessionDate = new SessionDateImpl();

		sessionDate.setStartDate(Date.from(Instant.parse(start)));
		sessionDate.setEndDate(Date.from(Instant.parse(end)));

		return sessionDate;
	}

	private static Notice _notice(String type) {
		Registration registration = new RegistrationImpl();

		registration.setRegistrationId(_REGISTRATION_ID);
		registration.setCompanyId(_COMPANY_ID);
		registration.setUserId(_USER_ID);
		registration.setCourseSessionId(_SESSION_ID);

		return Notice.forRegistration(type, registration);
	}

	/**
	 * The service bundle's own Language files, read from its jar by name: on the flat test class path
	 * several bundles have a content/Language.properties.
	 */
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
						NoticeContentFactory.class.getClassLoader(
						).getResources(
							name
						))) {

				String location = url.toString();

				if (!location.contains("training-service") &&
					!location.contains("training.service")) {

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
			"The training service's " + name + " is not on the class path");
	}

	private static final long _COMPANY_ID = 20097;

	private static final String _COURSE_TITLE =
		"<script>alert(1)</script> Första hjälpen & psykisk hälsa";

	private static final long _REGISTRATION_ID = 50001;

	private static final long _SESSION_ID = 60001;

	private static final long _USER_ID = 30001;

}
