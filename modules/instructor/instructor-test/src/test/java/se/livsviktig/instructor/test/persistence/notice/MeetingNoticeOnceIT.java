package se.livsviktig.instructor.test.persistence.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Group;
import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.GroupLocalService;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.instructor.constants.MeetingParticipantConstants;
import se.livsviktig.instructor.constants.NetworkConstants;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeDispatcher;
import se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeKinds;
import se.livsviktig.instructor.internal.meeting.notice.OutgoingMeetingNotice;
import se.livsviktig.instructor.model.NetworkMeeting;
import se.livsviktig.instructor.service.InstructorNetworkLocalService;
import se.livsviktig.instructor.service.MeetingNoticeLocalService;
import se.livsviktig.instructor.service.MeetingParticipantLocalService;
import se.livsviktig.instructor.service.NetworkMeetingLocalService;
import se.livsviktig.instructor.service.NetworkMemberLocalService;
import se.livsviktig.instructor.service.persistence.impl.constants.LVInstructorPersistenceConstants;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.platform.test.support.Fields;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;

/**
 * Meeting notices are sent once per meeting version and person on real PostgreSQL, through the portal's
 * transactions: threads claiming the same notice at once leave one row and one winner; a meeting's life (added,
 * a member joining later, moved, retitled, cancelled) claims exactly the invitation, change and cancellation of
 * each invited person at the sequence of that version, after each call commits; and two nodes sending the same
 * notices again, at once, send none of them, while two nodes sending new ones send each once.
 *
 * @author Livsviktig
 */
class MeetingNoticeOnceIT {

	@RegisterExtension
	static final PersistenceHarness harness = PersistenceHarness.forServiceBundle(
		LVInstructorPersistenceConstants.class);

	@BeforeEach
	void setUp() throws Exception {
		for (long userId : new long[] {_COORDINATOR_USER_ID, _ANNA_USER_ID, _BERTIL_USER_ID, _CECILIA_USER_ID}) {
			User user = mock(User.class);

			when(user.getUserId()).thenReturn(userId);
			when(user.getCompanyId()).thenReturn(_COMPANY_ID);
			when(user.getFullName()).thenReturn("Person " + userId);
			when(user.isActive()).thenReturn(true);

			UserLocalService userLocalService = harness.portalService(UserLocalService.class);

			when(userLocalService.getUser(userId)).thenReturn(user);
			when(userLocalService.fetchUser(userId)).thenReturn(user);
		}

		Group group = mock(Group.class);

		when(group.getCompanyId()).thenReturn(_COMPANY_ID);
		when(harness.portalService(GroupLocalService.class).fetchGroup(anyLong())).thenReturn(group);

		TrainingMethod trainingMethod = mock(TrainingMethod.class);

		when(trainingMethod.getCompanyId()).thenReturn(_COMPANY_ID);
		when(trainingMethod.getStatus()).thenReturn(WorkflowConstants.STATUS_APPROVED);
		when(harness.portalService(TrainingMethodLocalService.class).fetchTrainingMethod(_MHFA)).thenReturn(
			trainingMethod);
	}

