package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.CourseSessionFormErrors;

/**
 * What the coordinators' session actions share: each calls the remote service, which checks the permission
 * and the rules. Done, it returns to the list with a message; refused by a rule, to the session's form with
 * the reason and what was typed; refused a permission, or the session gone, to the error page.
 *
 * @author Livsviktig
 */
public abstract class BaseAdminCourseSessionMVCActionCommand
	extends BaseMVCActionCommand {

	/**
	 * @return the SessionErrors key of a typed exception the form explains, or null for any other
	 */
	public static String getErrorKey(Exception exception) {
		for (Class<? extends Exception> errorClass :
				CourseSessionFormErrors.ERRORS) {

			if (errorClass.isInstance(exception)) {
				return errorClass.getName();
			}
		}

		return null;
	}

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		try {
			SessionMessages.add(actionRequest, act(actionRequest));

			String redirect = ParamUtil.getString(actionRequest, "redirect");

			if (Validator.isNotNull(redirect)) {
				sendRedirect(actionRequest, actionResponse, redirect);
			}
		}
		catch (NoSuchCourseSessionException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			actionResponse.getRenderParameters(
			).setValue(
				"mvcPath", "/error.jsp"
			);
		}
		catch (PortalException portalException) {
			String errorKey = getErrorKey(portalException);

			if (errorKey == null) {
				throw portalException;
			}

			SessionErrors.add(actionRequest, errorKey, portalException);

			hideDefaultErrorMessage(actionRequest);

			getPortal().copyRequestParameters(actionRequest, actionResponse);

			MutableRenderParameters mutableRenderParameters =
				actionResponse.getRenderParameters();

			mutableRenderParameters.setValue(
				"mvcRenderCommandName",
				TrainingMVCCommandNames.ADMIN_EDIT_COURSE_SESSION);

			long courseSessionId = getCourseSessionId(actionRequest);

			if (courseSessionId > 0) {
				mutableRenderParameters.setValue(
					"courseSessionId", String.valueOf(courseSessionId));
			}
		}
	}

	/**
	 * Calls the remote service.
	 *
	 * @return the SessionMessages key of what was done
	 */
	protected abstract String act(ActionRequest actionRequest)
		throws PortalException;

	/**
	 * @return the session the form shows after a refusal: the one acted on, or one just created
	 */
	protected long getCourseSessionId(ActionRequest actionRequest) {
		return ParamUtil.getLong(actionRequest, "courseSessionId");
	}

	protected abstract Portal getPortal();

}
