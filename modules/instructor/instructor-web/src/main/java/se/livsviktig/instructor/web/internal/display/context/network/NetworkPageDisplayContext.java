package se.livsviktig.instructor.web.internal.display.context.network;

import java.util.List;

import se.livsviktig.instructor.web.internal.display.context.FieldError;

/**
 * One network's page: its members (the directory), the meetings still to come with the reader's answer and the
 * buttons to give it, and the meetings that have started with their notes and, for whoever may update the
 * network (its coordinators, by the network's permission logic), who came.
 *
 * @author Livsviktig
 */
public class NetworkPageDisplayContext {

	public NetworkPageDisplayContext(
		String name, String description, List<MemberRow> memberRows,
		List<MeetingRow> upcomingMeetingRows, List<MeetingRow> pastMeetingRows,
		boolean canUpdate, NetworkURLs networkURLs, String currentURL,
		long instructorNetworkId, String successMessageKey,
		List<FieldError> fieldErrors) {

		_name = name;
		_description = description;
		_memberRows = memberRows;
		_upcomingMeetingRows = upcomingMeetingRows;
		_pastMeetingRows = pastMeetingRows;
		_canUpdate = canUpdate;
		_networkURLs = networkURLs;
		_currentURL = currentURL;
		_instructorNetworkId = instructorNetworkId;
		_successMessageKey = successMessageKey;
		_fieldErrors = fieldErrors;
	}

	public String getAnswerURL() {
		return _networkURLs.getAnswerURL();
	}

	/**
	 * @return where the answer lands: this page again
	 */
	public String getCurrentURL() {
		return _currentURL;
	}

	public String getDescription() {
		return _description;
	}

	/**
	 * @return why the last answer was refused (no field: the answer buttons are the only input)
	 */
	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	public String getMeetingsURL() {
		return _networkURLs.getMeetingsURL(_instructorNetworkId);
	}

	public List<MemberRow> getMemberRows() {
		return _memberRows;
	}

	public String getName() {
		return _name;
	}

	public String getNetworkListURL() {
		return _networkURLs.getNetworkListURL();
	}

	public List<MeetingRow> getPastMeetingRows() {
		return _pastMeetingRows;
	}

	public String getSuccessMessageKey() {
		return _successMessageKey;
	}

	public List<MeetingRow> getUpcomingMeetingRows() {
		return _upcomingMeetingRows;
	}

	/**
	 * @return whether the reader may update the network: sees attendance and may manage the meetings
	 */
	public boolean isCanUpdate() {
		return _canUpdate;
	}

	private final boolean _canUpdate;
	private final String _currentURL;
	private final String _description;
	private final List<FieldError> _fieldErrors;
	private final long _instructorNetworkId;
	private final List<MemberRow> _memberRows;
	private final String _name;
	private final NetworkURLs _networkURLs;
	private final List<MeetingRow> _pastMeetingRows;
	private final String _successMessageKey;
	private final List<MeetingRow> _upcomingMeetingRows;

}
