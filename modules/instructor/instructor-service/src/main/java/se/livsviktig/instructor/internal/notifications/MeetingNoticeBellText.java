package se.livsviktig.instructor.internal.notifications;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.HtmlUtil;

import java.time.ZoneId;

import java.util.Locale;
import java.util.TimeZone;

import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeTexts;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;

/**
 * A meeting notice's bell entry (invitation, change, cancellation), worded in the reader's language and time zone
 * at the time they read it, escaped: a meeting's title is text, never markup. An entry whose meeting was deleted
 * shows nothing rather than an error. The app's one bell handler (its entries share the instructor's page as
 * their type) hands meeting entries here.
 *
 * @author Livsviktig
 */
public class MeetingNoticeBellText {

	public String getBody(
		JSONObject payloadJSONObject, ServiceContext serviceContext,
		NetworkMeetingLocalService networkMeetingLocalService) {

		NetworkMeeting networkMeeting =
			networkMeetingLocalService.fetchNetworkMeeting(
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

	MeetingNoticeTexts _texts = new MeetingNoticeTexts();

}
