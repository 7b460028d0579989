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
 * Cancels a session with a reason (UPDATE on the session): every registration is cancelled and everyone is
 * told why.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" +
			TrainingMVCCommandNames.ADMIN_CANCEL_COURSE_SESSION
	},
	service = MVCActionCommand.class
)
public class AdminCancelCourseSessionMVCActionCommand
	extends BaseAdminCourseSessionMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_courseSessionService.cancelCourseSession(
			ParamUtil.getLong(actionRequest, "courseSessionId"),
			ParamUtil.getString(actionRequest, "cancellationReason"));

		return AdminCourseSessionsDisplayContext.CANCELLED_MESSAGE_KEY;
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
