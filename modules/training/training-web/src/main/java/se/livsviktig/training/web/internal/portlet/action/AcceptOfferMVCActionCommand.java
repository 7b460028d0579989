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
 * Takes the seat the user was offered.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.ACCEPT_OFFER
	},
	service = MVCActionCommand.class
)
public class AcceptOfferMVCActionCommand extends BaseRegistrationMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_registrationService.acceptOffer(
			ParamUtil.getLong(actionRequest, "registrationId"));

		return "you-accepted-the-seat";
	}

	@Reference
	private RegistrationService _registrationService;

}
