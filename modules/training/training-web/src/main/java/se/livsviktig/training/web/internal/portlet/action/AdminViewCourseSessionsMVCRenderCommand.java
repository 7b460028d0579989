package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.ModelResourcePermission;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.SessionInstructorService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.AdminCourseSessionsDisplayContext;
import se.livsviktig.training.web.internal.display.context.BaseAdminListDisplayContext;

/**
 * The Sessions tab, the app's first view.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=/",
		"mvc.command.name=" +
			TrainingMVCCommandNames.ADMIN_VIEW_COURSE_SESSIONS
	},
	service = MVCRenderCommand.class
)
public class AdminViewCourseSessionsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		renderRequest.setAttribute(
			TrainingWebKeys.ADMIN_COURSE_SESSIONS_DISPLAY_CONTEXT,
			new AdminCourseSessionsDisplayContext(
				renderRequest, renderResponse, _courseSessionService,
				_courseService, _trainingMethodService,
				_sessionInstructorService, _courseModelResourcePermission,
				BaseAdminListDisplayContext.PAGE_SIZE));

		return "/training_admin/view_course_sessions.jsp";
	}

	@Reference(
		target = "(model.class.name=se.livsviktig.training.model.Course)"
	)
	private ModelResourcePermission<Course> _courseModelResourcePermission;

	@Reference
	private CourseService _courseService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private SessionInstructorService _sessionInstructorService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
