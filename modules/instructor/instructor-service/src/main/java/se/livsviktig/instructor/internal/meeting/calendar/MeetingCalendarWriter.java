package se.livsviktig.instructor.internal.meeting.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;

import java.io.IOException;
import java.io.StringWriter;

/**
 * A network meeting's calendar entry, written with the same iCalendar library and rules as training's
 * registrations: one VEVENT with one UID per meeting for all its life, so the invitation, every change and the
 * cancellation act on the same entry; the meeting's SEQUENCE, raised on every change, tells calendars which
 * version is newer; METHOD:REQUEST while it is on, METHOD:CANCEL with STATUS:CANCELLED when it is called off.
 * Times in UTC, right across a change of daylight-saving time without a VTIMEZONE to keep current; lines folded at
 * 75 octets, never inside a character.
 *
 * @author Livsviktig
 */
public class MeetingCalendarWriter {

	public static String getUid(long networkMeetingId) {
		return "livsviktig-network-meeting-" + networkMeetingId +
			"@livsviktig.se";
	}

	/**
	 * @return one iCalendar object, a scheduling message (iTIP) for one person
	 */
	public String write(MeetingCalendar meetingCalendar) {
		ICalendar iCalendar = new ICalendar();

		iCalendar.setProductId("-//Livsviktig//Instructor//SV");
		iCalendar.setMethod(getMethod(meetingCalendar));

		iCalendar.addEvent(_event(meetingCalendar));

		return _write(iCalendar);
	}

	/**
	 * @return the iTIP method, which the e-mail part's content type names too
	 */
	public Method getMethod(MeetingCalendar meetingCalendar) {
		if (meetingCalendar.isCancelled()) {
			return Method.cancel();
		}

		return Method.request();
	}

	private VEvent _event(MeetingCalendar meetingCalendar) {
		VEvent vEvent = new VEvent();

		vEvent.setUid(getUid(meetingCalendar.getNetworkMeetingId()));
		vEvent.setSequence(meetingCalendar.getSequence());
		vEvent.setSummary(meetingCalendar.getSummary());
		vEvent.setDescription(meetingCalendar.getDescription());
		vEvent.setLocation(meetingCalendar.getLocation());

		// The times stay on a cancellation too: ical.js, for one, cannot read an event without DTSTART

		vEvent.setDateStart(meetingCalendar.getStartDate());
		vEvent.setDateEnd(meetingCalendar.getEndDate());

		if (meetingCalendar.isCancelled()) {
			vEvent.setStatus(Status.cancelled());
		}
		else {
			vEvent.setStatus(Status.confirmed());
		}

		if (meetingCalendar.getOrganizerEmail() != null) {
			vEvent.setOrganizer(
				new Organizer(
					meetingCalendar.getOrganizerName(),
					meetingCalendar.getOrganizerEmail()));
		}

		if (meetingCalendar.getAttendeeEmail() != null) {
			vEvent.addAttendee(
				new Attendee(
					meetingCalendar.getAttendeeName(),
					meetingCalendar.getAttendeeEmail()));
		}

		return vEvent;
	}

	private String _write(ICalendar iCalendar) {
		StringWriter stringWriter = new StringWriter();

		try (ICalWriter iCalWriter = new ICalWriter(
				stringWriter, ICalVersion.V2_0)) {

			// The library folds by characters; OctetLineFolder folds by octets instead

			iCalWriter.getVObjectWriter(
			).getFoldedLineWriter(
			).setLineLength(
				null
			);

			iCalWriter.write(iCalendar);
		}
		catch (IOException ioException) {
			throw new IllegalStateException(ioException);
		}

		return OctetLineFolder.fold(stringWriter.toString());
	}

}
