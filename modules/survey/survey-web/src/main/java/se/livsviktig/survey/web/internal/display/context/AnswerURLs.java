package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;

import javax.portlet.RenderResponse;

import se.livsviktig.survey.web.internal.constants.SurveyMVCCommandNames;

/**
 * The answer page's two POST targets (answer, opt out), both action URLs so the portal checks its CSRF token, for
 * guests too; and, in Mina enkäter, the way back to the list.
 *
 * @author Livsviktig
 */
public class AnswerURLs {

	/**
	 * @param mySurveys whether the page is shown in Mina enkäter, which lists the other open surveys
	 */
	public AnswerURLs(RenderResponse renderResponse, boolean mySurveys) {
		_renderResponse = renderResponse;
		_mySurveys = mySurveys;
	}

	public String getAddResponseURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			SurveyMVCCommandNames.ADD_RESPONSE
		).buildString();
	}

	public String getMySurveysURL() {
		if (!_mySurveys) {
			return null;
		}

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			SurveyMVCCommandNames.VIEW_MY_SURVEYS
		).buildString();
	}

	public String getOptOutURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			SurveyMVCCommandNames.OPT_OUT
		).buildString();
	}

	private final boolean _mySurveys;
	private final RenderResponse _renderResponse;

}
