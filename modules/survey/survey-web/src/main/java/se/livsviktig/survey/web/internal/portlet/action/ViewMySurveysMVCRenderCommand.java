package se.livsviktig.survey.web.internal.portlet.action;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCRenderCommand;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.SurveyResponseService;
import se.livsviktig.survey.web.internal.answer.AnswerKey;
import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;
import se.livsviktig.survey.web.internal.constants.SurveyPortletKeys;
import se.livsviktig.survey.web.internal.constants.SurveyWebKeys;
import se.livsviktig.survey.web.internal.display.context.MySurveyRows;
import se.livsviktig.survey.web.internal.display.context.MySurveysDisplayContext;
import se.livsviktig.training.service.CourseLocalService;
import se.livsviktig.training.service.CourseSessionLocalService;

/**
 * Mina enkäter: the invitations the response service lists as the signed-in person's open ones (a guest has
 * none: the page asks them to sign in). The survey's and the course's names are read by the local services:
 * the person may read them because the invitation, which the remote service handed out, names them.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"javax.portlet.name=" + SurveyPortletKeys.MY_SURVEYS,
		"mvc.command.name=/",
		"mvc.command.name=" + SurveyMVCCommandNames.VIEW_MY_SURVEYS
	},
	service = MVCRenderCommand.class
)
public class ViewMySurveysMVCRenderCommand implements MVCRenderCommand {

	@Override
	public String render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		if (!themeDisplay.isSignedIn()) {
			return "/my_surveys/sign_in.jsp";
		}

		MySurveyRows mySurveyRows = new MySurveyRows(
			themeDisplay.getLocale(), themeDisplay.getTimeZone().toZoneId(),
			_surveyLocalService::fetchSurvey,
			_courseSessionLocalService::fetchCourseSession,
			_courseLocalService::fetchCourse,
			surveyInvitationId -> PortletURLBuilder.createRenderURL(
				renderResponse
			).setMVCRenderCommandName(
				SurveyMVCCommandNames.VIEW_ANSWER_FORM
			).setParameter(
				AnswerKey.INVITATION_PARAMETER, surveyInvitationId
			).buildString());

		try {
			renderRequest.setAttribute(
				SurveyWebKeys.MY_SURVEYS_DISPLAY_CONTEXT,
				new MySurveysDisplayContext(
					mySurveyRows.of(
						_surveyResponseService.getMyOpenInvitations())));
		}
		catch (PortalException portalException) {
			throw new PortletException(portalException);
		}

		return "/my_surveys/view.jsp";
	}

	@Reference
	private CourseLocalService _courseLocalService;

	@Reference
	private CourseSessionLocalService _courseSessionLocalService;

	@Reference
	private SurveyLocalService _surveyLocalService;

	@Reference
	private SurveyResponseService _surveyResponseService;

}
