package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.petra.string.StringBundler;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.log.Log;
import com.liferay.portal.kernel.log.LogFactoryUtil;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.Image;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.LiferayPortletURL;
import com.liferay.portal.kernel.portlet.PortletResponseUtil;
import com.liferay.portal.kernel.portlet.PortletURLFactoryUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.ImageLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ContentTypes;
import com.liferay.portal.kernel.util.HtmlUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.ResourceBundleUtil;
import com.liferay.portal.kernel.util.StringUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;

import java.text.Normalizer;
import java.text.SimpleDateFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

import javax.portlet.PortletRequest;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.model.SessionDate;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.certificate.Certificate;
import se.livsviktig.training.web.internal.certificate.CertificateCharacterException;
import se.livsviktig.training.web.internal.certificate.CertificateHtml;
import se.livsviktig.training.web.internal.certificate.CertificateVerifier;
import se.livsviktig.training.web.internal.certificate.CertificatePdf;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * Sends the course certificate (kursintyg) of a completed registration as a PDF, in the user's language. The
 * remote service decides who may see the registration; a registration that is not completed has no
 * certificate, and the answer is then an HTTP status with nothing sent.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"mvc.command.name=" + TrainingMVCCommandNames.DOWNLOAD_CERTIFICATE
	},
	service = MVCResourceCommand.class
)
public class DownloadCertificateMVCResourceCommand
	extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long registrationId = ParamUtil.getLong(
			resourceRequest, "registrationId");

		Certificate certificate;

		try {
			certificate = _certificate(
				resourceRequest, themeDisplay, registrationId,
				_locale(themeDisplay.getLocale()), themeDisplay.getTimeZone());
		}
		catch (NoSuchRegistrationException | RegistrationStatusException
					exception) {

			_refuse(
				resourceResponse, HttpServletResponse.SC_NOT_FOUND, exception);

			return;
		}
		catch (PrincipalException principalException) {
			_refuse(
				resourceResponse, HttpServletResponse.SC_FORBIDDEN,
				principalException);

			return;
		}

		ResourceBundle resourceBundle = ResourceBundleUtil.getBundle(
			certificate.getLocale(), getClass());

		String xhtml = new CertificateHtml(
			resourceBundle
		).render(
			certificate
		);

		byte[] pdf;

		try {
			pdf = _certificatePdf.write(xhtml);
		}
		catch (CertificateCharacterException certificateCharacterException) {
			_refuseLetters(
				resourceResponse, certificate.getLocale(), resourceBundle,
				certificateCharacterException);

			return;
		}

		PortletResponseUtil.sendFile(
			resourceRequest, resourceResponse, _fileName(certificate), pdf,
			ContentTypes.APPLICATION_PDF);
	}

	private static String _slug(String text) {
		String slug = Normalizer.normalize(
			text, Normalizer.Form.NFD
		).replaceAll(
			"\\p{M}", ""
		).toLowerCase(
			Locale.ROOT
		).replaceAll(
			"[^a-z0-9]+", "-"
		).replaceAll(
			"^-|-$", ""
		);

		if (slug.length() > 60) {
			slug = slug.substring(0, 60);
		}

		return slug;
	}

	private Certificate _certificate(
			ResourceRequest resourceRequest, ThemeDisplay themeDisplay,
			long registrationId, Locale locale, TimeZone timeZone)
		throws PortalException {

		Registration registration = _registrationService.getRegistration(
			registrationId);

		if (registration.getStatus() !=
				RegistrationConstants.STATUS_COMPLETED) {

			throw new RegistrationStatusException(
				"Registration " + registrationId + " is not completed");
		}

		CourseSession courseSession = _courseSessionService.getCourseSession(
			registration.getCourseSessionId());

		Course course = _courseLocalService.fetchCourse(
			courseSession.getCourseId());

		if (course == null) {
			throw new NoSuchCourseException(
				"No course " + courseSession.getCourseId());
		}

		TrainingMethod trainingMethod = _trainingMethodService.getTrainingMethod(
			courseSession.getTrainingMethodId());

		User user = _userLocalService.getUser(registration.getUserId());

		Company company = _companyLocalService.getCompany(
			registration.getCompanyId());

		Certificate certificate = new Certificate(locale, timeZone);

		certificate.setCertificateNumber(
			CertificateVerifier.number(registration));
		certificate.setCompletionDate(
			CertificateVerifier.completionDate(registration));
		certificate.setVerificationCode(
			_certificateVerifier.code(registration));
		certificate.setVerificationURL(
			_verificationURL(
				resourceRequest, themeDisplay,
				certificate.getCertificateNumber(),
				certificate.getVerificationCode()));

		_setLogo(certificate, company);

		certificate.setCourseTitle(course.getTitle(locale));
		certificate.setIssuer(company.getName());
		certificate.setParticipantName(user.getFullName());
		certificate.setPlace(_place(courseSession));
		certificate.setTrainingMethodName(trainingMethod.getName(locale));

		for (SessionDate sessionDate :
				_courseSessionService.getSessionDates(
					courseSession.getCourseSessionId())) {

			certificate.addSessionDate(
				sessionDate.getStartDate(), sessionDate.getEndDate());
		}

		return certificate;
	}

	private String _fileName(Certificate certificate) {
		SimpleDateFormat simpleDateFormat = new SimpleDateFormat("yyyy-MM-dd");

		simpleDateFormat.setTimeZone(certificate.getTimeZone());

		return "kursintyg-" + _slug(certificate.getCourseTitle()) + "-" +
			simpleDateFormat.format(certificate.getCompletionDate()) + ".pdf";
	}

	/**
	 * The certificate is written in Swedish or English: the app's two languages. Any other language gets
	 * English, labelled as such, so the document never claims a language it is not written in.
	 */
	private Locale _locale(Locale locale) {
		if (locale.getLanguage(
			).equals(
				"sv"
			) ||
			locale.getLanguage(
			).equals(
				"en"
			)) {

			return locale;
		}

		return Locale.UK;
	}

	private String _place(CourseSession courseSession) {
		List<String> parts = new ArrayList<>();

		for (String part :
				new String[] {
					courseSession.getVenueName(), courseSession.getLocality()
				}) {

			if (Validator.isNotNull(part)) {
				parts.add(part);
			}
		}

		return String.join(", ", parts);
	}

	/**
	 * The company's own logo, when it has set one; the portal's default logo is not the issuer's, so none is
	 * printed then, and a logo that cannot be read is left out rather than printed broken.
	 */
	private void _setLogo(Certificate certificate, Company company) {
		if (company.getLogoId() <= 0) {
			return;
		}

		Image image = _imageLocalService.fetchImage(company.getLogoId());

		if ((image == null) || (image.getTextObj() == null) ||
			(image.getTextObj().length == 0)) {

			return;
		}

		String type = StringUtil.toLowerCase(image.getType());

		if (type.equals("jpg")) {
			type = "jpeg";
		}

		if (!type.equals("png") && !type.equals("jpeg") && !type.equals("gif")) {
			return;
		}

		certificate.setLogo(image.getTextObj(), "image/" + type);
	}

	/**
	 * The catalogue's certificate check with this certificate's number and code filled in, on the page of the
	 * site that shows the catalogue; null when no page of the site does, so nothing false is printed.
	 */
	private String _verificationURL(
			ResourceRequest resourceRequest, ThemeDisplay themeDisplay,
			String number, String code)
		throws PortalException {

		long plid = _portal.getPlidFromPortletId(
			themeDisplay.getScopeGroupId(), TrainingPortletKeys.COURSE_CATALOG);

		if (plid <= 0) {
			return null;
		}

		LiferayPortletURL liferayPortletURL = PortletURLFactoryUtil.create(
			resourceRequest, TrainingPortletKeys.COURSE_CATALOG, plid,
			PortletRequest.RENDER_PHASE);

		liferayPortletURL.setParameter(
			"mvcRenderCommandName", TrainingMVCCommandNames.VERIFY_CERTIFICATE);
		liferayPortletURL.setParameter("number", number);
		liferayPortletURL.setParameter("code", code);

		return liferayPortletURL.toString();
	}

	private void _refuse(
		ResourceResponse resourceResponse, int status, Exception exception) {

		if (_log.isDebugEnabled()) {
			_log.debug(exception);
		}

		resourceResponse.setProperty(
			ResourceResponse.HTTP_STATUS_CODE, String.valueOf(status));
	}

	/**
	 * A certificate its fonts cannot print is refused with a page that says so, in the reader's language and
	 * naming the letters, rather than sent with those letters missing.
	 */
	private void _refuseLetters(
			ResourceResponse resourceResponse, Locale locale,
			ResourceBundle resourceBundle,
			CertificateCharacterException certificateCharacterException)
		throws IOException {

		_refuse(
			resourceResponse, _SC_UNPROCESSABLE_ENTITY,
			certificateCharacterException);

		String message = StringUtil.replace(
			resourceBundle.getString(
				"the-certificate-cannot-print-the-letters-x"),
			"{0}", certificateCharacterException.getCharacters());

		resourceResponse.setContentType(ContentTypes.TEXT_HTML_UTF8);

		PortletResponseUtil.write(
			resourceResponse,
			StringBundler.concat(
				"<!DOCTYPE html><html lang=\"", locale.toLanguageTag(),
				"\"><head><meta charset=\"utf-8\"><title>",
				HtmlUtil.escape(resourceBundle.getString("course-certificate")),
				"</title></head><body><main><p role=\"alert\">",
				HtmlUtil.escape(message), "</p></main></body></html>"));
	}

	/**
	 * The request was understood, but this certificate cannot be made.
	 */
	private static final int _SC_UNPROCESSABLE_ENTITY = 422;

	private static final Log _log = LogFactoryUtil.getLog(
		DownloadCertificateMVCResourceCommand.class);

	private final CertificatePdf _certificatePdf = new CertificatePdf();

	@Reference
	private CertificateVerifier _certificateVerifier;

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private ImageLocalService _imageLocalService;

	@Reference
	private Portal _portal;

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private TrainingMethodService _trainingMethodService;

	@Reference
	private UserLocalService _userLocalService;

}
