package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.AdminCoursesDisplayContext;
import se.livsviktig.training.web.internal.display.context.BaseAdminListDisplayContext;

/**
 * The Courses tab.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_VIEW_COURSES
	},
	service = MVCRenderCommand.class
)
public class AdminViewCoursesMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		renderRequest.setAttribute(
			TrainingWebKeys.ADMIN_COURSES_DISPLAY_CONTEXT,
			new AdminCoursesDisplayContext(
				renderRequest, renderResponse, _courseService,
				_trainingMethodService, _portletResourcePermission,
				BaseAdminListDisplayContext.PAGE_SIZE));

		return "/training_admin/view_courses.jsp";
	}

	@Reference
	private CourseService _courseService;

	@Reference(
		target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
