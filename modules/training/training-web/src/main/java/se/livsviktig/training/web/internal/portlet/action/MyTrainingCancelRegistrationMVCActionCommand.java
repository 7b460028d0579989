package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.MyTrainingMessages;

/**
 * The participant cancels (avbokar) their registration. The service refuses after the cancellation deadline;
 * before it the participant need not give a reason.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"mvc.command.name=" + TrainingMVCCommandNames.CANCEL_REGISTRATION
	},
	service = MVCActionCommand.class
)
public class MyTrainingCancelRegistrationMVCActionCommand
	extends BaseMyTrainingMVCActionCommand {

	@Override
	protected void act(ActionRequest actionRequest) throws PortalException {
		_registrationService.cancelRegistration(
			ParamUtil.getLong(actionRequest, "registrationId"),
			StringPool.BLANK);
	}

	@Override
	protected String getSuccessMessageKey() {
		return MyTrainingMessages.REGISTRATION_CANCELLED;
	}

	@Reference
	private RegistrationService _registrationService;

}
