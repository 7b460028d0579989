package se.livsviktig.instructor.web.internal.display.context;

import java.util.List;

/**
 * One upcoming meeting the person is invited to, as Mina instruktörsuppdrag shows it: what and when (in the
 * reader's time zone), where, the answer given so far and the answers they can give now. Values are plain text;
 * the JSP escapes them.
 *
 * @author Livsviktig
 */
public class MeetingInvitationRow {

	public MeetingInvitationRow(
		long networkMeetingId, String title, String networkName, String times,
		String place, String onlineLink, String answerLabelKey,
		List<Option> answerChoices) {

		_networkMeetingId = networkMeetingId;
		_title = title;
		_networkName = networkName;
		_times = times;
		_place = place;
		_onlineLink = onlineLink;
		_answerLabelKey = answerLabelKey;
		_answerChoices = answerChoices;
	}

	/**
	 * @return the answers the person can give: both while unanswered, the other one once answered; each value a
	 *         MeetingParticipantConstants answer and its label a language key
	 */
	public List<Option> getAnswerChoices() {
		return _answerChoices;
	}

	/**
	 * @return the answer given so far as a language key
	 */
	public String getAnswerLabelKey() {
		return _answerLabelKey;
	}

	public long getNetworkMeetingId() {
		return _networkMeetingId;
	}

	public String getNetworkName() {
		return _networkName;
	}

	/**
	 * @return the link to the online meeting, or empty
	 */
	public String getOnlineLink() {
		return _onlineLink;
	}

	/**
	 * @return where the meeting is held, or empty when it is online only
	 */
	public String getPlace() {
		return _place;
	}

	/**
	 * @return the day with the start and end times, in the reader's language and time zone
	 */
	public String getTimes() {
		return _times;
	}

	public String getTitle() {
		return _title;
	}

	private final List<Option> _answerChoices;
	private final String _answerLabelKey;
	private final long _networkMeetingId;
	private final String _networkName;
	private final String _onlineLink;
	private final String _place;
	private final String _times;
	private final String _title;

}
