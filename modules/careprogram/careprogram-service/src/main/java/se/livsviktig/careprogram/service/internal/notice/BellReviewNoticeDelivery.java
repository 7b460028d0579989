package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.util.Date;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.review.ReviewDays;

/**
 * Puts a review notice under its recipient's bell. The entry carries the facts (kind, programme, routine, due
 * day as the recipient counts days), not text: the handler words it in the language of whoever reads it then.
 *
 * @author Livsviktig
 */
@Component(service = ReviewNoticeDelivery.class)
public class BellReviewNoticeDelivery implements ReviewNoticeDelivery {

	@Override
	public void deliver(OutgoingReviewNotice outgoingReviewNotice)
		throws Exception {

		User recipient = _userLocalService.getUser(
			outgoingReviewNotice.getRecipientUserId());

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject();

		payloadJSONObject.put(
			"careProgramId", outgoingReviewNotice.getCareProgramId()
		).put(
			"dueDay",
			_dueDay(outgoingReviewNotice.getNextReviewDate(), recipient)
		).put(
			"localRoutineId", outgoingReviewNotice.getLocalRoutineId()
		).put(
			"noticeKind",
			outgoingReviewNotice.getReviewNoticeKind(
			).name()
		);

		_userNotificationEventLocalService.sendUserNotificationEvents(
			recipient.getUserId(), ReviewNoticeKind.PORTLET_ID,
			UserNotificationDeliveryConstants.TYPE_WEBSITE, payloadJSONObject);
	}

	private static String _dueDay(Date nextReviewDate, User recipient) {
		if (nextReviewDate == null) {
			return "";
		}

		return ReviewDays.dayOf(
			nextReviewDate,
			recipient.getTimeZone(
			).toZoneId()
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
