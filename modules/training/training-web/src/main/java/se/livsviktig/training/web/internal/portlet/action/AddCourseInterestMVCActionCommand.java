package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCActionCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;

/**
 * Puts the user on a course's interest list, from the catalogue's list of courses with no date yet.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.ADD_COURSE_INTEREST
	},
	service = MVCActionCommand.class
)
public class AddCourseInterestMVCActionCommand extends BaseMVCActionCommand {

	@Override
	protected void doProcessAction(
			ActionRequest actionRequest, ActionResponse actionResponse)
		throws Exception {

		actionResponse.getRenderParameters(
		).setValue(
			"mvcRenderCommandName", TrainingMVCCommandNames.VIEW_COURSE_CATALOG
		);

		try {
			_courseInterestService.addCourseInterest(
				ParamUtil.getLong(actionRequest, "courseId"));

			SessionMessages.add(
				actionRequest, CourseSessionDisplayContext.SUCCESS_MESSAGE_KEY,
				"we-will-tell-you-when-a-session-is-published");
		}
		catch (PortalException portalException) {
			SessionErrors.add(actionRequest, portalException.getClass());

			hideDefaultErrorMessage(actionRequest);
		}
	}

	@Reference
	private CourseInterestService _courseInterestService;

}
