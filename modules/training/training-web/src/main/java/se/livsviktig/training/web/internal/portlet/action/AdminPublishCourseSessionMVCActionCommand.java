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
 * Publishes a draft session (UPDATE on the session): it appears in the catalogue and the course's interest
 * list is told.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" +
			TrainingMVCCommandNames.ADMIN_PUBLISH_COURSE_SESSION
	},
	service = MVCActionCommand.class
)
public class AdminPublishCourseSessionMVCActionCommand
	extends BaseAdminCourseSessionMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_courseSessionService.publishCourseSession(
			ParamUtil.getLong(actionRequest, "courseSessionId"));

		return AdminCourseSessionsDisplayContext.PUBLISHED_MESSAGE_KEY;
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
