package se.livsviktig.instructor.internal.meeting.notice;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts a meeting notice under the recipient's bell. The entry carries the facts (kind, meeting), not text: the
 * handler words it in the language and time zone of whoever reads it then.
 *
 * @author Livsviktig
 */
@Component(service = MeetingNoticeDelivery.class)
public class BellMeetingNoticeDelivery implements MeetingNoticeDelivery {

	@Override
	public void deliver(OutgoingMeetingNotice outgoingMeetingNotice)
		throws Exception {

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject();

		payloadJSONObject.put(
			"networkMeetingId", outgoingMeetingNotice.getNetworkMeetingId()
		).put(
			"noticeKind", outgoingMeetingNotice.getNoticeKind()
		);

		_userNotificationEventLocalService.sendUserNotificationEvents(
			outgoingMeetingNotice.getRecipientUserId(),
			MeetingNoticeKinds.PORTLET_ID,
			UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject);
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
