package se.livsviktig.instructor.internal.meeting.notice;

import java.util.Objects;

import se.livsviktig.instructor.model.NetworkMeeting;

/**
 * One meeting notice to one invited person, as it is claimed and sent: the meeting at the sequence it had when
 * the notice was raised, so a notice sent after commit carries the version it was raised for.
 *
 * @author Livsviktig
 */
public final class OutgoingMeetingNotice {

	public static OutgoingMeetingNotice of(
		String noticeKind, NetworkMeeting networkMeeting,
		long recipientUserId) {

		return new OutgoingMeetingNotice(
			noticeKind, networkMeeting.getCompanyId(),
			networkMeeting.getGroupId(), networkMeeting.getNetworkMeetingId(),
			networkMeeting.getSequence(), recipientUserId);
	}

	public OutgoingMeetingNotice(
		String noticeKind, long companyId, long groupId, long networkMeetingId,
		int sequence, long recipientUserId) {

		_noticeKind = noticeKind;
		_companyId = companyId;
		_groupId = groupId;
		_networkMeetingId = networkMeetingId;
		_sequence = sequence;
		_recipientUserId = recipientUserId;
	}

	@Override
	public boolean equals(Object object) {
		if (this == object) {
			return true;
		}

		if (!(object instanceof OutgoingMeetingNotice)) {
			return false;
		}

		OutgoingMeetingNotice outgoingMeetingNotice =
			(OutgoingMeetingNotice)object;

		return _noticeKind.equals(outgoingMeetingNotice._noticeKind) &&
			   (_companyId == outgoingMeetingNotice._companyId) &&
			   (_groupId == outgoingMeetingNotice._groupId) &&
			   (_networkMeetingId == outgoingMeetingNotice._networkMeetingId) &&
			   (_sequence == outgoingMeetingNotice._sequence) &&
			   (_recipientUserId == outgoingMeetingNotice._recipientUserId);
	}

	public long getCompanyId() {
		return _companyId;
	}

	public long getGroupId() {
		return _groupId;
	}

	public long getNetworkMeetingId() {
		return _networkMeetingId;
	}

	public String getNoticeKind() {
		return _noticeKind;
	}

	public long getRecipientUserId() {
		return _recipientUserId;
	}

	public int getSequence() {
		return _sequence;
	}

	@Override
	public int hashCode() {
		return Objects.hash(
			_noticeKind, _companyId, _groupId, _networkMeetingId, _sequence,
			_recipientUserId);
	}

	@Override
	public String toString() {
		return _noticeKind + " of meeting " + _networkMeetingId +
			" at sequence " + _sequence + " to user " + _recipientUserId;
	}

	private final long _companyId;
	private final long _groupId;
	private final long _networkMeetingId;
	private final String _noticeKind;
	private final long _recipientUserId;
	private final int _sequence;

}
