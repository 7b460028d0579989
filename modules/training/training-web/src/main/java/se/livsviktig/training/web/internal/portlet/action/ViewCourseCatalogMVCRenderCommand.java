package se.livsviktig.training.web.internal.portlet.action;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.service.CourseInterestService;
import se.livsviktig.training.service.CourseService;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.configuration.CatalogPageSize;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;
import se.livsviktig.training.web.internal.constants.TrainingWebKeys;
import se.livsviktig.training.web.internal.display.context.SessionCatalogDisplayContext;
import se.livsviktig.training.web.internal.display.context.UnscheduledCoursesDisplayContext;

/**
 * The catalogue's front page: upcoming sessions, filtered and a page at a time.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + TrainingPortletKeys.COURSE_CATALOG,
		"mvc.command.name=/",
		"mvc.command.name=" + TrainingMVCCommandNames.VIEW_COURSE_CATALOG
	},
	service = MVCRenderCommand.class
)
public class ViewCourseCatalogMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		renderRequest.setAttribute(
			TrainingWebKeys.SESSION_CATALOG_DISPLAY_CONTEXT,
			new SessionCatalogDisplayContext(
				renderRequest, renderResponse, _courseSessionService,
				_trainingMethodService,
				CatalogPageSize.of(_configurationProvider, renderRequest)));

		renderRequest.setAttribute(
			TrainingWebKeys.UNSCHEDULED_COURSES_DISPLAY_CONTEXT,
			new UnscheduledCoursesDisplayContext(
				renderRequest, renderResponse, _courseService,
				_courseInterestService));

		return "/course_catalog/view.jsp";
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private CourseInterestService _courseInterestService;

	@Reference
	private CourseService _courseService;

	@Reference
	private CourseSessionService _courseSessionService;

	@Reference
	private TrainingMethodService _trainingMethodService;

}
