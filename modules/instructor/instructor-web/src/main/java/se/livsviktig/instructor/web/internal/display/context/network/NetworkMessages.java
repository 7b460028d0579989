package se.livsviktig.instructor.web.internal.display.context.network;

import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.portlet.PortletRequest;

/**
 * What the meeting actions leave in SessionMessages, and the sentence the page they land on says about it.
 *
 * @author Livsviktig
 */
public class NetworkMessages {

	public static final String ANSWER_SAVED = "meetingAnswerSaved";

	public static final String ATTENDANCE_SAVED = "meetingAttendanceSaved";

	public static final String MEETING_CANCELLED = "networkMeetingCancelled";

	public static final String MEETING_SAVED = "networkMeetingSaved";

	public static final String NOTES_SAVED = "meetingNotesSaved";

	/**
	 * @return the language key of what the last action did, or null
	 */
	public static String getSuccessMessageKey(PortletRequest portletRequest) {
		for (Map.Entry<String, String> entry : _MESSAGE_KEYS.entrySet()) {
			if (SessionMessages.contains(portletRequest, entry.getKey())) {
				return entry.getValue();
			}
		}

		return null;
	}

	private static final Map<String, String> _MESSAGE_KEYS =
		new LinkedHashMap<>();

	static {
		_MESSAGE_KEYS.put(ANSWER_SAVED, "your-answer-was-saved");
		_MESSAGE_KEYS.put(ATTENDANCE_SAVED, "the-attendance-was-saved");
		_MESSAGE_KEYS.put(MEETING_CANCELLED, "the-meeting-was-cancelled");
		_MESSAGE_KEYS.put(MEETING_SAVED, "the-meeting-was-saved");
		_MESSAGE_KEYS.put(NOTES_SAVED, "the-notes-were-saved");
	}

}
