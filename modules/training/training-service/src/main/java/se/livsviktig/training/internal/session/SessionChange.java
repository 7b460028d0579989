package se.livsviktig.training.internal.session;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.SessionDate;

/**
 * What an edit changes that people registered must hear about: the dates (their calendars move) and the place
 * (they go somewhere else). Other fields change quietly.
 *
 * @author Livsviktig
 */
public final class SessionChange {

	/**
	 * @param sessionDates the session's dates as stored, in order
	 */
	public static boolean datesChanged(
		List<SessionDate> sessionDates, Date[] startDates, Date[] endDates) {

		if (sessionDates.size() != startDates.length) {
			return true;
		}

		for (int i = 0; i < startDates.length; i++) {
			SessionDate sessionDate = sessionDates.get(i);

			if ((sessionDate.getStartDate(
				).getTime() != startDates[i].getTime()) ||
				(sessionDate.getEndDate(
				).getTime() != endDates[i].getTime())) {

				return true;
			}
		}

		return false;
	}

	/**
	 * Each date as {start, end}: what the notice of a change shows as "was".
	 */
	public static List<Date[]> periodsOf(List<SessionDate> sessionDates) {
		List<Date[]> periods = new ArrayList<>(sessionDates.size());

		for (SessionDate sessionDate : sessionDates) {
			periods.add(
				new Date[] {sessionDate.getStartDate(), sessionDate.getEndDate()});
		}

		return periods;
	}

	/**
	 * Delivery mode, venue, address or meeting link: where people go. The locality is not compared (the
	 * catalogue's place filter); a change of it alone tells nobody.
	 */
	public static boolean placeChanged(
		CourseSession courseSession, int deliveryMode, String venueName,
		String venueAddress, String onlineMeetingURL) {

		if ((courseSession.getDeliveryMode() != deliveryMode) ||
			!Objects.equals(courseSession.getVenueName(), venueName) ||
			!Objects.equals(courseSession.getVenueAddress(), venueAddress) ||
			!Objects.equals(
				courseSession.getOnlineMeetingURL(), onlineMeetingURL)) {

			return true;
		}

		return false;
	}

	private SessionChange() {
	}

}
