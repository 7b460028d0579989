package se.livsviktig.instructor.internal.meeting.notice;

import java.util.Date;
import java.util.Objects;

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * What an invited person must hear about when it changes: the meeting's time, place and online link. A new title
 * or agenda alone raises the sequence (the next notice's calendar entry carries them) but mails nobody.
 *
 * @author Livsviktig
 */
public final class InvitationDetails {

	public static InvitationDetails of(NetworkMeeting networkMeeting) {
		return new InvitationDetails(
			networkMeeting.getStartDate(), networkMeeting.getEndDate(),
			networkMeeting.getPlace(), networkMeeting.getOnlineLink());
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof InvitationDetails)) {
			return false;
		}

		InvitationDetails invitationDetails = (InvitationDetails)object;

		return (_startTime == invitationDetails._startTime) &&
			   (_endTime == invitationDetails._endTime) &&
			   Objects.equals(_place, invitationDetails._place) &&
			   Objects.equals(_onlineLink, invitationDetails._onlineLink);
	}

	@Override
	public int hashCode() {
		return Objects.hash(_startTime, _endTime, _place, _onlineLink);
	}

	/**
	 * Instants, not Date objects: a Timestamp read back from the database and the Date a form sent compare
	 * unequal with equals even at the same millisecond.
	 */
	private InvitationDetails(
		Date startDate, Date endDate, String place, String onlineLink) {

		_startTime = startDate.getTime();
		_endTime = endDate.getTime();
		_place = _emptyToNull(place);
		_onlineLink = _emptyToNull(onlineLink);
	}

	private static String _emptyToNull(String text) {
		if ((text == null) || text.isEmpty()) {
			return null;
		}

		return text;
	}

	private final long _endTime;
	private final String _onlineLink;
	private final String _place;
	private final long _startTime;

}
