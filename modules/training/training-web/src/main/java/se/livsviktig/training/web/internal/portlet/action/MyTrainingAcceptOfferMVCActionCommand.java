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
import se.livsviktig.training.web.internal.display.context.MyTrainingMessages;

/**
 * The participant takes the seat offered to them from the waitlist, while the offer lasts. Where the session
 * needs a manager's approval, accepting sends the request for it.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"mvc.command.name=" + TrainingMVCCommandNames.ACCEPT_OFFER
	},
	service = MVCActionCommand.class
)
public class MyTrainingAcceptOfferMVCActionCommand
	extends BaseMyTrainingMVCActionCommand {

	@Override
	protected void act(ActionRequest actionRequest) throws PortalException {
		_registrationService.acceptOffer(
			ParamUtil.getLong(actionRequest, "registrationId"));
	}

	@Override
	protected String getSuccessMessageKey() {
		return MyTrainingMessages.OFFER_ACCEPTED;
	}

	@Reference
	private RegistrationService _registrationService;

}
