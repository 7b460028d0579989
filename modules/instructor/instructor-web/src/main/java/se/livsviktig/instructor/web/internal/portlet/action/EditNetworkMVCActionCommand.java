package se.livsviktig.instructor.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.service.ServiceContextFactory;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Set;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.constants.InstructorPortletKeys;
import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.service.InstructorNetworkService;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.instructor.web.internal.display.context.NetworkFieldErrors;
import se.livsviktig.instructor.web.internal.display.context.NetworksDisplayContext;

/**
 * Starts a network in the current site (instructorNetworkId 0) or saves an existing one.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + InstructorPortletKeys.INSTRUCTOR_ADMIN,
		"mvc.command.name=" + InstructorMVCCommandNames.EDIT_NETWORK
	},
	service = MVCActionCommand.class
)
public class EditNetworkMVCActionCommand extends BaseNetworkMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		long instructorNetworkId = ParamUtil.getLong(
			actionRequest, "instructorNetworkId");
		String name = ParamUtil.getString(actionRequest, "name");
		String description = ParamUtil.getString(actionRequest, "description");
		long[] trainingMethodIds = GetterUtil.getLongValues(
			actionRequest.getParameterValues("trainingMethodIds"));

		if (instructorNetworkId > 0) {
			_instructorNetworkService.updateInstructorNetwork(
				instructorNetworkId, name, description, trainingMethodIds);
		}
		else {
			ThemeDisplay themeDisplay =
				(ThemeDisplay)actionRequest.getAttribute(WebKeys.THEME_DISPLAY);

			_instructorNetworkService.addInstructorNetwork(
				themeDisplay.getScopeGroupId(), name, description,
				trainingMethodIds,
				ServiceContextFactory.getInstance(
					InstructorNetwork.class.getName(), actionRequest));
		}

		return NetworksDisplayContext.SAVED_MESSAGE_KEY;
	}

	@Override
	protected String getDoneMVCRenderCommandName() {
		return InstructorMVCCommandNames.VIEW_NETWORKS;
	}

	@Override
	protected Set<Class<?>> getPageErrors() {
		return NetworkFieldErrors.NETWORK_FORM_ERRORS;
	}

	@Override
	protected String getPageMVCRenderCommandName() {
		return InstructorMVCCommandNames.EDIT_NETWORK;
	}

	@Reference
	private InstructorNetworkService _instructorNetworkService;

}
