package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.SessionInstructor;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.MySessionsMessages;

/**
 * An instructor's answer to an invitation ({@code answer}: {@code accept} or {@code decline}), through the
 * remote service, which lets only the invited person answer. A refusal it explains (already answered, not
 * certified for the method, gone, not theirs) returns to the list with its type in SessionErrors and the
 * invitation in the render parameters; an accepted session opens, to show its participants.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_SESSIONS,
		"mvc.command.name=" + TrainingMVCCommandNames.RESPOND_TO_INVITATION
	},
	service = MVCActionCommand.class
)
public class RespondToInvitationMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long sessionInstructorId = ParamUtil.getLong(
			actionRequest, "sessionInstructorId");
		boolean accept = "accept".equals(
			ParamUtil.getString(actionRequest, "answer"));

		MutableRenderParameters mutableRenderParameters =
			actionResponse.getRenderParameters();

		mutableRenderParameters.setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_MY_SESSIONS);

		try {
			SessionInstructor sessionInstructor =
				_sessionInstructorService.respondToInvitation(
					sessionInstructorId, accept);

			if (accept) {
				SessionMessages.add(
					actionRequest, MySessionsMessages.INVITATION_ACCEPTED);

				mutableRenderParameters.setValue(
					"courseSessionId",
					String.valueOf(sessionInstructor.getCourseSessionId()));
			}
			else {
				SessionMessages.add(
					actionRequest, MySessionsMessages.INVITATION_DECLINED);
			}

			hideDefaultSuccessMessage(actionRequest);
		}
		catch (PortalException portalException) {
			Class<? extends PortalException> errorType =
				MySessionsMessages.getErrorType(
					MySessionsMessages.getInvitationErrorKeys(),
					portalException);

			if (errorType == null) {
				throw portalException;
			}

			SessionErrors.add(
				actionRequest, errorType.getName(), portalException);

			hideDefaultErrorMessage(actionRequest);

			mutableRenderParameters.setValue(
				"sessionInstructorId", String.valueOf(sessionInstructorId));
		}
	}

	@Reference
	private SessionInstructorService _sessionInstructorService;

}
