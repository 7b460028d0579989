package se.livsviktig.instructor.internal.meeting.notice;

import com.liferay.portal.kernel.util.Validator;

import java.time.ZoneId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import se.livsviktig.instructor.internal.meeting.calendar.MeetingCalendar;
import se.livsviktig.instructor.internal.meeting.calendar.MeetingCalendarWriter;
import se.livsviktig.instructor.internal.notice.CertificationNoticeEmail;
import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * Words a meeting notice for one person, in their language and time zone (the company's, Stockholm, when they
 * have none), and writes the calendar entry it carries: the meeting's UID and current SEQUENCE, REQUEST while it
 * is on, CANCEL once it is cancelled.
 *
 * @author Livsviktig
 */
public class MeetingNoticeContentFactory {

	public MeetingNoticeContentFactory(MeetingNoticeTexts meetingNoticeTexts) {
		_texts = meetingNoticeTexts;
	}

	/**
	 * @param timeZone the recipient's; <code>null</code> for Stockholm's
	 */
	public MeetingNoticeContent create(
		String noticeKind, NetworkMeeting networkMeeting, String networkName,
		Locale locale, TimeZone timeZone, String recipientName,
		String recipientEmail, String organizerName, String organizerEmail) {

		ZoneId zoneId = _zoneId(timeZone);

		String title = networkMeeting.getTitle();
		String time = _texts.formatTime(
			networkMeeting.getStartDate(), networkMeeting.getEndDate(), locale,
			zoneId);

		String subject = _texts.getSubject(noticeKind, locale, title, time);
		String body = _texts.getBody(
			noticeKind, locale, title, networkName, time);

		List<String[]> details = new ArrayList<>();

		details.add(_detail("meeting-notice-details-meeting", locale, title));
		details.add(
			_detail("meeting-notice-details-network", locale, networkName));
		details.add(_detail("meeting-notice-details-time", locale, time));

		if (Validator.isNotNull(networkMeeting.getPlace())) {
			details.add(
				_detail(
					"meeting-notice-details-place", locale,
					networkMeeting.getPlace()));
		}

		if (Validator.isNotNull(networkMeeting.getOnlineLink())) {
			details.add(
				_detail(
					"meeting-notice-details-online-link", locale,
					networkMeeting.getOnlineLink()));
		}

		CertificationNoticeEmail email = new CertificationNoticeEmail(
			locale, subject,
			List.of(_texts.getGreeting(locale, recipientName), body), details,
			_texts.getLabel("certification-notice-signature", locale));

		MeetingCalendar meetingCalendar = new MeetingCalendar(
			networkMeeting.getNetworkMeetingId(), networkMeeting.getSequence(),
			MeetingNoticeKinds.isCancellation(noticeKind), title,
			networkMeeting.getStartDate(), networkMeeting.getEndDate());

		meetingCalendar.setDescription(
			_description(body, networkMeeting.getOnlineLink())
		).setLocation(
			_location(networkMeeting)
		).setOrganizer(
			organizerName, organizerEmail
		).setAttendee(
			recipientName, recipientEmail
		);

		return new MeetingNoticeContent(
			email,
			_calendarWriter.getMethod(
				meetingCalendar
			).getValue(),
			_calendarWriter.write(meetingCalendar));
	}

	private static String _description(String body, String onlineLink) {
		if (Validator.isNull(onlineLink)) {
			return body;
		}

		return body + "\n\n" + onlineLink;
	}

	private static String _location(NetworkMeeting networkMeeting) {
		if (Validator.isNotNull(networkMeeting.getPlace())) {
			return networkMeeting.getPlace();
		}

		return networkMeeting.getOnlineLink();
	}

	private static ZoneId _zoneId(TimeZone timeZone) {
		if (timeZone == null) {
			return ZoneId.of("Europe/Stockholm");
		}

		return timeZone.toZoneId();
	}

	private String[] _detail(String key, Locale locale, String value) {
		return new String[] {_texts.getLabel(key, locale), value};
	}

	private final MeetingCalendarWriter _calendarWriter =
		new MeetingCalendarWriter();
	private final MeetingNoticeTexts _texts;

}
