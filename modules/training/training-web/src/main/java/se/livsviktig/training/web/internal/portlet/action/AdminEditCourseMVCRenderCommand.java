package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.language.Language;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchCourseException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.EditCourseDisplayContext;

/**
 * The course form. A saved course is read through the remote service, so someone who may not see it gets the
 * error page; the method choice lists the company's active methods the reader may view.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_EDIT_COURSE
	},
	service = MVCRenderCommand.class
)
public class AdminEditCourseMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long courseId = ParamUtil.getLong(renderRequest, "courseId");

		try {
			Course course = null;
			long groupId = themeDisplay.getScopeGroupId();

			if (courseId > 0) {
				course = _courseService.getCourse(courseId);

				groupId = course.getGroupId();
			}

			renderRequest.setAttribute(
				TrainingWebKeys.EDIT_COURSE_DISPLAY_CONTEXT,
				new EditCourseDisplayContext(
					renderRequest, renderResponse, course,
					_trainingMethodService.searchTrainingMethods(
						themeDisplay.getCompanyGroupId(), null,
						WorkflowConstants.STATUS_APPROVED, QueryUtil.ALL_POS,
						QueryUtil.ALL_POS, null),
					_language.getAvailableLocales(groupId),
					_portal.getSiteDefaultLocale(groupId),
					_portal.escapeRedirect(
						ParamUtil.getString(renderRequest, "redirect"))));

			return "/training_admin/edit_course.jsp";
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
	private CourseService _courseService;

	@Reference
	private Language _language;

	@Reference
	private Portal _portal;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
