package se.livsviktig.survey.internal.invitation;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.survey.internal.notifications.SurveyNotificationTypes;

/**
 * Puts a survey invitation or reminder under the invitee's bell. The entry carries facts (the survey, whether it
 * is a reminder), never the token and never text: the handler words it in the language of whoever reads it then,
 * and the link goes to "Mina enkäter", where a signed-in invitee answers without the mail.
 *
 * @author Livsviktig
 */
@Component(service = InvitationDelivery.class)
public class BellInvitationDelivery implements InvitationDelivery {

	@Override
	public void deliver(InvitationMailing invitationMailing) throws Exception {
		JSONObject payloadJSONObject = _jsonFactory.createJSONObject();

		payloadJSONObject.put(
			"reminder", invitationMailing.isReminder()
		).put(
			"surveyId",
			invitationMailing.getSurvey(
			).getSurveyId()
		).put(
			"surveyInvitationId", invitationMailing.getSurveyInvitationId()
		);

		_userNotificationEventLocalService.sendUserNotificationEvents(
			invitationMailing.getUserId(), SurveyNotificationTypes.PORTLET_ID,
			UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject);
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
