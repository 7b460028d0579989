package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.PortletResponseUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.Instant;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.MimeResponse;
import javax.portlet.PortletRequest;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * A completed registration's certificate is sent as a PDF named for the course and the day; any other
 * registration, one that does not exist or one the user may not see gets an HTTP status and nothing else.
 *
 * @author Livsviktig
 */
public class DownloadCertificateMVCResourceCommandTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() throws Exception {
		_portletResponseUtil = mockStatic(PortletResponseUtil.class);

		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			themeDisplay.getLocale()
		).thenReturn(
			new Locale("sv", "SE")
		);
		when(
			themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone("Europe/Stockholm")
		);

		when(
			_resourceRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			themeDisplay
		);
		when(
			_resourceRequest.getParameter("registrationId")
		).thenReturn(
			String.valueOf(_REGISTRATION_ID)
		);

		when(
			_registration.getCompanyId()
		).thenReturn(
			_COMPANY_ID
		);
		when(
			_registration.getCourseSessionId()
		).thenReturn(
			_SESSION_ID
		);
		when(
			_registration.getUserId()
		).thenReturn(
			_USER_ID
		);
		when(
			_registration.getCompletionDate()
		).thenReturn(
			Date.from(Instant.parse("2027-02-16T15:30:00Z"))
		);
		when(
			_registrationService.getRegistration(_REGISTRATION_ID)
		).thenReturn(
			_registration
		);

		CourseSession courseSession = mock(CourseSession.class);

		when(
			courseSession.getCourseSessionId()
		).thenReturn(
			_SESSION_ID
		);
		when(
			courseSession.getCourseId()
		).thenReturn(
			_COURSE_ID
		);
		when(
			courseSession.getTrainingMethodId()
		).thenReturn(
			_METHOD_ID
		);
		when(
			courseSession.getVenueName()
		).thenReturn(
			"Stadshuset, sal A"
		);
		when(
			courseSession.getLocality()
		).thenReturn(
			"Helsingborg"
		);

		CourseSessionService courseSessionService = mock(
			CourseSessionService.class);

		when(
			courseSessionService.getCourseSession(_SESSION_ID)
		).thenReturn(
			courseSession
		);
		List<SessionDate> sessionDates = Arrays.asList(
			_sessionDate("2027-02-09T07:30:00Z", "2027-02-09T14:30:00Z"),
			_sessionDate("2027-02-16T07:30:00Z", "2027-02-16T14:30:00Z"));

		when(
			courseSessionService.getSessionDates(_SESSION_ID)
		).thenReturn(
			sessionDates
		);

		Course course = mock(Course.class);

		when(
			course.getTitle(any(Locale.class))
		).thenReturn(
			"Första hjälpen till psykisk hälsa"
		);

		CourseLocalService courseLocalService = mock(CourseLocalService.class);

		when(
			courseLocalService.fetchCourse(_COURSE_ID)
		).thenReturn(
			course
		);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(
			trainingMethod.getName(any(Locale.class))
		).thenReturn(
			"MHFA Vuxen"
		);

		TrainingMethodService trainingMethodService = mock(
			TrainingMethodService.class);

		when(
			trainingMethodService.getTrainingMethod(_METHOD_ID)
		).thenReturn(
			trainingMethod
		);

		when(
			_user.getFullName()
		).thenReturn(
			"Anna Andersson"
		);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(
			userLocalService.getUser(_USER_ID)
		).thenReturn(
			_user
		);

		Company company = mock(Company.class);

		when(
			company.getName()
		).thenReturn(
			"Helsingborgs stad"
		);

		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		when(
			companyLocalService.getCompany(_COMPANY_ID)
		).thenReturn(
			company
		);

		Fields.set(_command, "_companyLocalService", companyLocalService);
		Fields.set(_command, "_courseLocalService", courseLocalService);
		Fields.set(_command, "_courseSessionService", courseSessionService);
		Fields.set(_command, "_registrationService", _registrationService);
		Fields.set(_command, "_trainingMethodService", trainingMethodService);
		Fields.set(_command, "_userLocalService", userLocalService);
	}

	@AfterEach
	public void tearDown() {
		_portletResponseUtil.close();
	}

	@Test
	public void aCompletedRegistrationGetsItsCertificateAsAPdf()
		throws Exception {

		when(
			_registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_COMPLETED
		);

		_command.doServeResource(_resourceRequest, _resourceResponse);

		ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);

		_portletResponseUtil.verify(
			() -> PortletResponseUtil.sendFile(
				eq(_resourceRequest), eq(_resourceResponse),
				eq(
					"kursintyg-forsta-hjalpen-till-psykisk-halsa-2027-02-16." +
						"pdf"),
				bytes.capture(), eq("application/pdf")));

		assertEquals("%PDF", new String(bytes.getValue(), 0, 4, "US-ASCII"));
		verify(
			_resourceResponse, never()
		).setProperty(
			eq(ResourceResponse.HTTP_STATUS_CODE), anyString()
		);
	}

	@Test
	public void aNameItsFontsCannotPrintIsRefusedWithAMessageNamingTheLetters()
		throws Exception {

		when(
			_registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_COMPLETED
		);
		when(
			_user.getFullName()
		).thenReturn(
			"王小明"
		);

		_command.doServeResource(_resourceRequest, _resourceResponse);

		ArgumentCaptor<String> page = ArgumentCaptor.forClass(String.class);

		_portletResponseUtil.verify(
			() -> PortletResponseUtil.write(
				eq(_resourceResponse), page.capture()));

		assertTrue(
			page.getValue(
			).contains(
				"de här tecknen: 王小明."
			),
			page.getValue());
		assertTrue(page.getValue().contains("role=\"alert\""));
		verify(
			_resourceResponse
		).setContentType(
			"text/html; charset=UTF-8"
		);
		_assertRefusedWith("422", 1);
	}

	@Test
	public void aRegistrationNotCompletedHasNoCertificate() throws Exception {
		for (int status :
				new int[] {
					RegistrationConstants.STATUS_CONFIRMED,
					RegistrationConstants.STATUS_NOT_COMPLETED,
					RegistrationConstants.STATUS_NO_SHOW,
					RegistrationConstants.STATUS_CANCELLED
				}) {

			when(
				_registration.getStatus()
			).thenReturn(
				status
			);

			_command.doServeResource(_resourceRequest, _resourceResponse);
		}

		_assertRefusedWith("404", 4);
	}

	@Test
	public void anUnknownRegistrationIsNotFound() throws Exception {
		when(
			_registrationService.getRegistration(_REGISTRATION_ID)
		).thenThrow(
			new NoSuchRegistrationException()
		);

		_command.doServeResource(_resourceRequest, _resourceResponse);

		_assertRefusedWith("404", 1);
	}

	@Test
	public void someoneElsesRegistrationIsForbidden() throws Exception {
		when(
			_registrationService.getRegistration(_REGISTRATION_ID)
		).thenThrow(
			new PrincipalException.MustHavePermission(
				_USER_ID, Registration.class.getName(), _REGISTRATION_ID,
				"VIEW")
		);

		_command.doServeResource(_resourceRequest, _resourceResponse);

		_assertRefusedWith("403", 1);
	}

	private static SessionDate _sessionDate(String start, String end) {
		SessionDate sessionDate = mock(SessionDate.class);

		when(
			sessionDate.getStartDate()
		).thenReturn(
			Date.from(Instant.parse(start))
		);
		when(
			sessionDate.getEndDate()
		).thenReturn(
			Date.from(Instant.parse(end))
		);

		return sessionDate;
	}

	private void _assertRefusedWith(String status, int times)
		throws Exception {

		verify(
			_resourceResponse, times(times)
		).setProperty(
			ResourceResponse.HTTP_STATUS_CODE, status
		);
		verify(
			_resourceResponse, never()
		).getPortletOutputStream();
		_portletResponseUtil.verify(
			() -> PortletResponseUtil.sendFile(
				any(PortletRequest.class), any(MimeResponse.class), anyString(),
				any(byte[].class), anyString()),
			never());
	}

	private static final long _COMPANY_ID = 20097;

	private static final long _COURSE_ID = 70001;

	private static final long _METHOD_ID = 80001;

	private static final long _REGISTRATION_ID = 50001;

	private static final long _SESSION_ID = 60001;

	private static final long _USER_ID = 30001;

	private final DownloadCertificateMVCResourceCommand _command =
		new DownloadCertificateMVCResourceCommand();
	private MockedStatic<PortletResponseUtil> _portletResponseUtil;
	private final Registration _registration = mock(Registration.class);
	private final RegistrationService _registrationService = mock(
		RegistrationService.class);
	private final ResourceRequest _resourceRequest = mock(
		ResourceRequest.class);
	private final ResourceResponse _resourceResponse = mock(
		ResourceResponse.class);
	private final User _user = mock(User.class);

}
