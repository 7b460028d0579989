package se.livsviktig.survey.web.internal.answer;

import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import javax.portlet.PortletRequest;

import javax.servlet.http.HttpServletRequest;

/**
 * Which invitation the answer page is about: the link's token (the e-mail's link carries it as the page's plain
 * {@code token} parameter; the form sends it back as the portlet's own), or, for a signed-in invitee who came from
 * Mina enkäter, the invitation's id. Neither is trusted here: the response service decides whether it may be
 * used.
 *
 * @author Livsviktig
 */
public class AnswerKey {

	public static final String INVITATION_PARAMETER = "surveyInvitationId";

	public static final String TOKEN_PARAMETER = "token";

	public static AnswerKey of(PortletRequest portletRequest, Portal portal) {
		String token = GetterUtil.getString(
			portletRequest.getParameter(TOKEN_PARAMETER));

		if (Validator.isNull(token)) {
			HttpServletRequest httpServletRequest =
				portal.getOriginalServletRequest(
					portal.getHttpServletRequest(portletRequest));

			token = GetterUtil.getString(
				httpServletRequest.getParameter(TOKEN_PARAMETER));
		}

		long surveyInvitationId = GetterUtil.getLong(
			portletRequest.getParameter(INVITATION_PARAMETER));

		return new AnswerKey(token.trim(), surveyInvitationId);
	}

	public long getSurveyInvitationId() {
		return _surveyInvitationId;
	}

	public String getToken() {
		return _token;
	}

	/**
	 * @return whether the request names an invitation at all
	 */
	public boolean isPresent() {
		return isToken() || (_surveyInvitationId > 0);
	}

	/**
	 * @return whether the page answers by the link's token (a token wins over an invitation id: the link is what
	 *         the person followed)
	 */
	public boolean isToken() {
		return Validator.isNotNull(_token);
	}

	private AnswerKey(String token, long surveyInvitationId) {
		_token = token;
		_surveyInvitationId = surveyInvitationId;
	}

	private final long _surveyInvitationId;
	private final String _token;

}
