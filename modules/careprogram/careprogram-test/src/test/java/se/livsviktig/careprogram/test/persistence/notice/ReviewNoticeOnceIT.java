package se.livsviktig.careprogram.test.persistence.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;
import com.liferay.portal.kernel.service.UserLocalService;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.careprogram.constants.ReviewNoticeConstants;
import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.service.CareProgramLocalService;
import se.livsviktig.careprogram.service.ContentReviewLocalService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.careprogram.service.ReviewNoticeLocalService;
import se.livsviktig.careprogram.service.internal.notice.ReviewReminders;
import se.livsviktig.careprogram.service.internal.owner.OwnerDepartureModelListener;
import se.livsviktig.careprogram.service.internal.owner.OwnerDepartures;
import se.livsviktig.careprogram.service.persistence.CareProgramPersistence;
import se.livsviktig.careprogram.service.persistence.LocalRoutinePersistence;
import se.livsviktig.careprogram.service.persistence.impl.constants.LVCareProgramPersistenceConstants;
import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.platform.persistence.harness.Race;
import se.livsviktig.platform.test.support.Fields;

/**
 * Review notices are sent once on real PostgreSQL, through the portal's transactions: threads claiming the same
 * notice at the same moment leave one row and one winner, and two nodes running the reminder job at once (each with
 * its own components, sharing the database) send each owner and programme owner each notice once; a later run
 * sends nothing. An owner who leaves: the programme's owner is told after the deactivation commits (nothing if it
 * rolls back), and the job, run after it or at the same time, does not tell them again.
 *
 * @author Livsviktig
 */
class ReviewNoticeOnceIT {

	@RegisterExtension
	static final PersistenceHarness harness = PersistenceHarness.forServiceBundle(
		LVCareProgramPersistenceConstants.class);

