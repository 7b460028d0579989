package se.livsviktig.instructor.internal.notice;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts a certification notice under its holder's bell. The entry carries the facts (kind, method, valid-until
 * date as the holder knows it; for a licence's standing also the deadline and the sessions still needed), not text: the handler words it in the language of whoever reads it then.
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
			_day(certificationNotice.getValidUntil(), holder)
		);

		if (certificationNotice.getDeadline() != null) {
			payloadJSONObject.put(
				"deadline", _day(certificationNotice.getDeadline(), holder)
			).put(
				"sessionsStillNeeded",
				certificationNotice.getSessionsStillNeeded()
			);
		}

		_userNotificationEventLocalService.sendUserNotificationEvents(
			holder.getUserId(), CertificationNoticeKinds.PORTLET_ID,
			UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject);
	}

	/**
	 * @return the day as the holder knows it, or blank for none (an open-ended certification has no end)
	 */
	private static String _day(Date date, User holder) {
		if (date == null) {
			return "";
		}

		return ValidUntilDates.forHolder(
			date, holder
		).toString();
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
