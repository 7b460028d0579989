package se.livsviktig.instructor.web.internal.display.context.network;

import java.util.List;

/**
 * A network's meetings, upcoming and past, with what the reader may do to each: whoever may update the network
 * adds, changes and cancels meetings, writes notes and marks attendance; everyone else only reads.
 *
 * @author Livsviktig
 */
public class NetworkMeetingsDisplayContext {

	public NetworkMeetingsDisplayContext(
		long instructorNetworkId, String networkName,
		List<MeetingRow> upcomingMeetingRows, List<MeetingRow> pastMeetingRows,
		boolean canUpdate, NetworkURLs networkURLs, String backURL,
		String successMessageKey) {

		_instructorNetworkId = instructorNetworkId;
		_networkName = networkName;
		_upcomingMeetingRows = upcomingMeetingRows;
		_pastMeetingRows = pastMeetingRows;
		_canUpdate = canUpdate;
		_networkURLs = networkURLs;
		_backURL = backURL;
		_successMessageKey = successMessageKey;
	}

	public String getAddURL() {
		return _networkURLs.getNewMeetingURL(_instructorNetworkId);
	}

	/**
	 * @return the network's page in the network widget; null in the administration app, which has none
	 */
	public String getBackURL() {
		return _backURL;
	}

	public String getNetworkName() {
		return _networkName;
	}

	public NetworkURLs getNetworkURLs() {
		return _networkURLs;
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

	public boolean isCanUpdate() {
		return _canUpdate;
	}

	private final String _backURL;
	private final boolean _canUpdate;
	private final long _instructorNetworkId;
	private final String _networkName;
	private final NetworkURLs _networkURLs;
	private final List<MeetingRow> _pastMeetingRows;
	private final String _successMessageKey;
	private final List<MeetingRow> _upcomingMeetingRows;

}
