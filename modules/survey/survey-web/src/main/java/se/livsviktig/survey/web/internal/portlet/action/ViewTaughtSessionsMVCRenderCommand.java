package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.Date;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.instructor.TaughtSessionsPage;
import se.livsviktig.training.service.SessionInstructorLocalService;

/**
 * Mina kursutvärderingar: the sessions the signed-in person taught (accepted
 * as instructor, last date over), newest first, a page at a time, each
 * linking to its evaluations. Training's local service is asked for the
 * caller's own sessions only, by their own user id; a guest is asked to sign
 * in.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.SURVEY_INSTRUCTOR_RESULTS,
		"mvc.command.name=/",
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_TAUGHT_SESSIONS
	},
	service = MVCRenderCommand.class
)
public class ViewTaughtSessionsMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
		RenderRequest renderRequest, RenderResponse renderResponse) {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		if (!themeDisplay.isSignedIn()) {
			return "/instructor_results/sign_in.jsp";
		}

		int page = Math.max(ParamUtil.getInteger(renderRequest, "page", 1), 1);

		int start = TaughtSessionsPage.start(page);

		TaughtSessionsPage taughtSessionsPage = new TaughtSessionsPage(
			page,
			_sessionInstructorLocalService.getTaughtSessions(
				themeDisplay.getCompanyId(), themeDisplay.getUserId(),
				new Date(), start, start + TaughtSessionsPage.PAGE_SIZE + 1),
			themeDisplay.getLocale(), themeDisplay.getTimeZone().toZoneId(),
			courseSessionId -> PortletURLBuilder.createRenderURL(
				renderResponse
			).setMVCRenderCommandName(
				SurveyMVCCommandNames.VIEW_TAUGHT_SESSION_RESULTS
			).setParameter(
				"courseSessionId", courseSessionId
			).buildString());

		renderRequest.setAttribute(
			SurveyWebKeys.TAUGHT_SESSIONS_PAGE, taughtSessionsPage);
		renderRequest.setAttribute(
			"previousPageURL", _pageURL(renderResponse, page - 1));
		renderRequest.setAttribute(
			"nextPageURL", _pageURL(renderResponse, page + 1));

		return "/instructor_results/view.jsp";
	}

	private String _pageURL(RenderResponse renderResponse, int page) {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			SurveyMVCCommandNames.VIEW_TAUGHT_SESSIONS
		).setParameter(
			"page", page
		).buildString();
	}

	@Reference
	private SessionInstructorLocalService _sessionInstructorLocalService;

}
