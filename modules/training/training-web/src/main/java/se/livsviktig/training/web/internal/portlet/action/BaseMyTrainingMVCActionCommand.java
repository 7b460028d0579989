package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import se.livsviktig.training.web.internal.display.context.MyTrainingMessages;

/**
 * What every action of Mina utbildningar does around its one service call: a refusal the user can act on
 * (deadline passed, offer expired, no permission...) goes to SessionErrors under its type, for the error
 * summary at the top of the list; success leaves a confirmation; anything else is not swallowed.
 *
 * @author Livsviktig
 */
public abstract class BaseMyTrainingMVCActionCommand
	extends BaseMVCActionCommand {

	/**
	 * Calls the permission-checking remote service.
	 */
	protected abstract void act(ActionRequest actionRequest)
		throws PortalException;

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		try {
			act(actionRequest);

			SessionMessages.add(actionRequest, getSuccessMessageKey());

			hideDefaultSuccessMessage(actionRequest);
		}
		catch (PortalException portalException) {
			Class<? extends PortalException> errorType =
				MyTrainingMessages.getErrorType(portalException);

			if (errorType == null) {
				throw portalException;
			}

			SessionErrors.add(
				actionRequest, errorType.getName(), portalException);

			hideDefaultErrorMessage(actionRequest);
		}
	}

	/**
	 * @return the SessionMessages key of the confirmation, one of {@link MyTrainingMessages}'
	 */
	protected abstract String getSuccessMessageKey();

}
