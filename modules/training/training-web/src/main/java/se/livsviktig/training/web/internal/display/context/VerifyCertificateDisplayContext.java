package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.Optional;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.web.internal.certificate.CertificateVerifier;
import se.livsviktig.training.web.internal.certificate.VerifiedCertificate;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The public page where anyone holding a course certificate checks it: the number and code typed (or brought
 * by the link printed on the certificate), and the answer, valid with name, method and date, or not valid
 * with no hint of which part was wrong.
 *
 * @author Livsviktig
 */
public class VerifyCertificateDisplayContext {

	public VerifyCertificateDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CertificateVerifier certificateVerifier) {

		_renderResponse = renderResponse;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_number = ParamUtil.getString(renderRequest, "number");
		_code = ParamUtil.getString(renderRequest, "code");

		if (Validator.isNull(_number) && Validator.isNull(_code)) {
			_verifiedCertificate = null;
		}
		else {
			_verifiedCertificate = certificateVerifier.verify(
				_themeDisplay.getCompanyId(), _number, _code,
				_themeDisplay.getLocale());
		}
	}

	public String getCode() {
		return _code;
	}

	public String getCompletionDate() {
		return DateTimeFormatter.ofLocalizedDate(
			FormatStyle.LONG
		).withLocale(
			_themeDisplay.getLocale()
		).withZone(
			_themeDisplay.getTimeZone(
			).toZoneId()
		).format(
			_verifiedCertificate.get(
			).getCompletionDate(
			).toInstant()
		);
	}

	public String getFormURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VERIFY_CERTIFICATE
		).buildString();
	}

	public String getNumber() {
		return _number;
	}

	public VerifiedCertificate getVerifiedCertificate() {
		return _verifiedCertificate.get();
	}

	/**
	 * @return whether a number or code was given, so there is an answer to show
	 */
	public boolean isChecked() {
		return _verifiedCertificate != null;
	}

	public boolean isValid() {
		return isChecked() && _verifiedCertificate.isPresent();
	}

	private final String _code;
	private final String _number;
	private final RenderResponse _renderResponse;
	private final ThemeDisplay _themeDisplay;
	private final Optional<VerifiedCertificate> _verifiedCertificate;

}
