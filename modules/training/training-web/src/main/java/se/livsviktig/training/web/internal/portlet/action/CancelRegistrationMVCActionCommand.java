package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * Cancels the user's own registration, or takes them off the waitlist.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.CANCEL_REGISTRATION
	},
	service = MVCActionCommand.class
)
public class CancelRegistrationMVCActionCommand extends BaseRegistrationMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_registrationService.cancelRegistration(
			ParamUtil.getLong(actionRequest, "registrationId"),
			ParamUtil.getString(actionRequest, "reason"));

		return "your-registration-was-cancelled";
	}

	@Reference
	private RegistrationService _registrationService;

}