	@Test
	void aMeetingsLifeClaimsEachPersonsInvitationChangeAndCancellationOnceAfterCommit() throws Exception {
		long networkId = harness.get(
			InstructorNetworkLocalService.class
		).addInstructorNetwork(
			_COORDINATOR_USER_ID, _GROUP_ID, "MHFA-nätverket", "", new long[] {_MHFA}, new ServiceContext()
		).getInstructorNetworkId();

		NetworkMemberLocalService members = harness.get(NetworkMemberLocalService.class);

		members.addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _ANNA_USER_ID, NetworkConstants.ROLE_MEMBER, new ServiceContext());
		members.addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _BERTIL_USER_ID, NetworkConstants.ROLE_MEMBER, new ServiceContext());

		NetworkMeetingLocalService meetings = harness.get(NetworkMeetingLocalService.class);

		// The times once: a clock that ticks between two calls must not read as a change of time

		Date start = _hoursFromNow(24);
		Date end = _hoursFromNow(26);

		NetworkMeeting networkMeeting = meetings.addNetworkMeeting(
			_COORDINATOR_USER_ID, networkId, "Vårträff", start, end, "Stadshuset", "", "", new ServiceContext());

		long networkMeetingId = networkMeeting.getNetworkMeetingId();

		assertEquals(
			List.of(
				_row(_COORDINATOR_USER_ID, 0, MeetingNoticeKinds.INVITATION),
				_row(_ANNA_USER_ID, 0, MeetingNoticeKinds.INVITATION),
				_row(_BERTIL_USER_ID, 0, MeetingNoticeKinds.INVITATION)),
			_claimedNotices(networkMeetingId));

		members.addNetworkMember(
			_COORDINATOR_USER_ID, networkId, _CECILIA_USER_ID, NetworkConstants.ROLE_MEMBER, new ServiceContext());

		harness.get(
			MeetingParticipantLocalService.class
		).answerNetworkMeeting(
			_ANNA_USER_ID, networkMeetingId, MeetingParticipantConstants.ANSWER_NOT_COMING
		);

		meetings.updateNetworkMeeting(
			_COORDINATOR_USER_ID, networkMeetingId, "Vårträff", start, end, "Rådhuset",
			"", "");

		// A new title alone raises the sequence to 2 and mails nobody

		meetings.updateNetworkMeeting(
			_COORDINATOR_USER_ID, networkMeetingId, "Vårträffen", start, end, "Rådhuset",
			"", "");

		meetings.cancelNetworkMeeting(networkMeetingId);

		List<String> expected = new ArrayList<>();

		for (long userId : new long[] {_COORDINATOR_USER_ID, _ANNA_USER_ID, _BERTIL_USER_ID}) {
			expected.add(_row(userId, 0, MeetingNoticeKinds.INVITATION));
		}

		expected.add(_row(_CECILIA_USER_ID, 0, MeetingNoticeKinds.INVITATION));

		for (long userId : new long[] {_COORDINATOR_USER_ID, _ANNA_USER_ID, _BERTIL_USER_ID, _CECILIA_USER_ID}) {
			expected.add(_row(userId, 1, MeetingNoticeKinds.CHANGE));
		}

		for (long userId : new long[] {_COORDINATOR_USER_ID, _ANNA_USER_ID, _BERTIL_USER_ID, _CECILIA_USER_ID}) {
			expected.add(_row(userId, 3, MeetingNoticeKinds.CANCELLATION));
		}

		assertEquals(expected, _claimedNotices(networkMeetingId));

		// Two nodes sending every one of these again, at once: nothing goes out twice

		Queue<OutgoingMeetingNotice> sent = new ConcurrentLinkedQueue<>();

		List<MeetingNoticeDispatcher> nodes = List.of(_node(sent), _node(sent));

		List<OutgoingMeetingNotice> again = new ArrayList<>();

		for (long userId : new long[] {_COORDINATOR_USER_ID, _ANNA_USER_ID, _BERTIL_USER_ID, _CECILIA_USER_ID}) {
			again.add(_notice(MeetingNoticeKinds.INVITATION, networkMeetingId, 0, userId));
			again.add(_notice(MeetingNoticeKinds.CHANGE, networkMeetingId, 1, userId));
			again.add(_notice(MeetingNoticeKinds.CANCELLATION, networkMeetingId, 3, userId));
		}

		List<Race.Outcome<Integer>> outcomes = Race.run(2, node -> () -> _sendAll(nodes.get(node), again));

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());
		assertEquals(List.of(), new ArrayList<>(sent));
		assertEquals(expected, _claimedNotices(networkMeetingId));
	}

	@Test
	void threadsClaimingTheSameMeetingNoticeAtOnceLeaveOneRowAndOneWinner() throws Exception {
		MeetingNoticeLocalService meetingNoticeLocalService = harness.get(MeetingNoticeLocalService.class);

		long networkMeetingId = harness.counterLocalService().increment();

		List<Race.Outcome<Boolean>> outcomes = Race.run(
			8,
			thread -> () -> meetingNoticeLocalService.claimMeetingNotice(
				_COMPANY_ID, _GROUP_ID, _ANNA_USER_ID, networkMeetingId, 2, MeetingNoticeKinds.CHANGE));

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());
		assertEquals(1, outcomes.stream().filter(Race.Outcome::result).count(), outcomes.toString());
		assertEquals(List.of(_row(_ANNA_USER_ID, 2, MeetingNoticeKinds.CHANGE)), _claimedNotices(networkMeetingId));
	}

	@Test
	void twoNodesSendingTheSameNewNoticesAtOnceSendEachOnce() throws Exception {
		long networkMeetingId = harness.counterLocalService().increment();

		List<OutgoingMeetingNotice> notices = List.of(
			_notice(MeetingNoticeKinds.INVITATION, networkMeetingId, 0, _ANNA_USER_ID),
			_notice(MeetingNoticeKinds.INVITATION, networkMeetingId, 0, _BERTIL_USER_ID),
			_notice(MeetingNoticeKinds.CHANGE, networkMeetingId, 1, _ANNA_USER_ID),
			_notice(MeetingNoticeKinds.CHANGE, networkMeetingId, 1, _BERTIL_USER_ID));

		Queue<OutgoingMeetingNotice> sent = new ConcurrentLinkedQueue<>();

		List<MeetingNoticeDispatcher> nodes = List.of(_node(sent), _node(sent));

		List<Race.Outcome<Integer>> outcomes = Race.run(2, node -> () -> _sendAll(nodes.get(node), notices));

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());
		assertEquals(4, sent.size(), sent.toString());
		assertTrue(sent.containsAll(notices), sent.toString());
		assertEquals(4, _claimedNotices(networkMeetingId).size());
	}

	private static List<String> _claimedNotices(long networkMeetingId) throws Exception {
		List<String> rows = new ArrayList<>();

		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select userId, sequence, noticeKind from LVInstructor_MeetingNotice where networkMeetingId = ? " +
					"order by sequence, meetingNoticeId")) {

			preparedStatement.setLong(1, networkMeetingId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rows.add(_row(resultSet.getLong(1), resultSet.getInt(2), resultSet.getString(3)));
				}
			}
		}

		return rows;
	}

	private static Date _hoursFromNow(int hours) {
		return new Date(System.currentTimeMillis() + (hours * 3_600_000L));
	}

	/**
	 * A cluster node's dispatcher: its own instance, sharing the database through the bundle's claim service, with
	 * a delivery that records what it sends.
	 */
	private static MeetingNoticeDispatcher _node(Queue<OutgoingMeetingNotice> sent) {
		MeetingNoticeDispatcher meetingNoticeDispatcher = new MeetingNoticeDispatcher();

		Fields.set(
			meetingNoticeDispatcher, "_meetingNoticeLocalService", harness.get(MeetingNoticeLocalService.class));

		try {
			java.lang.reflect.Method method = MeetingNoticeDispatcher.class.getDeclaredMethod(
				"addMeetingNoticeDelivery",
				se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeDelivery.class);

			method.setAccessible(true);
			method.invoke(
				meetingNoticeDispatcher,
				(se.livsviktig.instructor.internal.meeting.notice.MeetingNoticeDelivery)sent::add);
		}
		catch (ReflectiveOperationException reflectiveOperationException) {
			throw new IllegalStateException(reflectiveOperationException);
		}

		return meetingNoticeDispatcher;
	}

	private static OutgoingMeetingNotice _notice(
		String noticeKind, long networkMeetingId, int sequence, long recipientUserId) {

		return new OutgoingMeetingNotice(
			noticeKind, _COMPANY_ID, _GROUP_ID, networkMeetingId, sequence, recipientUserId);
	}

	private static String _row(long userId, int sequence, String noticeKind) {
		return userId + "/" + sequence + "/" + noticeKind;
	}

	private static int _sendAll(MeetingNoticeDispatcher meetingNoticeDispatcher, List<OutgoingMeetingNotice> notices) {
		int sent = 0;

		for (OutgoingMeetingNotice notice : notices) {
			if (meetingNoticeDispatcher.dispatch(notice)) {
				sent++;
			}
		}

		return sent;
	}

	private static final long _ANNA_USER_ID = 301;

	private static final long _BERTIL_USER_ID = 303;

	private static final long _CECILIA_USER_ID = 306;

	private static final long _COMPANY_ID = 20097;

	private static final long _COORDINATOR_USER_ID = 302;

	private static final long _GROUP_ID = 20121;

	private static final long _MHFA = 501;

}
