package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.RegistrationConstants;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * Registers a colleague, found by their e-mail address in the user's company, on the session. The remote
 * service decides whether the user may (REGISTER_OTHERS, or managing the session's participants).
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.REGISTER_COLLEAGUE
	},
	service = MVCActionCommand.class
)
public class RegisterColleagueMVCActionCommand
	extends BaseRegistrationMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		String emailAddress = ParamUtil.getString(
			actionRequest, "colleagueEmailAddress");

		User colleague = _userLocalService.fetchUserByEmailAddress(
			themeDisplay.getCompanyId(), emailAddress.trim());

		if (colleague == null) {
			throw new NoSuchUserException(
				"No user with the e-mail address " + emailAddress);
		}

		ServiceContext serviceContext = ServiceContextFactory.getInstance(
			Registration.class.getName(), actionRequest);

		Registration registration = _registrationService.addRegistrationForUser(
			colleague.getUserId(),
			ParamUtil.getLong(actionRequest, "courseSessionId"), 0, null,
			ParamUtil.getString(actionRequest, "dietaryNeeds"), serviceContext);

		if (registration.getStatus() ==
				RegistrationConstants.STATUS_WAITLISTED) {

			return "your-colleague-is-on-the-waitlist";
		}

		return "your-colleague-is-registered";
	}

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private UserLocalService _userLocalService;

}
