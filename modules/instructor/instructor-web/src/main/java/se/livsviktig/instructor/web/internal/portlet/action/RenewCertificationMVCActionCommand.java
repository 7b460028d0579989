package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.CertificationFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.HolderCertificationsDisplayContext;

/**
 * Renews a certification: a new row for the same person and method, the renewed one kept as it was. Done, the
 * coordinator sees the person's history with both.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.RENEW_CERTIFICATION
	},
	service = MVCActionCommand.class
)
public class RenewCertificationMVCActionCommand
	extends BaseCertificationMVCActionCommand {

	@Override
	protected Done act(ActionRequest actionRequest) throws PortalException {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		Certification certification =
			_certificationService.renewCertification(
				ParamUtil.getLong(actionRequest, "certificationId"),
				DateInput.parse(
					ParamUtil.getString(actionRequest, "certifiedDate"),
					zoneId),
				DateInput.parse(
					ParamUtil.getString(actionRequest, "validUntil"), zoneId),
				ParamUtil.getString(actionRequest, "issuer"),
				ParamUtil.getString(actionRequest, "number"),
				ServiceContextFactory.getInstance(
					Certification.class.getName(), actionRequest));

		return Done.onHolderHistory(
			HolderCertificationsDisplayContext.RENEWED_MESSAGE_KEY, certification);
	}

	@Override
	protected Set<Class<?>> getFormErrors() {
		return CertificationFieldErrors.CERTIFICATION_FORM_ERRORS;
	}

	@Override
	protected String getFormMVCRenderCommandName() {
		return InstructorMVCCommandNames.RENEW_CERTIFICATION;
	}

	@Reference
	private CertificationService _certificationService;

}
