package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.NoSuchUserException;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsDisplayContext;
import se.livsviktig.training.web.internal.display.context.SessionParticipantsView;

/**
 * What every action on a session's participants page shares: it returns to that page, in the view the action
 * was taken in (see {@link SessionParticipantsView}), with what it did, or with the typed exception the service
 * threw for the page to explain, the form it came from and what the coordinator typed.
 *
 * @author Livsviktig
 */
public abstract class BaseSessionParticipantsMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		MutableRenderParameters mutableRenderParameters =
			actionResponse.getRenderParameters();

		mutableRenderParameters.setValue(
			"mvcRenderCommandName",
			TrainingMVCCommandNames.VIEW_SESSION_PARTICIPANTS);
		mutableRenderParameters.setValue(
			"courseSessionId",
			String.valueOf(ParamUtil.getLong(actionRequest, "courseSessionId")));

		try {
			SessionMessages.add(
				actionRequest,
				SessionParticipantsDisplayContext.SUCCESS_MESSAGE_KEY,
				act(actionRequest));

			mutableRenderParameters.setValue(
				"view", SessionParticipantsView.afterSuccess(getForm()));
		}
		catch (PortalException portalException) {
			SessionErrors.add(
				actionRequest, portalException.getClass(), portalException);

			// The page shows its own summary of the error, not the portal's generic one.

			hideDefaultErrorMessage(actionRequest);

			mutableRenderParameters.setValue("form", getForm());
			mutableRenderParameters.setValue(
				"view", SessionParticipantsView.ofForm(getForm()));

			for (String name : _TYPED_PARAMETERS) {
				String value = ParamUtil.getString(actionRequest, name, null);

				if (value != null) {
					mutableRenderParameters.setValue(name, value);
				}
			}

			String[] registrationIds = actionRequest.getParameterValues(
				"registrationIds");

			if (registrationIds != null) {
				mutableRenderParameters.setValues(
					"registrationIds", registrationIds);
			}
		}
	}

	/**
	 * Calls the remote service, which checks permission and the rules.
	 *
	 * @return the Language key of the message that tells the coordinator what happened, then its arguments
	 */
	protected abstract String[] act(ActionRequest actionRequest)
		throws PortalException;

	/**
	 * @return which of the page's forms this action belongs to, so an error is shown at its fields
	 */
	protected abstract String getForm();

	/**
	 * The user a coordinator named by e-mail address or screen name.
	 */
	protected User getUser(
			ActionRequest actionRequest, UserLocalService userLocalService,
			String parameterName)
		throws PortalException {

		ThemeDisplay themeDisplay = (ThemeDisplay)actionRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		String value = ParamUtil.getString(
			actionRequest, parameterName
		).trim();

		User user = null;

		if (value.indexOf('@') > 0) {
			user = userLocalService.fetchUserByEmailAddress(
				themeDisplay.getCompanyId(), value);
		}
		else if (!value.isEmpty()) {
			user = userLocalService.fetchUserByScreenName(
				themeDisplay.getCompanyId(), value);
		}

		if ((user == null) || !user.isActive()) {
			throw new NoSuchUserException(
				"No active user has the e-mail address or screen name " +
					value);
		}

		return user;
	}

	private static final String[] _TYPED_PARAMETERS = {
		"cancelReason", "cancelRegistrationId", "comment", "csv", "instructor", "instructorMessage", "messageBody",
		"messageSubject", "moveReason", "moveRegistrationId", "participant",
		"targetCourseSessionId", "waitlistPosition", "waitlistReason",
		"waitlistRegistrationId"
	};

}
