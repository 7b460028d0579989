package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import se.livsviktig.training.exception.NoSuchRegistrationException;
import se.livsviktig.training.exception.RegistrationCommentException;
import se.livsviktig.training.exception.RegistrationStatusException;
import se.livsviktig.training.model.Registration;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * A manager's decision on one request, through the permission-checking remote service. A refused decision (not
 * allowed, already decided by someone else, comment too long, gone) comes back to the list with the request
 * and the comment that was typed, and the reason in the error summary; a decision made says whose request it
 * was.
 *
 * @author Livsviktig
 */
public abstract class BaseDecideRegistrationMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long registrationId = ParamUtil.getLong(
			actionRequest, "registrationId");
		String comment = ParamUtil.getString(actionRequest, "comment");

		MutableRenderParameters mutableRenderParameters =
			actionResponse.getRenderParameters();

		mutableRenderParameters.setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_APPROVALS);

		try {
			Registration registration = decide(registrationId, comment);

			SessionMessages.add(
				actionRequest, getSuccessMessageKey(),
				registration.getUserName());

			hideDefaultSuccessMessage(actionRequest);

			mutableRenderParameters.removeParameter("comment");
			mutableRenderParameters.removeParameter("registrationId");
		}
		catch (NoSuchRegistrationException | PrincipalException |
			   RegistrationCommentException | RegistrationStatusException
				   exception) {

			SessionErrors.add(actionRequest, exception.getClass(), exception);

			hideDefaultErrorMessage(actionRequest);

			mutableRenderParameters.setValue("comment", comment);
			mutableRenderParameters.setValue(
				"registrationId", String.valueOf(registrationId));
		}
	}

	protected abstract Registration decide(long registrationId, String comment)
		throws PortalException;

	/**
	 * @return the SessionMessages key the list reads to say what was done, with the person's name as its value
	 */
	protected abstract String getSuccessMessageKey();

}