	/**
	 * An owner's departure updates their routines through the local service, whose generated update is @Indexable:
	 * the portal's indexing finds no indexer for these models. Registered here too, so this class does not rely on
	 * another having run before it in the same JVM.
	 */
	@BeforeAll
	static void setUpIndexing() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
	}

	@Test
	void threadsClaimingTheSameNoticeAtOnceLeaveOneRowAndOneWinner() throws Exception {
		ReviewNoticeLocalService reviewNoticeLocalService = harness.get(ReviewNoticeLocalService.class);

		long localRoutineId = harness.counterLocalService().increment();

		List<Race.Outcome<Boolean>> outcomes = Race.run(
			8,
			thread -> () -> reviewNoticeLocalService.claimReviewNotice(
				_RACE_COMPANY_ID, _PROGRAM_ID, localRoutineId, _OWNER_ID, ReviewNoticeConstants.KIND_DUE,
				"2027-03-01"));

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());
		assertEquals(1, outcomes.stream().filter(Race.Outcome::result).count(), outcomes.toString());
		assertEquals(1, _countNotices(localRoutineId, ReviewNoticeConstants.KIND_DUE));
		assertTrue(
			reviewNoticeLocalService.hasReviewNotice(
				localRoutineId, _PROGRAM_ID, _OWNER_ID, ReviewNoticeConstants.KIND_DUE, "2027-03-01"));
	}

	@Test
	void twoNodesRunningTheReminderJobAtOnceSendEachNoticeOnce() throws Exception {
		long programId = _addCareProgram(_NOW.plus(Duration.ofDays(300)));

		long dueToday = _addLocalRoutine(programId, _OWNER_ID, _NOW.plus(Duration.ofHours(2)), null);
		long fiveWeeksLate = _addLocalRoutine(programId, _OWNER_ID, _NOW.minus(Duration.ofDays(35)), null);
		long ownerless = _addLocalRoutine(programId, 0, _NOW.plus(Duration.ofDays(200)), _NOW.minus(Duration.ofDays(1)));
		long farAhead = _addLocalRoutine(programId, _OWNER_ID, _NOW.plus(Duration.ofDays(200)), null);

		Queue<String> sent = new ConcurrentLinkedQueue<>();

		List<ReviewReminders> nodes = List.of(_reminderJob(sent), _reminderJob(sent));

		List<Race.Outcome<Integer>> outcomes = Race.run(2, node -> nodes.get(node)::sendDue);

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());

		List<String> sentSorted = new ArrayList<>(sent);

		sentSorted.sort(null);

		List<String> expected = new ArrayList<>(
			List.of(
				dueToday + "/DUE/" + _OWNER_ID, fiveWeeksLate + "/OVERDUE_WEEKLY/" + _OWNER_ID,
				fiveWeeksLate + "/ESCALATED/" + _PROGRAM_OWNER_ID, ownerless + "/OWNERLESS/" + _PROGRAM_OWNER_ID));

		expected.sort(null);

		assertEquals(expected, sentSorted);

		assertEquals(1, _countNotices(dueToday, ReviewNoticeConstants.KIND_DUE));
		assertEquals(1, _countNotices(fiveWeeksLate, ReviewNoticeConstants.KIND_OVERDUE_WEEKLY));
		assertEquals(1, _countNotices(fiveWeeksLate, ReviewNoticeConstants.KIND_ESCALATED));
		assertEquals(1, _countNotices(ownerless, ReviewNoticeConstants.KIND_OWNERLESS));
		assertEquals(0, _countNotices(farAhead, ReviewNoticeConstants.KIND_DUE_SOON));

		assertEquals(0, _reminderJob(sent).sendDue());
		assertEquals(4, sent.size());
	}

	@Test
	void theProgrammesOwnerIsToldWhenTheOwnerGoesAndTheJobDoesNotTellAgain() throws Exception {
		long leavingOwnerId = 30011;
		long routine = _addRoutineOwnedBy(leavingOwnerId);

		Queue<String> sent = new ConcurrentLinkedQueue<>();

		OwnerDepartureModelListener listener = _ownerDepartureListener(sent);

		harness.runInTransaction(
			() -> {
				_deactivate(listener, leavingOwnerId);

				assertEquals(List.of(), new ArrayList<>(sent), "nothing is sent before the deactivation commits");
			});

		assertEquals(List.of(routine + "/OWNERLESS/" + _PROGRAM_OWNER_ID), new ArrayList<>(sent));

		_reminderJob(sent, leavingOwnerId).sendDue();

		assertEquals(List.of(routine + "/OWNERLESS/" + _PROGRAM_OWNER_ID), _sentAbout(routine, sent));
		assertEquals(1, _countNotices(routine, ReviewNoticeConstants.KIND_OWNERLESS));
	}

	@Test
	void aDeactivationThatRollsBackTellsNobody() throws Exception {
		long leavingOwnerId = 30012;
		long routine = _addRoutineOwnedBy(leavingOwnerId);

		Queue<String> sent = new ConcurrentLinkedQueue<>();

		OwnerDepartureModelListener listener = _ownerDepartureListener(sent);

		assertThrows(
			IllegalStateException.class,
			() -> harness.runInTransaction(
				() -> {
					_deactivate(listener, leavingOwnerId);

					throw new IllegalStateException("The deactivation fails after the listener ran");
				}));

		assertEquals(List.of(), new ArrayList<>(sent));
		assertEquals(0, _countNotices(routine, ReviewNoticeConstants.KIND_OWNERLESS));
	}

	@Test
	void theListenerAndTheJobAtOnceTellTheProgrammesOwnerOnce() throws Exception {
		long leavingOwnerId = 30013;
		long routine = _addRoutineOwnedBy(leavingOwnerId);

		Queue<String> sent = new ConcurrentLinkedQueue<>();

		OwnerDepartureModelListener listener = _ownerDepartureListener(sent);
		ReviewReminders reminderJob = _reminderJob(sent, leavingOwnerId);

		List<Race.Outcome<Integer>> outcomes = Race.<Integer>run(
			2,
			thread -> (thread == 0) ? () -> harness.inTransaction(
				() -> {
					_deactivate(listener, leavingOwnerId);

					return 0;
				}) : reminderJob::sendDue);

		assertTrue(outcomes.stream().allMatch(Race.Outcome::succeeded), outcomes.toString());

		// Whichever ran second, the job finds the spell's notice claimed, or still sees the owner (before the commit)

		_reminderJob(sent, leavingOwnerId).sendDue();

		assertEquals(List.of(routine + "/OWNERLESS/" + _PROGRAM_OWNER_ID), _sentAbout(routine, sent));
		assertEquals(1, _countNotices(routine, ReviewNoticeConstants.KIND_OWNERLESS));
	}

	private static long _addCareProgram(Instant nextReviewDate) throws Exception {
		CareProgramPersistence careProgramPersistence = harness.get(CareProgramPersistence.class);

		long careProgramId = harness.counterLocalService().increment();

		harness.runInTransaction(
			() -> {
				CareProgram careProgram = careProgramPersistence.create(careProgramId);

				careProgram.setCompanyId(_COMPANY_ID);
				careProgram.setGroupId(_GROUP_ID);
				careProgram.setTitle("Självskadebeteende");
				careProgram.setOwnerUserId(_PROGRAM_OWNER_ID);
				careProgram.setReviewIntervalMonths(12);
				careProgram.setNextReviewDate(Date.from(nextReviewDate));

				careProgramPersistence.update(careProgram);
			});

		return careProgramId;
	}

	private static long _addLocalRoutine(
			long careProgramId, long ownerUserId, Instant nextReviewDate, Instant ownerlessSince)
		throws Exception {

		LocalRoutinePersistence localRoutinePersistence = harness.get(LocalRoutinePersistence.class);

		long localRoutineId = harness.counterLocalService().increment();

		harness.runInTransaction(
			() -> {
				LocalRoutine localRoutine = localRoutinePersistence.create(localRoutineId);

				localRoutine.setCompanyId(_COMPANY_ID);
				localRoutine.setGroupId(_GROUP_ID);
				localRoutine.setCareProgramId(careProgramId);

				// An administration each: one routine per programme and administration

				localRoutine.setOrganizationId(localRoutineId);
				localRoutine.setOwnerUserId(ownerUserId);
				localRoutine.setReviewIntervalMonths(12);
				localRoutine.setNextReviewDate(Date.from(nextReviewDate));

				if (ownerlessSince != null) {
					localRoutine.setOwnerlessSince(Date.from(ownerlessSince));
				}

				localRoutinePersistence.update(localRoutine);
			});

		return localRoutineId;
	}

	/**
	 * A routine, of a programme of its own, owned by the given person and due far ahead: no other notice is due.
	 */
	private static long _addRoutineOwnedBy(long ownerUserId) throws Exception {
		return _addLocalRoutine(
			_addCareProgram(_NOW.plus(Duration.ofDays(300))), ownerUserId, _NOW.plus(Duration.ofDays(200)), null);
	}

	private static long _countNotices(long localRoutineId, int noticeKind) throws Exception {
		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"select count(*) from LVCareProgram_ReviewNotice where localRoutineId = ? and noticeKind = ?")) {

			preparedStatement.setLong(1, localRoutineId);
			preparedStatement.setInt(2, noticeKind);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getLong(1);
			}
		}
	}

	private static void _deactivate(OwnerDepartureModelListener listener, long userId) {
		listener.onAfterUpdate(_user(userId, true), _user(userId, false));
	}

	/**
	 * The owner-leaves listener as one node has it: the real OwnerDepartures on the bundle's services, its notices
	 * through this node's dispatcher; the programme's owner is active.
	 */
	private static OwnerDepartureModelListener _ownerDepartureListener(Queue<String> sent) {
		OwnerDepartures ownerDepartures = new OwnerDepartures();

		UserLocalService userLocalService = mock(UserLocalService.class);

		User programOwner = _user(_PROGRAM_OWNER_ID, true);

		when(userLocalService.fetchUser(_PROGRAM_OWNER_ID)).thenReturn(programOwner);

		Fields.set(ownerDepartures, "_careProgramLocalService", harness.get(CareProgramLocalService.class));
		Fields.set(ownerDepartures, "_contentReviewLocalService", harness.get(ContentReviewLocalService.class));
		Fields.set(ownerDepartures, "_counterLocalService", harness.counterLocalService());
		Fields.set(ownerDepartures, "_localRoutineLocalService", harness.get(LocalRoutineLocalService.class));
		Fields.set(ownerDepartures, "_reviewNoticeDispatcher", ReviewReminderNodes.dispatcher(harness, sent));
		Fields.set(ownerDepartures, "_userLocalService", userLocalService);

		OwnerDepartureModelListener listener = new OwnerDepartureModelListener();

		Fields.set(listener, "_ownerDepartures", ownerDepartures);

		return listener;
	}

	/**
	 * The job with the leaving owner's account inactive and everyone else's active.
	 */
	private static ReviewReminders _reminderJob(Queue<String> sent, long inactiveUserId) throws Exception {
		UserLocalService userLocalService = mock(UserLocalService.class);

		User activeUser = _user(_PROGRAM_OWNER_ID, true);

		when(userLocalService.fetchUser(anyLong())).thenReturn(activeUser);

		User inactiveUser = _user(inactiveUserId, false);

		when(userLocalService.fetchUser(inactiveUserId)).thenReturn(inactiveUser);

		return ReviewReminderNodes.reminderJob(harness, sent, _COMPANY_ID, _NOW, userLocalService);
	}

	private static List<String> _sentAbout(long localRoutineId, Queue<String> sent) {
		List<String> sentAbout = new ArrayList<>();

		for (String notice : sent) {
			if (notice.startsWith(localRoutineId + "/")) {
				sentAbout.add(notice);
			}
		}

		return sentAbout;
	}

	private static User _user(long userId, boolean active) {
		User user = mock(User.class);

		when(user.getUserId()).thenReturn(userId);
		when(user.getCompanyId()).thenReturn(_COMPANY_ID);
		when(user.getFullName()).thenReturn("Olle Ägare");
		when(user.isActive()).thenReturn(active);

		return user;
	}

	/**
	 * The job as one cluster node has it (ReviewReminderNodes), every user active.
	 */
	private static ReviewReminders _reminderJob(Queue<String> sent) throws Exception {
		User activeUser = mock(User.class);

		when(activeUser.isActive()).thenReturn(true);

		UserLocalService userLocalService = mock(UserLocalService.class);

		when(userLocalService.fetchUser(anyLong())).thenReturn(activeUser);

		return ReviewReminderNodes.reminderJob(harness, sent, _COMPANY_ID, _NOW, userLocalService);
	}

	private static final long _COMPANY_ID = 20197;

	private static final long _GROUP_ID = 20221;

	private static final Instant _NOW = Instant.parse("2027-03-01T08:00:00Z");

	private static final long _OWNER_ID = 30001;

	private static final long _PROGRAM_ID = 40001;

	private static final long _PROGRAM_OWNER_ID = 30002;

	private static final long _RACE_COMPANY_ID = 20198;

}
