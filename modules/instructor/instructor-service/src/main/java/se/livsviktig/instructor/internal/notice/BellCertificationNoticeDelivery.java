package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts a certification notice under its holder's bell. The entry carries the facts (kind, method, valid-until
 * date as the holder knows it), not text: the handler words it in the language of whoever reads it then.
 *
 * @author Livsviktig
 */
@Component(service = CertificationNoticeDelivery.class)
public class BellCertificationNoticeDelivery
	implements CertificationNoticeDelivery {

	@Override
	public void deliver(CertificationNotice certificationNotice)
		throws Exception {

		User holder = _userLocalService.getUser(
			certificationNotice.getHolderUserId());

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject();

		payloadJSONObject.put(
			"certificationId", certificationNotice.getCertificationId()
		).put(
			"noticeKind", certificationNotice.getNoticeKind()
		).put(
			"trainingMethodId", certificationNotice.getTrainingMethodId()
		).put(
			"validUntil",
			ValidUntilDates.forHolder(
				certificationNotice.getValidUntil(), holder
			).toString()
		);

		_userNotificationEventLocalService.sendUserNotificationEvents(
			holder.getUserId(), CertificationNoticeKinds.PORTLET_ID,
			UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject);
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
