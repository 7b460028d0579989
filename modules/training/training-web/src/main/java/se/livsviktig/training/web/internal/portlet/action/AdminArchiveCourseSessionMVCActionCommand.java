package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.AdminCourseSessionsDisplayContext;

/**
 * Archives a session (UPDATE on the session): it leaves the catalogue and keeps its history.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" +
			TrainingMVCCommandNames.ADMIN_ARCHIVE_COURSE_SESSION
	},
	service = MVCActionCommand.class
)
public class AdminArchiveCourseSessionMVCActionCommand
	extends BaseAdminCourseSessionMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_courseSessionService.archiveCourseSession(
			ParamUtil.getLong(actionRequest, "courseSessionId"));

		return AdminCourseSessionsDisplayContext.ARCHIVED_MESSAGE_KEY;
	}

	@Override
	protected Portal getPortal() {
		return _portal;
	}

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private Portal _portal;

}
