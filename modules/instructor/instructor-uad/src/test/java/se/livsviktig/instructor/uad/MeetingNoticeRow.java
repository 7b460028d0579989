package se.livsviktig.instructor.uad;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.platform.test.support.uad.ModelRow;

/**
 * The record that the second change of a network meeting went to one of its invited members (see
 * {@link ModelRow}).
 *
 * @author Livsviktig
 */
public final class MeetingNoticeRow extends ModelRow<MeetingNotice> {

	public static final long MEETING_NOTICE_ID = 48001;

	public static final long NETWORK_MEETING_ID = 45001;

	public static final long RECIPIENT_USER_ID = 30002;

	public static final int SEQUENCE = 2;

	public MeetingNoticeRow() {
		super(MeetingNotice.class, "meetingNoticeId", _values());
	}

	public MeetingNotice meetingNotice() {
		return model();
	}

	private static Map<String, Object> _values() {
		Map<String, Object> values = new HashMap<>();

		values.put("meetingNoticeId", MEETING_NOTICE_ID);
		values.put("groupId", 20121L);
		values.put("companyId", 20097L);
		values.put("userId", RECIPIENT_USER_ID);
		values.put("createDate", new Date(1_700_000_000_000L));
		values.put("networkMeetingId", NETWORK_MEETING_ID);
		values.put("sequence", SEQUENCE);
		values.put("noticeKind", "meeting-change");
		values.put("mvccVersion", 0L);

		return values;
	}

}
