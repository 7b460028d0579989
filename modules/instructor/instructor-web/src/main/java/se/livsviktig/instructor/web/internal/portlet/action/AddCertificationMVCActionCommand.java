package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.time.ZoneId;

import java.util.Map;
import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.Certification;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.CertificationFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.CertificationsDisplayContext;

/**
 * Adds a certification. The holder is typed as an e-mail address or screen name of a user of the company; one
 * that matches nobody is passed on as no user, so the service refuses it like any other holder it does not
 * know, and the form says so at the field.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.ADD_CERTIFICATION
	},
	service = MVCActionCommand.class
)
public class AddCertificationMVCActionCommand
	extends BaseCertificationMVCActionCommand {

	@Override
	protected Done act(ActionRequest actionRequest) throws PortalException {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		ZoneId zoneId = themeDisplay.getTimeZone(
		).toZoneId();

		_certificationService.addCertification(
			_holderUserId(
				themeDisplay.getCompanyId(),
				ParamUtil.getString(actionRequest, "holder")),
			ParamUtil.getLong(actionRequest, "trainingMethodId"),
			DateInput.parse(
				ParamUtil.getString(actionRequest, "certifiedDate"), zoneId),
			DateInput.parse(
				ParamUtil.getString(actionRequest, "validUntil"), zoneId),
			ParamUtil.getString(actionRequest, "issuer"),
			ParamUtil.getString(actionRequest, "number"),
			ServiceContextFactory.getInstance(
				Certification.class.getName(), actionRequest));

		return new Done(
			CertificationsDisplayContext.SUCCESS_MESSAGE_KEY,
			Map.of(
				"mvcRenderCommandName",
				InstructorMVCCommandNames.VIEW_CERTIFICATIONS));
	}

	@Override
	protected Set<Class<?>> getFormErrors() {
		return CertificationFieldErrors.CERTIFICATION_FORM_ERRORS;
	}

	@Override
	protected String getFormMVCRenderCommandName() {
		return InstructorMVCCommandNames.ADD_CERTIFICATION;
	}

	private long _holderUserId(long companyId, String holder) {
		if (Validator.isBlank(holder)) {
			return 0;
		}

		holder = holder.trim();

		User user = _userLocalService.fetchUserByEmailAddress(
			companyId, holder);

		if (user == null) {
			user = _userLocalService.fetchUserByScreenName(companyId, holder);
		}

		if (user == null) {
			return 0;
		}

		return user.getUserId();
	}

	@Reference
	private CertificationService _certificationService;

	@Reference
	private UserLocalService _userLocalService;

}
