package se.livsviktig.careprogram.service.internal.notice;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.model.UserNotificationDeliveryConstants;
import com.liferay.portal.kernel.service.CompanyLocalService;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.service.UserNotificationEventLocalService;

import java.time.LocalDate;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts a review notice under its recipient's bell. The entry carries the facts (kind, programme, routine, due
 * day as the company counts days, the badge's day), not text: the handler words it in the language of whoever
 * reads it then.
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
			_dueDay(outgoingReviewNotice)
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

	/**
	 * The due day as the company counts it (the badge's day), written into the entry as a plain date so the
	 * handler needs no time zone when it words the entry.
	 */
	private String _dueDay(OutgoingReviewNotice outgoingReviewNotice)
		throws Exception {

		Company company = _companyLocalService.getCompany(
			outgoingReviewNotice.getCompanyId());

		LocalDate dueDay = ReviewNoticeTexts.dueDay(
			outgoingReviewNotice.getNextReviewDate(), company.getTimeZone());

		if (dueDay == null) {
			return "";
		}

		return dueDay.toString();
	}

	@Reference
	private CompanyLocalService _companyLocalService;

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private UserLocalService _userLocalService;

	@Reference
	private UserNotificationEventLocalService
		_userNotificationEventLocalService;

}
