package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.BaseAdminListDisplayContext;
import se.livsviktig.training.web.internal.display.context.CourseInterestListDisplayContext;

/**
 * A course's interest list, linked from each row of the Courses tab with the course's {@code courseId}. The list
 * is read before the view is chosen, so someone who may not edit the course gets the error page, never an empty
 * list that looks like nobody waits.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_VIEW_COURSE_INTERESTS
	},
	service = MVCRenderCommand.class
)
public class AdminViewCourseInterestsMVCRenderCommand
	implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			CourseInterestListDisplayContext courseInterestListDisplayContext =
				new CourseInterestListDisplayContext(
					renderRequest, renderResponse,
					_courseService.getCourse(
						ParamUtil.getLong(renderRequest, "courseId")),
					_courseInterestService, _userLocalService,
					_organizationLocalService,
					BaseAdminListDisplayContext.PAGE_SIZE);

			courseInterestListDisplayContext.getSearchContainer();

			renderRequest.setAttribute(
				TrainingWebKeys.ADMIN_COURSE_INTEREST_LIST_DISPLAY_CONTEXT,
				courseInterestListDisplayContext);

			return "/training_admin/course_interests.jsp";
		}
		catch (NoSuchCourseException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

			return "/error.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}
	}

	@Reference
	private CourseInterestService _courseInterestService;

	@Reference
	private CourseService _courseService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private UserLocalService _userLocalService;

}
