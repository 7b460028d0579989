package se.livsviktig.training.internal.calendar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * What a registration's calendar entries say: one entry per session date, the version (SEQUENCE) and whether
 * the registration still holds its seat.
 *
 * @author Livsviktig
 */
public class RegistrationCalendar {

	public RegistrationCalendar(long registrationId, int sequence) {
		_registrationId = registrationId;
		_sequence = sequence;
	}

	public RegistrationCalendar addDate(Date start, Date end) {
		_dates.add(new Date[] {start, end});

		return this;
	}

	public String getAttendeeEmail() {
		return _attendeeEmail;
	}

	public String getAttendeeName() {
		return _attendeeName;
	}

	/**
	 * @return each session date as {start, end}, in order
	 */
	public List<Date[]> getDates() {
		return _dates;
	}

	public String getDescription() {
		return _description;
	}

	public String getLocation() {
		return _location;
	}

	public String getOrganizerEmail() {
		return _organizerEmail;
	}

	public String getOrganizerName() {
		return _organizerName;
	}

	/**
	 * @return the session's dates before this change, each as {start, end}; empty when they did not change
	 */
	public List<Date[]> getPreviousDates() {
		return _previousDates;
	}

	public long getRegistrationId() {
		return _registrationId;
	}

	public int getSequence() {
		return _sequence;
	}

	public String getSummary() {
		return _summary;
	}

	public boolean isCancelled() {
		return _cancelled;
	}

	public RegistrationCalendar setAttendee(String name, String email) {
		_attendeeName = name;
		_attendeeEmail = email;

		return this;
	}

	public RegistrationCalendar setCancelled(boolean cancelled) {
		_cancelled = cancelled;

		return this;
	}

	public RegistrationCalendar setDescription(String description) {
		_description = description;

		return this;
	}

	public RegistrationCalendar setLocation(String location) {
		_location = location;

		return this;
	}

	public RegistrationCalendar setOrganizer(String name, String email) {
		_organizerName = name;
		_organizerEmail = email;

		return this;
	}

	/**
	 * @param previousDates the session's dates before this change, each as {start, end}: the entries of the
	 *        dates past today's number of dates are cancelled, at the times they had
	 */
	public RegistrationCalendar setPreviousDates(List<Date[]> previousDates) {
		_previousDates = previousDates;

		return this;
	}

	public RegistrationCalendar setSummary(String summary) {
		_summary = summary;

		return this;
	}

	private String _attendeeEmail;
	private String _attendeeName;
	private boolean _cancelled;
	private final List<Date[]> _dates = new ArrayList<>();
	private String _description;
	private String _location;
	private String _organizerEmail;
	private String _organizerName;
	private List<Date[]> _previousDates = Collections.emptyList();
	private final long _registrationId;
	private final int _sequence;
	private String _summary;

}
