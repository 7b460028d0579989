package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

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
 * Revokes an active certification with a reason. Done, the coordinator sees the person's history, where the
 * certification stays with its reason.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.REVOKE_CERTIFICATION
	},
	service = MVCActionCommand.class
)
public class RevokeCertificationMVCActionCommand
	extends BaseCertificationMVCActionCommand {

	@Override
	protected Done act(ActionRequest actionRequest) throws PortalException {
		Certification certification =
			_certificationService.revokeCertification(
				ParamUtil.getLong(actionRequest, "certificationId"),
				ParamUtil.getString(actionRequest, "reason"));

		return Done.onHolderHistory(
			HolderCertificationsDisplayContext.REVOKED_MESSAGE_KEY, certification);
	}

	@Override
	protected Set<Class<?>> getFormErrors() {
		return CertificationFieldErrors.REVOKE_FORM_ERRORS;
	}

	@Override
	protected String getFormMVCRenderCommandName() {
		return InstructorMVCCommandNames.REVOKE_CERTIFICATION;
	}

	@Reference
	private CertificationService _certificationService;

}
