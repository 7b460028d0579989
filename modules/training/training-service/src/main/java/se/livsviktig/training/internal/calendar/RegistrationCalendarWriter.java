package se.livsviktig.training.internal.calendar;

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
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The calendar entries of a registration, written with the biweekly iCalendar library: one VEVENT per session
 * date, each with its own UID (the registration and the date's number), so every date shows in every client and
 * a change replaces exactly the date it concerns. A SEQUENCE raised on every change tells calendars which
 * version is newer.
 *
 * <p>
 * Not one event with the other dates as RDATE periods: khal refuses that, libical drops the second date,
 * ical.js and recurring_ical_events throw, and Outlook ignores RDATE periods ([MS-OXCICAL]). Not several
 * VEVENTs in one invitation either: Outlook imports only the first VEVENT of an iMIP message
 * ([MS-STANOICAL] 2.2.175), and iTIP (RFC 5546) expects one UID per scheduling object. So an e-mail carries one
 * calendar object per date ({@link #writeInvitations}); the file people download holds all dates in one object
 * (METHOD:PUBLISH, an import rather than a scheduling message; {@link #writeFile}).
 * </p>
 *
 * <p>
 * Times are written in UTC, which every client converts to its own zone and which is right across a change of
 * daylight-saving time without a VTIMEZONE to keep current. Lines are folded at 75 octets
 * ({@link OctetLineFolder}).
 * </p>
 *
 * @author Livsviktig
 */
public class RegistrationCalendarWriter {

	/**
	 * The date's number, not the session date's id: a coordinator's change of dates writes the session's date
	 * rows anew, and the entry already in a calendar must still be the one that moves.
	 *
	 * @param dateNumber the session date's number, from 1
	 */
	public static String getUid(long registrationId, int dateNumber) {
		return "livsviktig-registration-" + registrationId + "-date-" +
			dateNumber + "@livsviktig.se";
	}

	/**
	 * All the registration's dates in one file, for people who lost the e-mail or keep a calendar the e-mail
	 * does not reach; the same UIDs and SEQUENCE as the invitations, so an import updates the same entries.
	 */
	public String writeFile(RegistrationCalendar registrationCalendar) {
		ICalendar iCalendar = _newCalendar(Method.publish());

		List<Date[]> dates = registrationCalendar.getDates();

		for (int i = 0; i < dates.size(); i++) {
			iCalendar.addEvent(_event(registrationCalendar, i + 1, dates.get(i)));
		}

		return _write(iCalendar);
	}

	/**
	 * One scheduling object per date: METHOD:REQUEST for each date while the registration holds its seat,
	 * METHOD:CANCEL for each when it is cancelled, and METHOD:CANCEL for each date the session no longer has.
	 */
	public List<CalendarInvitation> writeInvitations(
		RegistrationCalendar registrationCalendar) {

		List<CalendarInvitation> calendarInvitations = new ArrayList<>();

		Method method = Method.request();

		if (registrationCalendar.isCancelled()) {
			method = Method.cancel();
		}

		List<Date[]> dates = registrationCalendar.getDates();

		for (int i = 0; i < dates.size(); i++) {
			calendarInvitations.add(
				_invitation(
					i + 1, method,
					_event(registrationCalendar, i + 1, dates.get(i))));
		}

		List<Date[]> previousDates = registrationCalendar.getPreviousDates();

		for (int i = dates.size(); i < previousDates.size(); i++) {
			calendarInvitations.add(
				_invitation(
					i + 1, Method.cancel(),
					_withdrawnEvent(
						registrationCalendar, i + 1, previousDates.get(i))));
		}

		return calendarInvitations;
	}

	private VEvent _event(
		RegistrationCalendar registrationCalendar, int dateNumber,
		Date[] date) {

		VEvent vEvent = _newEvent(registrationCalendar, dateNumber);

		vEvent.setSummary(registrationCalendar.getSummary());
		vEvent.setDescription(registrationCalendar.getDescription());
		vEvent.setLocation(registrationCalendar.getLocation());
		vEvent.setDateStart(date[0]);
		vEvent.setDateEnd(date[1]);

		if (registrationCalendar.isCancelled()) {
			vEvent.setStatus(Status.cancelled());
		}
		else {
			vEvent.setStatus(Status.confirmed());
		}

		return vEvent;
	}

	private CalendarInvitation _invitation(
		int dateNumber, Method method, VEvent vEvent) {

		ICalendar iCalendar = _newCalendar(method);

		iCalendar.addEvent(vEvent);

		return new CalendarInvitation(
			dateNumber, method.getValue(), _write(iCalendar));
	}

	private ICalendar _newCalendar(Method method) {
		ICalendar iCalendar = new ICalendar();

		iCalendar.setProductId("-//Livsviktig//Training//SV");
		iCalendar.setMethod(method);

		return iCalendar;
	}

	private VEvent _newEvent(
		RegistrationCalendar registrationCalendar, int dateNumber) {

		VEvent vEvent = new VEvent();

		vEvent.setUid(
			getUid(registrationCalendar.getRegistrationId(), dateNumber));
		vEvent.setSequence(registrationCalendar.getSequence());

		if (registrationCalendar.getOrganizerEmail() != null) {
			vEvent.setOrganizer(
				new Organizer(
					registrationCalendar.getOrganizerName(),
					registrationCalendar.getOrganizerEmail()));
		}

		if (registrationCalendar.getAttendeeEmail() != null) {
			vEvent.addAttendee(
				new Attendee(
					registrationCalendar.getAttendeeName(),
					registrationCalendar.getAttendeeEmail()));
		}

		return vEvent;
	}

	/**
	 * A date the session no longer has, at the times it had: UID, SEQUENCE and STATUS are what remove it, and
	 * the times are there for clients that show a cancellation before they match it (ical.js, for one, cannot
	 * read an event without DTSTART).
	 */
	private VEvent _withdrawnEvent(
		RegistrationCalendar registrationCalendar, int dateNumber,
		Date[] date) {

		VEvent vEvent = _newEvent(registrationCalendar, dateNumber);

		vEvent.setSummary(registrationCalendar.getSummary());
		vEvent.setDateStart(date[0]);
		vEvent.setDateEnd(date[1]);
		vEvent.setStatus(Status.cancelled());

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
