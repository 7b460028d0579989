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
 * Deletes a session nobody registered for (DELETE on the session); one with registrations is refused and
 * the form says to cancel or archive it instead.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" +
			TrainingMVCCommandNames.ADMIN_DELETE_COURSE_SESSION
	},
	service = MVCActionCommand.class
)
public class AdminDeleteCourseSessionMVCActionCommand
	extends BaseAdminCourseSessionMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_courseSessionService.deleteCourseSession(
			ParamUtil.getLong(actionRequest, "courseSessionId"));

		return AdminCourseSessionsDisplayContext.DELETED_MESSAGE_KEY;
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
