package se.livsviktig.instructor.internal.notifications;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.notifications.BaseUserNotificationHandler;
import com.liferay.portal.kernel.notifications.UserNotificationHandler;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;

import java.time.ZoneId;

import java.util.Locale;
import java.util.TimeZone;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeTexts;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;

/**
 * Shows meeting notices (invitation, change, cancellation) under the portal's bell, worded in the reader's
 * language and time zone at the time they read it, escaped: a meeting's title is text, never markup. An entry
 * whose meeting was deleted shows nothing rather than an error.
 *
 * @author Livsviktig
 */
@Component(
	property = "javax.portlet.name=" + MeetingNoticeKinds.PORTLET_ID,
	service = UserNotificationHandler.class
)
public class MeetingUserNotificationHandler
	extends BaseUserNotificationHandler {

	public MeetingUserNotificationHandler() {
		setPortletId(MeetingNoticeKinds.PORTLET_ID);
	}

	@Override
	protected String getBody(
			UserNotificationEvent userNotificationEvent,
			ServiceContext serviceContext)
		throws Exception {

		JSONObject payloadJSONObject = _jsonFactory.createJSONObject(
			userNotificationEvent.getPayload());

		NetworkMeeting networkMeeting =
			_networkMeetingLocalService.fetchNetworkMeeting(
				payloadJSONObject.getLong("networkMeetingId"));

		if (networkMeeting == null) {
			return StringPool.BLANK;
		}

		Locale locale = serviceContext.getLocale();

		return HtmlUtil.escape(
			_texts.getSubject(
				payloadJSONObject.getString("noticeKind"), locale,
				networkMeeting.getTitle(),
				_texts.formatTime(
					networkMeeting.getStartDate(), networkMeeting.getEndDate(),
					locale, _zoneId(serviceContext))));
	}

	/**
	 * No link yet: the member's page, where a meeting is answered, is another part of the app.
	 */
	@Override
	protected String getLink(
		UserNotificationEvent userNotificationEvent,
		ServiceContext serviceContext) {

		return StringPool.BLANK;
	}

	private static ZoneId _zoneId(ServiceContext serviceContext) {
		ThemeDisplay themeDisplay = serviceContext.getThemeDisplay();

		if (themeDisplay != null) {
			TimeZone timeZone = themeDisplay.getTimeZone();

			if (timeZone != null) {
				return timeZone.toZoneId();
			}
		}

		return ZoneId.of("Europe/Stockholm");
	}

	@Reference
	private JSONFactory _jsonFactory;

	@Reference
	private NetworkMeetingLocalService _networkMeetingLocalService;

	MeetingNoticeTexts _texts = new MeetingNoticeTexts();

}
