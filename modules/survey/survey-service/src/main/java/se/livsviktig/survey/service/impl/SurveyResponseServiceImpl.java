package se.livsviktig.survey.service.impl;

import com.liferay.portal.aop.AopService;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.security.auth.PrincipalException;
import com.liferay.portal.kernel.security.permission.PermissionChecker;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.livsviktig.survey.model.SurveyAnswerForm;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.base.SurveyResponseServiceBaseImpl;

/**
 * Answering surveys. The token methods need no permission: the link's 128-bit token is the proof of invitation
 * (staff without an intranet account answer on their phones), and the local service refuses any link that is not
 * open. The "my" methods are for the signed-in invitee and only ever touch the user's own invitations.
 *
 * @author Livsviktig
 */
@Component(
	property = {
		"json.web.service.context.name=lvsurvey",
		"json.web.service.context.path=SurveyResponse"
	},
	service = AopService.class
)
public class SurveyResponseServiceImpl extends SurveyResponseServiceBaseImpl {

	@Override
	public void addMyResponse(
			long surveyInvitationId, Map<Long, String[]> answers)
		throws PortalException {

		_checkOwnInvitation(surveyInvitationId);

		surveyResponseLocalService.addInvitationResponse(
			surveyInvitationId, answers);
	}

	@Override
	public void addResponse(String token, Map<Long, String[]> answers)
		throws PortalException {

		surveyResponseLocalService.addResponse(token, answers);
	}

	@Override
	public SurveyAnswerForm getAnswerForm(String token) throws PortalException {
		return surveyResponseLocalService.getAnswerForm(token);
	}

	@Override
	public SurveyAnswerForm getMyAnswerForm(long surveyInvitationId)
		throws PortalException {

		_checkOwnInvitation(surveyInvitationId);

		return surveyResponseLocalService.getInvitationAnswerForm(
			surveyInvitationId);
	}

	@Override
	public List<SurveyInvitation> getMyOpenInvitations()
		throws PortalException {

		return surveyResponseLocalService.getOpenInvitations(
			_signedInUserId());
	}

	@Override
	public void optOut(String token) throws PortalException {
		surveyResponseLocalService.optOut(token);
	}

	/**
	 * An invitation is its invitee's alone: nobody, an administrator included, answers or reads another person's
	 * invitation through these methods. A missing invitation gets the same refusal as someone else's, so ids cannot
	 * be probed.
	 */
	private void _checkOwnInvitation(long surveyInvitationId)
		throws PortalException {

		long userId = _signedInUserId();

		SurveyInvitation surveyInvitation =
			surveyInvitationPersistence.fetchByPrimaryKey(surveyInvitationId);

		if ((surveyInvitation == null) ||
			(surveyInvitation.getUserId() != userId)) {

			throw new PrincipalException(
				"User " + userId + " has no survey invitation " +
					surveyInvitationId);
		}
	}

	private long _signedInUserId() throws PortalException {
		PermissionChecker permissionChecker = getPermissionChecker();

		if (!permissionChecker.isSignedIn()) {
			throw new PrincipalException.MustBeAuthenticated(
				permissionChecker.getUserId());
		}

		return permissionChecker.getUserId();
	}

}
