package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCoursesDisplayContext;

/**
 * Deletes a course nobody registered for (DELETE on it); one with registrations is refused and its form says
 * to archive it instead.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_DELETE_COURSE
	},
	service = MVCActionCommand.class
)
public class AdminDeleteCourseMVCActionCommand extends BaseAdminCourseMVCActionCommand {

	@Override
	protected String act(long courseId) throws PortalException {
		_courseService.deleteCourse(courseId);

		return AdminCoursesDisplayContext.DELETED_MESSAGE_KEY;
	}

	@Reference
	private CourseService _courseService;

}
