package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.PortletURLFactory;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;
import com.liferay.portal.kernel.util.Portal;

import java.util.Date;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.AttendanceService;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.web.internal.checkin.CheckInLinks;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.MySessionsDisplayContext;

/**
 * The instructor's sessions, and the one they opened ({@code courseSessionId}, {@code sessionDateId}) with its
 * participants, codes and attendance; also where an invitation's link lands.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.MY_SESSIONS,
		"mvc.command.name=/",
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_MY_SESSIONS
	},
	service = MVCRenderCommand.class
)
public class ViewMySessionsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		renderRequest.setAttribute(
			TrainingWebKeys.MY_SESSIONS_DISPLAY_CONTEXT,
			new MySessionsDisplayContext(
				renderRequest, renderResponse, _sessionInstructorService,
				_courseSessionService, _registrationService, _attendanceService,
				_courseLocalService, _courseSessionLocalService,
				_trainingMethodLocalService,
				_courseSessionModelResourcePermission,
				new CheckInLinks(_portal, _portletURLFactory, renderRequest),
				new Date()));

		return "/my_sessions/view.jsp";
	}

	@Reference
	private AttendanceService _attendanceService;

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.CourseSession)"
	)
	private ModelResourcePermission<CourseSession>
		_courseSessionModelResourcePermission;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private Portal _portal;

	@Reference
	private PortletURLFactory _portletURLFactory;

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private SessionInstructorService _sessionInstructorService;

	@Reference
	private TrainingMethodLocalService _trainingMethodLocalService;

}
