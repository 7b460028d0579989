package se.livsviktig.survey.test.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.mockito.Mockito.mock;

import com.liferay.portal.kernel.module.util.SystemBundleUtil;
import com.liferay.portal.kernel.search.IndexerRegistry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;

import java.time.ZoneId;

import java.util.Date;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.exception.SurveyDispatchInUseException;
import se.livsviktig.survey.internal.invitation.InvitationMailClaims;
import se.livsviktig.survey.internal.invitation.SentMonth;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.service.SurveyDispatchLocalService;

/**
 * Deleting a dispatch while the invitation job mails its pending invitations, on real PostgreSQL in the local
 * service's real transaction: the job's claim (PENDING to SENT, with the link's new token) commits after the
 * delete checked that nothing was mailed and before it deleted the pending invitations. The mail has gone, so the
 * delete must be refused, and the claimed invitation and its token must survive.
 *
 * <p>
 * The test makes that order certain: the pending invitation has a link from before, and the test holds that
 * link's row lock, which the delete waits for after its check. While it waits, the test makes the job's claim on
 * the same connection (the same conditional update as the job) and commits both.
 * </p>
 *
 * @author Livsviktig
 */
class DeleteWhileMailingIT {

	@RegisterExtension
	static final PersistenceHarness harness = SurveyRows.harness();

	/**
	 * The generated delete methods are @Indexable: the portal's indexing finds no indexer for these models.
	 */
	@BeforeAll
	static void setUpIndexing() {
		SystemBundleUtil.getBundleContext(
		).registerService(
			IndexerRegistry.class, mock(IndexerRegistry.class), null
		);
	}

	@BeforeEach
	void setUp() throws Exception {
		_fixture = new AnsweringFixture(harness);
		_rows = new SurveyRows(harness);

		Survey survey = _fixture.survey(true);

		_surveyDispatchId = _fixture.surveyDispatch(
			survey.getSurveyId()
		).getSurveyDispatchId();

		_surveyInvitationId = _rows.surveyInvitation(
			newInvitation -> {
				newInvitation.setCompanyId(AnsweringFixture.COMPANY_ID);
				newInvitation.setGroupId(AnsweringFixture.GROUP_ID);
				newInvitation.setSurveyDispatchId(_surveyDispatchId);
				newInvitation.setSurveyId(survey.getSurveyId());
				newInvitation.setRegistrationId(_rows.newId());
				newInvitation.setUserId(_rows.newId());
				newInvitation.setMethodId(AnsweringFixture.METHOD_ID);
				newInvitation.setStatus(
					SurveyInvitationConstants.STATUS_PENDING);
				newInvitation.setExpirationDate(
					new Date(System.currentTimeMillis() + 86_400_000L));
			}
		).getSurveyInvitationId();

		_fixture.link(_surveyInvitationId);
	}

	@Test
	void anInvitationTheJobClaimsDuringTheDeleteSurvivesWithItsToken()
		throws Exception {

		SurveyDispatchLocalService surveyDispatchLocalService = harness.get(
			SurveyDispatchLocalService.class);

		Throwable failure;

		try (Connection connection = harness.pooledDataSource(
			).getConnection()) {

			connection.setAutoCommit(false);

			_update(
				connection,
				"select surveyAccessTokenId from LVSurvey_SurveyAccessToken " +
					"where surveyInvitationId = ? for update",
				_surveyInvitationId);

			CompletableFuture<Throwable> delete = CompletableFuture.supplyAsync(
				() -> {
					try {
						surveyDispatchLocalService.deleteSurveyDispatch(
							_surveyDispatchId);

						return null;
					}
					catch (Throwable throwable) {
						return throwable;
					}
				});

			_awaitWaiterOnTheLock(connection, delete);

			// The job's claim and its new link, committed while the delete waits

			Date now = new Date();

			assertEquals(
				1,
				_update(
					connection, InvitationMailClaims.SEND,
					SurveyInvitationConstants.STATUS_SENT,
					new Timestamp(now.getTime()),
					SentMonth.of(
						now.toInstant(), ZoneId.of("Europe/Stockholm")),
					_surveyInvitationId,
					SurveyInvitationConstants.STATUS_PENDING),
				"the job claims the invitation");

			_update(
				connection,
				"insert into LVSurvey_SurveyAccessToken (mvccVersion, " +
					"surveyAccessTokenId, companyId, createDate, " +
						"surveyInvitationId, tokenHash) values (0, ?, ?, ?, " +
							"?, ?)",
				_rows.newId(), AnsweringFixture.COMPANY_ID,
				new Timestamp(now.getTime()), _surveyInvitationId,
				"job-" + _surveyInvitationId);

			connection.commit();

			failure = delete.get(30, TimeUnit.SECONDS);
		}

		assertInstanceOf(
			SurveyDispatchInUseException.class, failure,
			"the delete is refused: the invitation was mailed");

		try (Connection connection = harness.database().connect()) {
			assertEquals(
				1,
				_count(
					connection,
					"select count(*) from LVSurvey_SurveyDispatch where " +
						"surveyDispatchId = ?",
					_surveyDispatchId),
				"the dispatch stays");
			assertEquals(
				1,
				_count(
					connection,
					"select count(*) from LVSurvey_SurveyInvitation where " +
						"surveyInvitationId = ? and status = " +
							SurveyInvitationConstants.STATUS_SENT,
					_surveyInvitationId),
				"the claimed invitation stays, sent");
			assertEquals(
				2,
				_count(
					connection,
					"select count(*) from LVSurvey_SurveyAccessToken where " +
						"surveyInvitationId = ?",
					_surveyInvitationId),
				"the earlier link and the mailed one stay");
		}
	}

	/**
	 * Waits until another connection waits for a lock (PostgreSQL's pg_stat_activity), that is, until the delete
	 * has passed its check; fails if the delete ends first.
	 */
	private static void _awaitWaiterOnTheLock(
			Connection connection, CompletableFuture<?> delete)
		throws Exception {

		long deadline = System.currentTimeMillis() + 10_000;

		while (System.currentTimeMillis() < deadline) {
			if (delete.isDone()) {
				throw new AssertionError(
					"The delete ended before it waited for the link's row " +
						"lock: " + delete.get());
			}

			if (_count(
					connection,
					"select count(*) from pg_stat_activity where " +
						"wait_event_type = 'Lock' and pid <> pg_backend_pid()") >
						0) {

				return;
			}

			Thread.sleep(20);
		}

		throw new AssertionError(
			"The delete never waited for the link's row lock");
	}

	private static int _count(
			Connection connection, String sql, Object... parameters)
		throws Exception {

		try (PreparedStatement preparedStatement = _prepare(
				connection, sql, parameters);
			ResultSet resultSet = preparedStatement.executeQuery()) {

			resultSet.next();

			return resultSet.getInt(1);
		}
	}

	private static PreparedStatement _prepare(
			Connection connection, String sql, Object... parameters)
		throws Exception {

		PreparedStatement preparedStatement = connection.prepareStatement(sql);

		for (int i = 0; i < parameters.length; i++) {
			preparedStatement.setObject(i + 1, parameters[i]);
		}

		return preparedStatement;
	}

	private static int _update(
			Connection connection, String sql, Object... parameters)
		throws Exception {

		try (PreparedStatement preparedStatement = _prepare(
				connection, sql, parameters)) {

			if (preparedStatement.execute()) {
				return -1;
			}

			return preparedStatement.getUpdateCount();
		}
	}

	private AnsweringFixture _fixture;
	private SurveyRows _rows;
	private long _surveyDispatchId;
	private long _surveyInvitationId;

}
