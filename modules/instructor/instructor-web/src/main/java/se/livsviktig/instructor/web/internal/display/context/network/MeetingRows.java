package se.livsviktig.instructor.web.internal.display.context.network;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.livsviktig.instructor.constants.NetworkMeetingConstants;
import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * Makes the rows of a network's meetings for one reader: times in the reader's time zone and language, split
 * into those still to come (earliest first) and those that have started (latest first), as the service's rules
 * do: a meeting can be answered until it starts and attendance marked once it has.
 *
 * @author Livsviktig
 */
public class MeetingRows {

	public MeetingRows(Locale locale, ZoneId zoneId, Instant now) {
		_zoneId = zoneId;
		_now = now;

		_dateFormatter = DateTimeFormatter.ofLocalizedDate(
			FormatStyle.FULL
		).withLocale(
			locale
		);
		_timeFormatter = DateTimeFormatter.ofPattern("HH:mm", locale);
	}

	/**
	 * @param  myAnswers the reader's answer by meeting id; a meeting missing here is one they are not invited to
	 * @param  attendance the invited members by meeting id, for a reader who may see them
	 * @return the meetings that have started, latest first
	 */
	public List<MeetingRow> past(
		List<NetworkMeeting> networkMeetings, Map<Long, Integer> myAnswers,
		Map<Long, List<AttendanceRow>> attendance) {

		List<MeetingRow> rows = _rows(
			networkMeetings, myAnswers, attendance, true);

		Collections.reverse(rows);

		return rows;
	}

	/**
	 * @return whether the meeting has started, the moment it can no longer be answered and attendance can be
	 *         marked
	 */
	public boolean isStarted(NetworkMeeting networkMeeting) {
		return !networkMeeting.getStartDate().toInstant().isAfter(_now);
	}

	public String time(NetworkMeeting networkMeeting) {
		ZonedDateTime start = ZonedDateTime.ofInstant(
			networkMeeting.getStartDate().toInstant(), _zoneId);
		ZonedDateTime end = ZonedDateTime.ofInstant(
			networkMeeting.getEndDate().toInstant(), _zoneId);

		if (start.toLocalDate().equals(end.toLocalDate())) {
			return _dateFormatter.format(start) + ", " +
				_timeFormatter.format(start) + "–" + _timeFormatter.format(end);
		}

		return _dateFormatter.format(start) + " " +
			_timeFormatter.format(start) + " – " + _dateFormatter.format(end) +
				" " + _timeFormatter.format(end);
	}

	public MeetingRow toRow(
		NetworkMeeting networkMeeting, int myAnswer,
		List<AttendanceRow> attendanceRows) {

		return new MeetingRow(
			networkMeeting.getNetworkMeetingId(),
			networkMeeting.getInstructorNetworkId(), networkMeeting.getTitle(),
			time(networkMeeting), networkMeeting.getPlace(),
			networkMeeting.getOnlineLink(), networkMeeting.getAgenda(),
			networkMeeting.getNotes(),
			networkMeeting.getStatus() ==
				NetworkMeetingConstants.STATUS_CANCELLED,
			isStarted(networkMeeting), myAnswer, attendanceRows);
	}

	/**
	 * @return the meetings still to come, cancelled ones too (so the page can say so), earliest first
	 */
	public List<MeetingRow> upcoming(
		List<NetworkMeeting> networkMeetings, Map<Long, Integer> myAnswers) {

		return _rows(networkMeetings, myAnswers, Map.of(), false);
	}

	private List<MeetingRow> _rows(
		List<NetworkMeeting> networkMeetings, Map<Long, Integer> myAnswers,
		Map<Long, List<AttendanceRow>> attendance, boolean started) {

		List<NetworkMeeting> sorted = new ArrayList<>();

		for (NetworkMeeting networkMeeting : networkMeetings) {
			if (isStarted(networkMeeting) == started) {
				sorted.add(networkMeeting);
			}
		}

		sorted.sort(Comparator.comparing(NetworkMeeting::getStartDate));

		List<MeetingRow> rows = new ArrayList<>();

		for (NetworkMeeting networkMeeting : sorted) {
			rows.add(
				toRow(
					networkMeeting,
					myAnswers.getOrDefault(
						networkMeeting.getNetworkMeetingId(),
						MeetingRow.NOT_INVITED),
					attendance.getOrDefault(
						networkMeeting.getNetworkMeetingId(), List.of())));
		}

		return rows;
	}

	private final DateTimeFormatter _dateFormatter;
	private final Instant _now;
	private final DateTimeFormatter _timeFormatter;
	private final ZoneId _zoneId;

}
