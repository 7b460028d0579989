package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.MutableRenderParameters;

import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.exception.RequiredCourseException;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * What the coordinators' course actions share: each calls the remote service (UPDATE or DELETE on the course).
 * Done, it returns to the list with a message; a course with registrations refused deletion comes back to its
 * form with the reason; a refused permission or a course gone shows the error page.
 *
 * @author Livsviktig
 */
public abstract class BaseAdminCourseMVCActionCommand
	extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		long courseId = ParamUtil.getLong(actionRequest, "courseId");

		try {
			SessionMessages.add(actionRequest, act(courseId));

			String redirect = ParamUtil.getString(actionRequest, "redirect");

			if (Validator.isNotNull(redirect)) {
				sendRedirect(actionRequest, actionResponse, redirect);
			}
		}
		catch (NoSuchCourseException | PrincipalException exception) {
			SessionErrors.add(actionRequest, exception.getClass());

			hideDefaultErrorMessage(actionRequest);

			actionResponse.getRenderParameters(
			).setValue(
				"mvcPath", "/error.jsp"
			);
		}
		catch (RequiredCourseException requiredCourseException) {
			SessionErrors.add(
				actionRequest, RequiredCourseException.class,
				requiredCourseException);

			hideDefaultErrorMessage(actionRequest);

			MutableRenderParameters mutableRenderParameters =
				actionResponse.getRenderParameters();

			mutableRenderParameters.setValue(
				"mvcRenderCommandName",
				TrainingMVCCommandNames.ADMIN_EDIT_COURSE);
			mutableRenderParameters.setValue(
				"courseId", String.valueOf(courseId));
			mutableRenderParameters.setValue(
				"redirect", ParamUtil.getString(actionRequest, "redirect"));
		}
	}

	/**
	 * Calls the remote service.
	 *
	 * @return the SessionMessages key of what was done
	 */
	protected abstract String act(long courseId) throws PortalException;

}
