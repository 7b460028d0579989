package se.livsviktig.training.internal.calendar;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.RecurrenceDates;
import biweekly.property.Status;
import biweekly.util.Period;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Date;
import java.util.List;

/**
 * The calendar file (.ics) of a registration, written with the biweekly iCalendar library. One UID for the
 * registration's whole life and a SEQUENCE that grows with every change, so a calendar updates the entry it
 * already has; a cancellation is METHOD:CANCEL for the same UID. A session of several dates is one event
 * with the other dates as RDATE periods (RFC 5545, 3.8.5.2).
 *
 * @author Livsviktig
 */
public class RegistrationCalendarWriter {

	public static String getUid(long registrationId) {
		return "livsviktig-registration-" + registrationId + "@livsviktig.se";
	}

	/**
	 * @param dates each session date as {start, end}, in order
	 */
	public String write(
		long registrationId, int sequence, boolean cancelled, String summary,
		String description, String location, List<Date[]> dates,
		String organizerName, String organizerEmail, String attendeeName,
		String attendeeEmail) {

		ICalendar iCalendar = new ICalendar();

		iCalendar.setProductId("-//Livsviktig//Training//SV");

		if (cancelled) {
			iCalendar.setMethod(Method.cancel());
		}
		else {
			iCalendar.setMethod(Method.request());
		}

		VEvent vEvent = new VEvent();

		vEvent.setUid(getUid(registrationId));
		vEvent.setSequence(sequence);
		vEvent.setSummary(summary);
		vEvent.setDescription(description);
		vEvent.setLocation(location);

		if (cancelled) {
			vEvent.setStatus(Status.cancelled());
		}
		else {
			vEvent.setStatus(Status.confirmed());
		}

		Date[] first = dates.get(0);

		vEvent.setDateStart(first[0]);
		vEvent.setDateEnd(first[1]);

		if (dates.size() > 1) {
			RecurrenceDates recurrenceDates = new RecurrenceDates();

			for (Date[] date : dates.subList(1, dates.size())) {
				recurrenceDates.getPeriods(
				).add(
					new Period(date[0], date[1])
				);
			}

			vEvent.addRecurrenceDates(recurrenceDates);
		}

		if (organizerEmail != null) {
			vEvent.setOrganizer(new Organizer(organizerName, organizerEmail));
		}

		if (attendeeEmail != null) {
			vEvent.addAttendee(new Attendee(attendeeName, attendeeEmail));
		}

		iCalendar.addEvent(vEvent);

		StringWriter stringWriter = new StringWriter();

		try (ICalWriter iCalWriter = new ICalWriter(
				stringWriter, ICalVersion.V2_0)) {

			iCalWriter.write(iCalendar);
		}
		catch (IOException ioException) {
			throw new IllegalStateException(ioException);
		}

		return stringWriter.toString();
	}

}
