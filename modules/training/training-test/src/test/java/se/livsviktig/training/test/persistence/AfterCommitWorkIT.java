package se.livsviktig.training.test.persistence;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;


import com.liferay.portal.kernel.model.User;
import com.liferay.portal.kernel.service.ServiceContext;
import com.liferay.portal.kernel.service.UserLocalService;
import com.liferay.portal.kernel.transaction.TransactionCommitCallbackUtil;
import com.liferay.portal.kernel.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.CourseSession;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.RegistrationLocalService;
import se.livsviktig.training.service.persistence.CourseSessionPersistence;

/**
 * Work a service defers with TransactionCommitCallbackUtil (notice claims and deliveries) runs after its
 * transaction commits, as in the portal, whose start-up hands the kernel the commit-callback listener: not
 * inside the transaction, where it would hold the session's row lock and send for a call that may still roll
 * back. Whether a row is committed is read over plain JDBC on a connection of its own.
 *
 * @author Livsviktig
 */
class AfterCommitWorkIT {

	@RegisterExtension
	static final PersistenceHarness harness = TrainingRows.harness();

	@BeforeEach
	void setUp() throws Exception {
		_user = OneUserCompany.stand(harness, _COMPANY_ID, "Anna Andersson");
	}

	@Test
	void aCallbackRegisteredInATransactionRunsOnceItCommittedAndSeesTheRow()
		throws Exception {

		CommittedRowWatcher committedRowWatcher = new CommittedRowWatcher();

		SessionWriter sessionWriter = harness.aopProxy(
			SessionWriter.class,
			new CallbackRegisteringSessionWriter(committedRowWatcher, false));

		long courseSessionId = _rows.newId();

		sessionWriter.addSession(courseSessionId);

		assertAll(
			() -> assertFalse(
				committedRowWatcher.ranBeforeTheMethodReturned,
				"the callback ran inside the transaction"),
			() -> assertEquals(
				List.of(1), committedRowWatcher.committedRowsSeen,
				"sessions committed, as the callback saw them"));
	}

	@Test
	void aCallbackOfATransactionThatRollsBackNeverRuns() throws Exception {
		CommittedRowWatcher committedRowWatcher = new CommittedRowWatcher();

		SessionWriter sessionWriter = harness.aopProxy(
			SessionWriter.class,
			new CallbackRegisteringSessionWriter(committedRowWatcher, true));

		long courseSessionId = _rows.newId();

		assertThrows(
			IllegalStateException.class,
			() -> sessionWriter.addSession(courseSessionId));

		assertAll(
			() -> assertEquals(
				List.of(), committedRowWatcher.committedRowsSeen,
				"callback runs"),
			() -> assertEquals(0, _committedSessions(courseSessionId)));
	}

	/**
	 * A delivery's first step is to look the recipient up (EmailNoticeDelivery, NoticeContentFactory), and the
	 * claim, in a transaction of its own, comes before it. So every recipient lookup made once the notice is
	 * claimed is a delivery's, and each must find the registration committed. Inside the transaction the
	 * lookups would see the claim (it commits on its own) but not the registration. What a delivery does after
	 * the lookup is not asserted here: the bell and the e-mail are checked by their own unit tests and T5.
	 */
	@Test
	void theConfirmationIsClaimedAndHandedToTheDeliveriesOnlyOnceTheRegistrationIsCommitted()
		throws Exception {

		CourseSession courseSession = _session();

		List<String> lookupsAfterTheClaim = new ArrayList<>();

		when(
			harness.portalService(
				UserLocalService.class
			).getUser(
				anyLong()
			)
		).thenAnswer(
			invocation -> {
				if (_committedNotices(courseSession) > 0) {
					lookupsAfterTheClaim.add(
						_committedRegistrations(courseSession) +
							" registration committed");
				}

				return _user;
			}
		);

		_register(courseSession);

		assertAll(
			() -> assertEquals(1, _committedNotices(courseSession)),
			() -> assertFalse(
				lookupsAfterTheClaim.isEmpty(),
				"no delivery looked the recipient up"),
			() -> assertTrue(
				lookupsAfterTheClaim.stream(
				).allMatch(
					"1 registration committed"::equals
				),
				lookupsAfterTheClaim::toString));
	}

