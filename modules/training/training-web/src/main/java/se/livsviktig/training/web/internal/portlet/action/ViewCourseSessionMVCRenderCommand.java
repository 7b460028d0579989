package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.resource.PortletResourcePermission;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Portal;

import java.time.Clock;

import java.util.Date;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingConstants;
import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.exception.NoSuchCourseSessionException;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.RegistrationService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext;

/**
 * A session's page in the catalogue.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_COURSE_SESSION
	},
	service = MVCRenderCommand.class
)
public class ViewCourseSessionMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		try {
			renderRequest.setAttribute(
				TrainingWebKeys.COURSE_SESSION_DISPLAY_CONTEXT,
				new CourseSessionDisplayContext(
					renderRequest, renderResponse, _courseSessionService,
					_courseLocalService, _trainingMethodService,
					_registrationService, _portletResourcePermission,
					_portal.escapeRedirect(
						ParamUtil.getString(renderRequest, "redirect")),
					Date.from(_clock.instant())));
		}
		catch (NoSuchCourseSessionException | PrincipalException exception) {
			SessionErrors.add(renderRequest, exception.getClass());

			return "/error.jsp";
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}

		return "/course_catalog/view_course_session.jsp";
	}

	void setClock(Clock clock) {
		_clock = clock;
	}

	private Clock _clock = Clock.systemUTC();

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private Portal _portal;

	@Reference(
		target = "(resource.name=" + TrainingConstants.RESOURCE_NAME + ")"
	)
	private PortletResourcePermission _portletResourcePermission;

	@Reference
	private RegistrationService _registrationService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
