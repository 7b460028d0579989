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
 * Declines the seat the user was offered, so that the next in line gets it.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.DECLINE_OFFER
	},
	service = MVCActionCommand.class
)
public class DeclineOfferMVCActionCommand extends BaseRegistrationMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_registrationService.declineOffer(
			ParamUtil.getLong(actionRequest, "registrationId"));

		return "you-declined-the-seat";
	}

	@Reference
	private RegistrationService _registrationService;

}
