package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.Collections;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.CourseSessionLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.EditCourseSessionDisplayContext;

/**
 * The session form. A saved session is read through the remote service (VIEW on it), so someone who may not
 * see it gets the error page; its quotas and audience are read from the local service once it is allowed.
 * The course choice lists the site's courses the reader may view; the organisations are the company's.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.TRAINING_ADMIN,
		"mvc.command.name=" + TrainingMVCCommandNames.ADMIN_EDIT_COURSE_SESSION
	},
	service = MVCRenderCommand.class
)
public class AdminEditCourseSessionMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long courseSessionId = ParamUtil.getLong(
			renderRequest, "courseSessionId");

		try {
			CourseSession courseSession = null;

			if (courseSessionId > 0) {
				courseSession = _courseSessionService.getCourseSession(
					courseSessionId);
			}

			renderRequest.setAttribute(
				TrainingWebKeys.EDIT_COURSE_SESSION_DISPLAY_CONTEXT,
				new EditCourseSessionDisplayContext(
					renderRequest, renderResponse, courseSession,
					(courseSession == null) ? Collections.emptyList() :
						_courseSessionService.getSessionDates(courseSessionId),
					(courseSession == null) ? Collections.emptyList() :
						_courseSessionLocalService.getSessionQuotas(
							courseSessionId),
					(courseSession == null) ? new long[0] :
						_courseSessionLocalService.getAudienceOrganizationIds(
							courseSessionId),
					_courseService.searchCourses(
						themeDisplay.getScopeGroupId(), null,
						WorkflowConstants.STATUS_ANY, 0, QueryUtil.ALL_POS,
						QueryUtil.ALL_POS, null),
					_organizationLocalService.getOrganizations(
						themeDisplay.getCompanyId(),
						OrganizationConstants.ANY_PARENT_ORGANIZATION_ID),
					_portal.escapeRedirect(
						ParamUtil.getString(renderRequest, "redirect"))));

			return "/training_admin/edit_course_session.jsp";
		}
		catch (NoSuchCourseSessionException | PrincipalException exception) {
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
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private OrganizationLocalService _organizationLocalService;

	@Reference
	private Portal _portal;

}
