package se.livsviktig.instructor.internal.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.json.JSONFactory;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.model.UserNotificationEvent;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.theme.ThemeDisplay;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.model.impl.NetworkMeetingImpl;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.platform.test.support.Fields;

/**
 * A meeting notice under the bell, through the app's one handler, reads in the reader's language and time zone,
 * with the title escaped; an entry whose meeting is gone shows nothing.
 *
 * @author Livsviktig
 */
public class MeetingNoticeBellTextTest {

	@BeforeEach
	public void setUp() throws Exception {
		NetworkMeeting networkMeeting = new NetworkMeetingImpl();

		networkMeeting.setTitle("Vårträff <img src=x onerror=alert(1)>");

		// 2027-03-30 11:00–13:00 UTC

		networkMeeting.setStartDate(new Date(1_806_404_400_000L));
		networkMeeting.setEndDate(new Date(1_806_411_600_000L));

		when(
			_networkMeetingLocalService.fetchNetworkMeeting(8002)
		).thenReturn(
			networkMeeting
		);
		when(
			_jsonFactory.createJSONObject("payload")
		).thenReturn(
			_payloadJSONObject
		);
		when(
			_userNotificationEvent.getPayload()
		).thenReturn(
			"payload"
		);
		when(
			_payloadJSONObject.getLong("networkMeetingId")
		).thenReturn(
			8002L
		);

		Fields.set(_handler, "_jsonFactory", _jsonFactory);
		Fields.set(
			_handler, "_networkMeetingLocalService",
			_networkMeetingLocalService);
	}

	@Test
	public void aCancellationReadsInEnglishAtTheReadersTime() throws Exception {
		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			MeetingNoticeKinds.CANCELLATION
		);

		assertEquals(
			"Cancelled: Vårträff &lt;img src=x onerror=alert(1)&gt;, " +
				"Tuesday 30 March 2027 12:00&#8211;14:00",
			_handler.getBody(
				_userNotificationEvent,
				_readingIn(Locale.UK, "Europe/London")));
	}

	@Test
	public void anInvitationReadsInSwedishAtStockholmTimeEscaped()
		throws Exception {

		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			MeetingNoticeKinds.INVITATION
		);

		assertEquals(
			"Inbjudan: Vårträff &lt;img src=x onerror=alert(1)&gt;, " +
				"tisdag 30 mars 2027 13:00&#8211;15:00",
			_handler.getBody(
				_userNotificationEvent,
				_readingIn(new Locale("sv", "SE"), "Europe/Stockholm")));
	}

	@Test
	public void anEntryWhoseMeetingIsGoneShowsNothing() throws Exception {
		when(
			_payloadJSONObject.getString("noticeKind")
		).thenReturn(
			MeetingNoticeKinds.CHANGE
		);
		when(
			_payloadJSONObject.getLong("networkMeetingId")
		).thenReturn(
			9999L
		);

		assertEquals(
			"",
			_handler.getBody(
				_userNotificationEvent,
				_readingIn(Locale.UK, "Europe/London")));
	}

	private static ServiceContext _readingIn(
		Locale locale, String timeZoneId) {

		ServiceContext serviceContext = mock(ServiceContext.class);
		ThemeDisplay themeDisplay = mock(ThemeDisplay.class);

		when(
			serviceContext.getLocale()
		).thenReturn(
			locale
		);
		when(
			serviceContext.getThemeDisplay()
		).thenReturn(
			themeDisplay
		);
		when(
			themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone(timeZoneId)
		);

		return serviceContext;
	}

	private final CertificationUserNotificationHandler _handler =
		new CertificationUserNotificationHandler();
	private final JSONFactory _jsonFactory = mock(JSONFactory.class);
	private final NetworkMeetingLocalService _networkMeetingLocalService =
		mock(NetworkMeetingLocalService.class);
	private final JSONObject _payloadJSONObject = mock(JSONObject.class);
	private final UserNotificationEvent _userNotificationEvent = mock(
		UserNotificationEvent.class);

}
