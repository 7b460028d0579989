package se.livsviktig.careprogram.service.internal.notifications;

import com.liferay.portal.configuration.module.configuration.ConfigurationProvider;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.util.HtmlUtil;

import java.time.LocalDate;

import java.util.Locale;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.careprogram.configuration.CareProgramCompanyConfiguration;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeKind;
import se.livsviktig.careprogram.service.internal.notice.ReviewNoticeTexts;
import se.livsviktig.careprogram.service.internal.notice.ReviewedTextNames;

/**
 * Shows review notices under the portal's bell, worded in the reader's language when they read it (the entry
 * holds facts, not text), escaped: a programme's title is text, never markup. The entry links to the company's
 * "Mina granskningar" page, where the text is confirmed in one click.
 *
 * @author Livsviktig
 */
@Component(
	property = "javax.portlet.name=" + ReviewNoticeKind.PORTLET_ID,
	service = UserNotificationHandler.class
)
public class ReviewUserNotificationHandler extends BaseUserNotificationHandler {

	public ReviewUserNotificationHandler() {
		setPortletId(ReviewNoticeKind.PORTLET_ID);
	}

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject(
			userNotificationEvent.getPayload());

		Locale locale = serviceContext.getLocale();

		String dueDay = payloadJSONObject.getString("dueDay");

		return HtmlUtil.escape(
			_reviewNoticeTexts.getSubject(
				ReviewNoticeKind.valueOf(
					payloadJSONObject.getString("noticeKind")),
				locale,
				_reviewedTextNames.getName(
					payloadJSONObject.getLong("careProgramId"),
					payloadJSONObject.getLong("localRoutineId"), locale),
				dueDay.isEmpty() ? null : LocalDate.parse(dueDay)));
	}

	/**
	 * Only an http or https address, or one on this portal, becomes the entry's link; anything else is left out.
	 */
	@Override
	protected String getLink(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		CareProgramCompanyConfiguration careProgramCompanyConfiguration =
			_configurationProvider.getCompanyConfiguration(
				CareProgramCompanyConfiguration.class,
				userNotificationEvent.getCompanyId());

		String url = careProgramCompanyConfiguration.myReviewsURL();

		if ((url == null) ||
			!(url.startsWith("https://") || url.startsWith("http://") ||
			  (url.startsWith("/") && !url.startsWith("//")))) {

			return "";
		}

		return url;
	}

	@Reference
	private ConfigurationProvider _configurationProvider;

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private ReviewedTextNames _reviewedTextNames;

	ReviewNoticeTexts _reviewNoticeTexts = new ReviewNoticeTexts();

}
