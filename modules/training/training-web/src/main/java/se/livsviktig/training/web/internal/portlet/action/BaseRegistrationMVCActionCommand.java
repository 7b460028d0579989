package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;

/**
 * What every action on a session's page shares: it returns to that page, with a success message, or with the
 * typed exception the service threw for the page to explain, and with what the user typed.
 *
 * @author Livsviktig
 */
public abstract class BaseRegistrationMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters mutableRenderParameters =
			actionResponse.getRenderParameters();

		mutableRenderParameters.setValue(
			"mvcRenderCommandName",
			TrainingMVCCommandNames.VIEW_COURSE_SESSION);
		mutableRenderParameters.setValue(
			"courseSessionId",
			String.valueOf(ParamUtil.getLong(actionRequest, "courseSessionId")));

		try {
			SessionMessages.add(
				actionRequest, CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY,
				act(actionRequest));
		}
		catch (PortalException portalException) {
			SessionErrors.add(actionRequest, portalException.getClass());

			// The page shows its own summary of the error, not the portal's generic one.

			hideDefaultErrorMessage(actionRequest);

			for (String name : new String[] {
						"checkInCode", "colleagueEmailAddress", "dietaryNeeds",
						"motivation"
					}) {
				mutableRenderParameters.setValue(
					name, ParamUtil.getString(actionRequest, name));
			}
		}
	}

	/**
	 * Calls the remote service, which checks permission and the rules.
	 *
	 * @return the key of the message that tells the user what happened
	 */
	protected abstract String act(ActionRequest actionRequest)
		throws PortalException;

}
