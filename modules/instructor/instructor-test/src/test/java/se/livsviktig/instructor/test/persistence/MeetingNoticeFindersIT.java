package se.livsviktig.instructor.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.model.MeetingNotice;
import se.livsviktig.instructor.service.persistence.MeetingNoticePersistence;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;

/**
 * The MeetingNotice finder of service.xml, on PostgreSQL: the claim's unique key, a meeting's version (sequence)
 * sent to one person.
 *
 * @author Livsviktig
 */
class MeetingNoticeFindersIT {

	@RegisterExtension
	static final PersistenceHarness harness = InstructorRows.harness();

	@FinderUnderTest(entity = "MeetingNotice", finder = "NM_U_S")
	@Test
	void fetchByNM_U_SFindsThatVersionOfThatMeetingSentToThatPersonOnly()
		throws Exception {

		long networkMeetingId = _rows.newId();
		long userId = _rows.newId();

		MeetingNotice change = _notice(networkMeetingId, userId, 1, "meeting-change");

		_notice(networkMeetingId, userId, 0, "meeting-invitation");
		_notice(networkMeetingId, _rows.newId(), 1, "meeting-change");
		_notice(_rows.newId(), userId, 1, "meeting-change");

		assertEquals(
			change.getPrimaryKeyObj(),
			_rows.read(
				() -> _persistence().fetchByNM_U_S(networkMeetingId, userId, 1)
			).getPrimaryKeyObj());
		assertNull(
			_rows.read(
				() -> _persistence().fetchByNM_U_S(networkMeetingId, userId, 2)));
		assertEquals(
			1,
			(int)_rows.read(
				() -> _persistence().countByNM_U_S(networkMeetingId, userId, 0)));
	}

	private static MeetingNoticePersistence _persistence() {
		return harness.get(MeetingNoticePersistence.class);
	}

	private MeetingNotice _notice(
			long networkMeetingId, long userId, int sequence, String noticeKind)
		throws Exception {

		return _rows.meetingNotice(
			notice -> {
				notice.setCompanyId(_COMPANY_ID);
				notice.setUserId(userId);
				notice.setNetworkMeetingId(networkMeetingId);
				notice.setSequence(sequence);
				notice.setNoticeKind(noticeKind);
			});
	}

	private static final long _COMPANY_ID = 20097;

	private final InstructorRows _rows = new InstructorRows(harness);

}
