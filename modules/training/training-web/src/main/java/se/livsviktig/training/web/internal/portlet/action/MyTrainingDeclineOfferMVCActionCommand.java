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
 * The participant says no to the seat offered to them, which then goes to the next in line.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"mvc.command.name=" + TrainingMVCCommandNames.DECLINE_OFFER
	},
	service = MVCActionCommand.class
)
public class MyTrainingDeclineOfferMVCActionCommand
	extends BaseMyTrainingMVCActionCommand {

	@Override
	protected void act(ActionRequest actionRequest) throws PortalException {
		_registrationService.declineOffer(
			ParamUtil.getLong(actionRequest, "registrationId"));
	}

	@Override
	protected String getSuccessMessageKey() {
		return MyTrainingMessages.OFFER_DECLINED;
	}

	@Reference
	private RegistrationService _registrationService;

}
