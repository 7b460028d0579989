package se.livsviktig.training.web.internal.portlet.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Image;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.PortletResponseUtil;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.ImageLocalService;
import com.liferay.portal.kernel.util.Portal;
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

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

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
import se.livsviktig.training.web.internal.certificate.CertificateTexts;
import se.livsviktig.training.web.internal.certificate.CertificateVerifier;

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

		when(
			_company.getName()
		).thenReturn(
			"Helsingborgs stad"
		);

		CompanyLocalService companyLocalService = mock(
			CompanyLocalService.class);

		when(
			companyLocalService.getCompany(_COMPANY_ID)
		).thenReturn(
			_company
		);

		when(
			_certificateVerifier.code(_registration)
		).thenReturn(
			"7K2QX-M4PZ9"
		);
		when(
			_registration.getRegistrationId()
		).thenReturn(
			_REGISTRATION_ID
		);

		Fields.set(_command, "_certificateVerifier", _certificateVerifier);
		Fields.set(_command, "_companyLocalService", companyLocalService);
		Fields.set(_command, "_imageLocalService", _imageLocalService);
		Fields.set(_command, "_portal", mock(Portal.class));
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
	public void theCertificateCarriesItsNumberAndVerificationCode()
		throws Exception {

		try (PDDocument document = PDDocument.load(_certificatePdf())) {
			String text = new PDFTextStripper().getText(document);

			assertTrue(text.contains("Intygsnummer 50001"), text);
			assertTrue(text.contains("Kontrollkod 7K2QX-M4PZ9"), text);
		}
	}

	@Test
	public void theCompanysLogoHeadsTheCertificate() throws Exception {
		Image image = mock(Image.class);

		when(
			image.getTextObj()
		).thenReturn(
			CertificateTexts.logo()
		);
		when(
			image.getType()
		).thenReturn(
			"png"
		);
		when(
			_company.getLogoId()
		).thenReturn(
			_LOGO_ID
		);
		when(
			_imageLocalService.fetchImage(_LOGO_ID)
		).thenReturn(
			image
		);

		try (PDDocument document = PDDocument.load(_certificatePdf())) {
			assertEquals(1, _images(document));
		}
	}

	@Test
	public void aCompanyWithoutALogoGetsNoImageNotABrokenOne()
		throws Exception {

		try (PDDocument document = PDDocument.load(_certificatePdf())) {
			assertEquals(0, _images(document));
		}

		// A logo id whose image is gone, or an image of a kind PDF/A cannot carry, is left out too.

		when(
			_company.getLogoId()
		).thenReturn(
			_LOGO_ID
		);

		try (PDDocument document = PDDocument.load(_certificatePdf())) {
			assertEquals(0, _images(document));
		}
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

	private static int _images(PDDocument document) throws Exception {
		int images = 0;

		for (PDPage page : document.getPages()) {
			PDResources resources = page.getResources();

			for (COSName cosName : resources.getXObjectNames()) {
				if (resources.getXObject(cosName) instanceof PDImageXObject) {
					images++;
				}
			}
		}

		return images;
	}

	private byte[] _certificatePdf() throws Exception {
		when(
			_registration.getStatus()
		).thenReturn(
			RegistrationConstants.STATUS_COMPLETED
		);

		_command.doServeResource(_resourceRequest, _resourceResponse);

		ArgumentCaptor<byte[]> bytes = ArgumentCaptor.forClass(byte[].class);

		_portletResponseUtil.verify(
			() -> PortletResponseUtil.sendFile(
				eq(_resourceRequest), eq(_resourceResponse), anyString(),
				bytes.capture(), eq("application/pdf")),
			atLeastOnce());

		return bytes.getValue();
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

	private static final long _LOGO_ID = 90001;

	private static final long _METHOD_ID = 80001;

	private static final long _REGISTRATION_ID = 50001;

	private static final long _SESSION_ID = 60001;

	private static final long _USER_ID = 30001;

	private final CertificateVerifier _certificateVerifier = mock(
		CertificateVerifier.class);
	private final DownloadCertificateMVCResourceCommand _command =
		new DownloadCertificateMVCResourceCommand();
	private final Company _company = mock(Company.class);
	private final ImageLocalService _imageLocalService = mock(
		ImageLocalService.class);
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
