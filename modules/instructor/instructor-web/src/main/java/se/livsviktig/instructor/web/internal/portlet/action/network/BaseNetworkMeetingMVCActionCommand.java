package se.livsviktig.instructor.web.internal.portlet.action.network;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;

import java.util.Set;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.exception.NoSuchInstructorNetworkException;
import se.livsviktig.instructor.exception.NoSuchNetworkMeetingException;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * What the coordinators' meeting actions share: each calls a remote service, which checks the network's
 * permission. Done, the coordinator lands on the network's meetings with a message. A refusal of the input brings
 * the form back with what was typed and each message at its field, nothing written; a missing permission, or a
 * network or meeting gone, shows the error page; anything else is the portal's to report.
 *
 * @author Livsviktig
 */
public abstract class BaseNetworkMeetingMVCActionCommand
	extends BaseMVCActionCommand {

	/**
	 * Calls the remote service.
	 *
	 * @return the meeting acted on, whose network's meetings the coordinator sees next
	 */
	protected abstract NetworkMeeting act(ActionRequest actionRequest)
		throws PortalException;

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters renderParameters =
			actionResponse.getRenderParameters();

		try {
			NetworkMeeting networkMeeting = act(actionRequest);

			SessionMessages.add(actionRequest, getSuccessMessage());

			renderParameters.setValue(
				"mvcRenderCommandName",
				InstructorMVCCommandNames.VIEW_NETWORK_MEETINGS);
			renderParameters.setValue(
				"instructorNetworkId",
				String.valueOf(networkMeeting.getInstructorNetworkId()));
		}
		catch (NoSuchInstructorNetworkException |
			   NoSuchNetworkMeetingException | PrincipalException exception) {

			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			renderParameters.setValue(
				"mvcPath", BaseNetworkMVCRenderCommand.ERROR_JSP);
		}
		catch (PortalException portalException) {
			if (!getFormErrors().contains(portalException.getClass())) {
				throw portalException;
			}

			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			hideDefaultErrorMessage(actionRequest);

			portal.copyRequestParameters(actionRequest, actionResponse);

			renderParameters.setValue(
				"mvcRenderCommandName", getFormMVCRenderCommandName());
		}
	}

	/**
	 * @return the refusals the form explains at its fields
	 */
	protected abstract Set<Class<? extends PortalException>> getFormErrors();

	/**
	 * @return the render command of the form, shown again after a refusal
	 */
	protected abstract String getFormMVCRenderCommandName();

	/**
	 * @return the SessionMessages key of what was done (NetworkMessages)
	 */
	protected abstract String getSuccessMessage();

	@Reference
	protected Portal portal;

}
