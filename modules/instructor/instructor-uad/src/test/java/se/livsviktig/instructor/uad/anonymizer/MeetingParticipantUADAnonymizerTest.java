package se.livsviktig.instructor.uad.anonymizer;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.asset.kernel.service.AssetEntryLocalService;
import com.liferay.portal.kernel.model.User;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.model.MeetingParticipant;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.uad.MeetingParticipantRow;
import se.livsviktig.platform.test.support.Fields;

/**
 * Anonymising the invited person deletes their invitation with its answer and attendance; anonymising the
 * coordinator who invited them or marked their attendance replaces exactly that coordinator's columns, and the
 * member's answer and attendance stay as they were.
 *
 * @author Livsviktig
 */
public class MeetingParticipantUADAnonymizerTest {

	@BeforeEach
	public void setUp() {
		Fields.set(
			_anonymizer, "assetEntryLocalService",
			mock(AssetEntryLocalService.class));
		Fields.set(
			_anonymizer, "meetingParticipantLocalService",
			_meetingParticipantLocalService);

		when(
			_anonymousUser.getUserId()
		).thenReturn(
			_ANONYMOUS_USER_ID
		);
		when(
			_anonymousUser.getFullName()
		).thenReturn(
			_ANONYMOUS_FULL_NAME
		);
	}

	@Test
	public void anonymisingTheInvitedPersonDeletesTheInvitation()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.meetingParticipant(), MeetingParticipantRow.PARTICIPANT_USER_ID,
			_anonymousUser);

		verify(
			_meetingParticipantLocalService
		).deleteMeetingParticipant(
			_row.meetingParticipant()
		);
		verify(
			_meetingParticipantLocalService, never()
		).updateMeetingParticipant(
			any(MeetingParticipant.class)
		);
		assertEquals(Set.of(), _row.changedColumns());
	}

	@Test
	public void anonymisingTheCoordinatorWhoInvitedChangesOnlyTheirIdAndName()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.meetingParticipant(), MeetingParticipantRow.INVITED_BY_USER_ID,
			_anonymousUser);

		assertAll(
			() -> assertEquals(
				Set.of("userId", "userName"), _row.changedColumns()),
			() -> assertEquals(_ANONYMOUS_USER_ID, _row.value("userId")),
			() -> assertEquals(
				_ANONYMOUS_FULL_NAME, _row.value("userName")));

		verify(
			_meetingParticipantLocalService
		).updateMeetingParticipant(
			_row.meetingParticipant()
		);
	}

	@Test
	public void anonymisingTheCoordinatorWhoMarkedAttendanceKeepsTheAttendance()
		throws Exception {

		_anonymizer.autoAnonymize(
			_row.meetingParticipant(), MeetingParticipantRow.MARKED_BY_USER_ID,
			_anonymousUser);

		assertAll(
			() -> assertEquals(
				Set.of("attendanceByUserId"), _row.changedColumns()),
			() -> assertEquals(
				_ANONYMOUS_USER_ID, _row.value("attendanceByUserId")),
			() -> assertEquals(
				MeetingParticipantConstants.ATTENDANCE_PRESENT,
				_row.value("attendance")),
			() -> assertEquals(
				MeetingParticipantConstants.ANSWER_COMING,
				_row.value("answer")));

		verify(
			_meetingParticipantLocalService, never()
		).deleteMeetingParticipant(
			any(MeetingParticipant.class)
		);
	}

	@Test
	public void anonymisingSomeoneElseChangesNothing() throws Exception {
		_anonymizer.autoAnonymize(
			_row.meetingParticipant(), _OTHER_USER_ID, _anonymousUser);

		assertEquals(Set.of(), _row.changedColumns());
		verify(
			_meetingParticipantLocalService, never()
		).deleteMeetingParticipant(
			any(MeetingParticipant.class)
		);
	}

	private static final String _ANONYMOUS_FULL_NAME = "Anonymous Anonymous";

	private static final long _ANONYMOUS_USER_ID = 1;

	private static final long _OTHER_USER_ID = 30999;

	private final MeetingParticipantUADAnonymizer _anonymizer =
		new MeetingParticipantUADAnonymizer();
	private final User _anonymousUser = mock(User.class);
	private final MeetingParticipantLocalService
		_meetingParticipantLocalService = mock(
			MeetingParticipantLocalService.class);
	private final MeetingParticipantRow _row = new MeetingParticipantRow();

}
