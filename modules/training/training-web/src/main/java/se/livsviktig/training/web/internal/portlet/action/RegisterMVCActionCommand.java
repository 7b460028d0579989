package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * Registers the user on the session: a seat, a request for approval or a place in line.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.REGISTER
	},
	service = MVCActionCommand.class
)
public class RegisterMVCActionCommand extends BaseRegistrationMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			Registration.class.getName(), actionRequest);

		Registration registration = _registrationService.addRegistration(
			ParamUtil.getLong(actionRequest, "courseSessionId"), 0,
			ParamUtil.getString(actionRequest, "motivation"),
			ParamUtil.getString(actionRequest, "dietaryNeeds"),
			serviceContext);

		if (registration.getStatus() ==
				RegistrationConstants.STATUS_WAITLISTED) {

			return "you-are-on-the-waitlist";
		}

		if (registration.getStatus() ==
				RegistrationConstants.STATUS_PENDING_APPROVAL) {

			return "your-request-was-sent-for-approval";
		}

		return "you-are-registered";
	}

	@Reference
	private RegistrationService _registrationService;

}