	@Test
	void aRegistrationThatRollsBackClaimsNothing() throws Exception {
		CourseSession courseSession = _session();

		assertThrows(
			IllegalStateException.class,
			() -> harness.runInTransaction(
				() -> {
					_register(courseSession);

					throw new IllegalStateException(
						"the caller's transaction fails after registering");
				}));

		assertAll(
			() -> assertEquals(0, _committedRegistrations(courseSession)),
			() -> assertEquals(0, _committedNotices(courseSession)));
	}

	/**
	 * What a local service method looks like that defers work until its transaction commits.
	 */
	public interface SessionWriter {

		@Transactional(rollbackFor = Exception.class)
		void addSession(long courseSessionId);

	}

	private static int _committedNotices(CourseSession courseSession)
		throws SQLException {

		return _count(
			"select count(*) from LVTraining_TrainingNotice where " +
				"courseSessionId = ?",
			courseSession.getCourseSessionId());
	}

	private static int _committedRegistrations(CourseSession courseSession)
		throws SQLException {

		return _count(
			"select count(*) from LVTraining_Registration where " +
				"courseSessionId = ?",
			courseSession.getCourseSessionId());
	}

	private static int _committedSessions(long courseSessionId)
		throws SQLException {

		return _count(
			"select count(*) from LVTraining_CourseSession where " +
				"courseSessionId = ?",
			courseSessionId);
	}

	private static int _count(String sql, long id) throws SQLException {
		try (Connection connection = harness.database().connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			preparedStatement.setLong(1, id);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				return resultSet.getInt(1);
			}
		}
	}

	private static Date _days(int days) {
		return new Date(System.currentTimeMillis() + (days * 86_400_000L));
	}

	private void _register(CourseSession courseSession) throws Exception {
		harness.get(
			RegistrationLocalService.class
		).addRegistration(
			_rows.newId(), courseSession.getCourseSessionId(), 0, null, null,
			new ServiceContext()
		);
	}

	private CourseSession _session() throws Exception {
		TrainingMethod trainingMethod = _rows.trainingMethod(
			method -> method.setCompanyId(_COMPANY_ID));

		return _rows.courseSession(
			courseSession -> {
				courseSession.setCompanyId(_COMPANY_ID);
				courseSession.setGroupId(_rows.newId());
				courseSession.setCourseId(_rows.newId());
				courseSession.setTrainingMethodId(
					trainingMethod.getTrainingMethodId());
				courseSession.setStatus(
					CourseSessionConstants.STATUS_PUBLISHED);
				courseSession.setSeats(5);
				courseSession.setStartDate(_days(14));
				courseSession.setEndDate(_days(15));
			});
	}

	private static final long _COMPANY_ID = 20_097;

	private final TrainingRows _rows = new TrainingRows(harness);
	private User _user;

	private static class CallbackRegisteringSessionWriter
		implements SessionWriter {

		@Override
		public void addSession(long courseSessionId) {
			CourseSessionPersistence courseSessionPersistence = harness.get(
				CourseSessionPersistence.class);

			CourseSession courseSession = courseSessionPersistence.create(
				courseSessionId);

			courseSession.setGroupId(_GROUP_ID);

			courseSessionPersistence.update(courseSession);

			TransactionCommitCallbackUtil.registerCallback(
				() -> {
					_committedRowWatcher.committedRowsSeen.add(
						_committedSessions(courseSessionId));

					return null;
				});

			_committedRowWatcher.ranBeforeTheMethodReturned =
				!_committedRowWatcher.committedRowsSeen.isEmpty();

			if (_failAfterRegistering) {
				throw new IllegalStateException(
					"fails after registering the callback");
			}
		}

		private CallbackRegisteringSessionWriter(
			CommittedRowWatcher committedRowWatcher,
			boolean failAfterRegistering) {

			_committedRowWatcher = committedRowWatcher;
			_failAfterRegistering = failAfterRegistering;
		}

		private static final long _GROUP_ID = 20_121;

		private final CommittedRowWatcher _committedRowWatcher;
		private final boolean _failAfterRegistering;

	}

	private static class CommittedRowWatcher {

		private final List<Integer> committedRowsSeen = new ArrayList<>();
		private boolean ranBeforeTheMethodReturned;

	}

}
