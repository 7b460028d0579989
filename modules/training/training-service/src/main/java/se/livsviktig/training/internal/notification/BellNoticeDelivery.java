package se.livsviktig.training.internal.notification;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * Puts a notice under the person's bell in the portal. The entry carries the notice's type, ids and title in
 * their language; the training app's notification handler shows it and links to the session.
 *
 * @author Livsviktig
 */
@Component(service = NoticeDelivery.class)
public class BellNoticeDelivery implements NoticeDelivery {

	@Override
	public void deliver(Notice notice) throws Exception {
		NoticeContent noticeContent = _noticeContentFactory.create(notice);

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject();

		payloadJSONObject.put(
			"courseSessionId", notice.getCourseSessionId()
		).put(
			"groupId", notice.getGroupId()
		).put(
			"noticeType", notice.getType()
		).put(
			"registrationId", notice.getRegistrationId()
		).put(
			"title", noticeContent.getSubject()
		);

		_userNotificationEventLocalService.sendUserNotificationEvents(
			notice.getRecipientUserId(), TrainingPortletKeys.COURSE_CATALOG,
			UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject);
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private NoticeContentFactory _noticeContentFactory;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
