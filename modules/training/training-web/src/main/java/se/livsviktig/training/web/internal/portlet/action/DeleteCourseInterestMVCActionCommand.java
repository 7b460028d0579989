package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.MyTrainingMessages;

/**
 * Takes the user off a course's interest list: they are no longer told when a session is published.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_TRAINING,
		"mvc.command.name=" + TrainingMVCCommandNames.DELETE_COURSE_INTEREST
	},
	service = MVCActionCommand.class
)
public class DeleteCourseInterestMVCActionCommand
	extends BaseMyTrainingMVCActionCommand {

	@Override
	protected void act(ActionRequest actionRequest) throws PortalException {
		_courseInterestService.deleteCourseInterest(
			ParamUtil.getLong(actionRequest, "courseId"));
	}

	@Override
	protected String getSuccessMessageKey() {
		return MyTrainingMessages.INTEREST_REMOVED;
	}

	@Reference
	private CourseInterestService _courseInterestService;

}
