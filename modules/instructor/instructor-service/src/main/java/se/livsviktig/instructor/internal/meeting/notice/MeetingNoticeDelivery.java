package se.livsviktig.instructor.internal.meeting.notice;

/**
 * One way a claimed meeting notice reaches its recipient (the bell, e-mail with the calendar entry).
 *
 * @author Livsviktig
 */
public interface MeetingNoticeDelivery {

	public void deliver(OutgoingMeetingNotice outgoingMeetingNotice)
		throws Exception;

}
