package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCActionCommand;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.ActionRequest;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;

/**
 * The participant checks in on the session's page with the date's code, from the QR code's link or typed. A
 * POST from the page's button, never the link's GET, so opening or prefetching the link changes nothing. The
 * remote service checks in the signed-in caller only; each refusal is a typed exception the page explains.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.CHECK_IN
	},
	service = MVCActionCommand.class
)
public class CheckInMVCActionCommand extends BaseRegistrationMVCActionCommand {

	@Override
	protected String act(ActionRequest actionRequest) throws PortalException {
		_attendanceService.checkIn(
			ParamUtil.getLong(actionRequest, "courseSessionId"),
			ParamUtil.getString(actionRequest, "checkInCode"));

		return CourseSessionDisplayContext.CHECKED_IN_MESSAGE_KEY;
	}

	@Reference
	private AttendanceService _attendanceService;

}
