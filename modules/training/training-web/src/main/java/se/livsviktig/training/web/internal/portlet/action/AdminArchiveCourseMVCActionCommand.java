package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCoursesDisplayContext;

/**
 * Archives a course (UPDATE on it): it leaves the catalogue and its interest list, and keeps its history.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_ARCHIVE_COURSE
	},
	service = MVCActionCommand.class
)
public class AdminArchiveCourseMVCActionCommand extends BaseAdminCourseMVCActionCommand {

	@Override
	protected String act(long courseId) throws PortalException {
		_courseService.updateStatus(
			courseId, WorkflowConstants.STATUS_INACTIVE);

		return AdminCoursesDisplayContext.ARCHIVED_MESSAGE_KEY;
	}

	@Reference
	private CourseService _courseService;

}
