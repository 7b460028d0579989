package se.livsviktig.instructor.internal.meeting.calendar;

import java.util.Date;

/**
 * What a meeting's calendar entry says: which meeting (its UID), which version (SEQUENCE), whether it is
 * cancelled, and what the person's calendar shows. Plain text throughout.
 *
 * @author Livsviktig
 */
public class MeetingCalendar {

	public MeetingCalendar(
		long networkMeetingId, int sequence, boolean cancelled, String summary,
		Date startDate, Date endDate) {

		_networkMeetingId = networkMeetingId;
		_sequence = sequence;
		_cancelled = cancelled;
		_summary = summary;
		_startDate = startDate;
		_endDate = endDate;
	}

	public String getAttendeeEmail() {
		return _attendeeEmail;
	}

	public String getAttendeeName() {
		return _attendeeName;
	}

	public String getDescription() {
		return _description;
	}

	public Date getEndDate() {
		return _endDate;
	}

	public String getLocation() {
		return _location;
	}

	public long getNetworkMeetingId() {
		return _networkMeetingId;
	}

	public String getOrganizerEmail() {
		return _organizerEmail;
	}

	public String getOrganizerName() {
		return _organizerName;
	}

	public int getSequence() {
		return _sequence;
	}

	public Date getStartDate() {
		return _startDate;
	}

	public String getSummary() {
		return _summary;
	}

	public boolean isCancelled() {
		return _cancelled;
	}

	public MeetingCalendar setAttendee(String name, String email) {
		_attendeeName = name;
		_attendeeEmail = email;

		return this;
	}

	public MeetingCalendar setDescription(String description) {
		_description = description;

		return this;
	}

	public MeetingCalendar setLocation(String location) {
		_location = location;

		return this;
	}

	public MeetingCalendar setOrganizer(String name, String email) {
		_organizerName = name;
		_organizerEmail = email;

		return this;
	}

	private String _attendeeEmail;
	private String _attendeeName;
	private final boolean _cancelled;
	private String _description;
	private final Date _endDate;
	private String _location;
	private final long _networkMeetingId;
	private String _organizerEmail;
	private String _organizerName;
	private final int _sequence;
	private final Date _startDate;
	private final String _summary;

}
