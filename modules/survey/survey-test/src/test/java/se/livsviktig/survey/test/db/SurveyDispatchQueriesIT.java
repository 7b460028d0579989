package se.livsviktig.survey.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.liferay.petra.sql.dsl.query.DSLQuery;
import com.liferay.petra.sql.dsl.spi.ast.DefaultASTNodeListener;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.internal.dispatch.DispatchProgressQuery;
import se.livsviktig.survey.internal.invitation.InvitationsDueQuery;
import se.livsviktig.survey.model.DispatchProgress;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The dispatch's statements on PostgreSQL and MariaDB, as the SQL the portal's Hibernate session makes of the DSL
 * queries: a dispatch's progress from one GROUP BY, and the invitations the job mails next (pending ones, and
 * those due a reminder), each row that must not be read differing from a read one in one thing only.
 *
 * @author Livsviktig
 */
class SurveyDispatchQueriesIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVSurveyPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void progressCountsTheMailedInvitationsOfTheDispatchByOutcome(
			Vendor vendor)
		throws SQLException {

		TestDatabase testDatabase = databases.get(vendor);
		long surveyDispatchId = _ids.incrementAndGet();

		_invitation(testDatabase, surveyDispatchId, _PENDING, 0, null, null);
		_invitation(testDatabase, surveyDispatchId, _SENT, 0, _NOW, null);
		_invitation(testDatabase, surveyDispatchId, _SENT, 1, _NOW, _NOW);
		_invitation(testDatabase, surveyDispatchId, _SENT, 2, _NOW, _NOW);
		_invitation(
			testDatabase, surveyDispatchId,
			SurveyInvitationConstants.STATUS_ANSWERED, 0, _NOW, null);
		_invitation(
			testDatabase, surveyDispatchId,
			SurveyInvitationConstants.STATUS_ANSWERED, 1, _NOW, _NOW);
		_invitation(
			testDatabase, surveyDispatchId,
			SurveyInvitationConstants.STATUS_OPTED_OUT, 0, _NOW, null);
		_invitation(
			testDatabase, _ids.incrementAndGet(), _SENT, 1, _NOW, _NOW);

		List<Object[]> rows = _select(
			vendor, testDatabase,
			new DispatchProgressQuery(
				surveyDispatchId
			).select(),
			3);

		assertEquals(
			new DispatchProgress(6, 2, 3, 1),
			DispatchProgressQuery.toDispatchProgress(rows));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theJobReadsPendingInvitationsAndThoseDueAReminderInIdOrder(
			Vendor vendor)
		throws SQLException {

		TestDatabase testDatabase = databases.get(vendor);
		long surveyDispatchId = _ids.incrementAndGet();

		Date aWeekAgo = _days(-7);
		Date sixDaysAgo = _days(-6);

		long pending = _invitation(
			testDatabase, surveyDispatchId, _PENDING, 0, null, null);
		_invitation(
			testDatabase, surveyDispatchId, _PENDING, 0, null, null, _NOW);
		long sentAWeekAgo = _invitation(
			testDatabase, surveyDispatchId, _SENT, 0, aWeekAgo, null);
		long remindedAWeekAgo = _invitation(
			testDatabase, surveyDispatchId, _SENT, 1, _days(-14), aWeekAgo);

		_invitation(testDatabase, surveyDispatchId, _SENT, 0, sixDaysAgo, null);
		_invitation(
			testDatabase, surveyDispatchId, _SENT, 1, _days(-14), sixDaysAgo);
		_invitation(testDatabase, surveyDispatchId, _SENT, 2, _days(-30), aWeekAgo);
		_invitation(
			testDatabase, surveyDispatchId,
			SurveyInvitationConstants.STATUS_ANSWERED, 0, aWeekAgo, null);
		_invitation(
			testDatabase, surveyDispatchId,
			SurveyInvitationConstants.STATUS_OPTED_OUT, 0, aWeekAgo, null);
		_invitation(
			testDatabase, surveyDispatchId, _SENT, 0, aWeekAgo, null, _NOW);
		_invitation(testDatabase, _ids.incrementAndGet(), _SENT, 0, aWeekAgo, null);

		InvitationsDueQuery invitationsDueQuery = new InvitationsDueQuery(
			surveyDispatchId);

		assertEquals(
			List.of(pending),
			_ids(
				_select(
					vendor, testDatabase,
					invitationsDueQuery.selectPending(_NOW, 0, 50), 2)));
		assertEquals(
			List.of(),
			_ids(
				_select(
					vendor, testDatabase,
					invitationsDueQuery.selectPending(_NOW, pending, 50), 2)));
		assertEquals(
			List.of(sentAWeekAgo, remindedAWeekAgo),
			_ids(
				_select(
					vendor, testDatabase,
					invitationsDueQuery.selectReminderCandidates(
						2, aWeekAgo, _NOW, 0, 50),
					2)));
		assertEquals(
			List.of(remindedAWeekAgo),
			_ids(
				_select(
					vendor, testDatabase,
					invitationsDueQuery.selectReminderCandidates(
						2, aWeekAgo, _NOW, sentAWeekAgo, 50),
					2)));
	}

	private static Date _days(int days) {
		return new Date(_NOW.getTime() + (days * 86_400_000L));
	}

	private static List<Long> _ids(List<Object[]> rows) {
		List<Long> ids = new ArrayList<>();

		for (Object[] row : rows) {
			ids.add(((Number)row[0]).longValue());
		}

		return ids;
	}

	private static long _invitation(
			TestDatabase testDatabase, long surveyDispatchId, int status,
			int reminderCount, Date sentDate, Date lastReminderDate)
		throws SQLException {

		return _invitation(
			testDatabase, surveyDispatchId, status, reminderCount, sentDate,
			lastReminderDate, _days(30));
	}

	private static long _invitation(
			TestDatabase testDatabase, long surveyDispatchId, int status,
			int reminderCount, Date sentDate, Date lastReminderDate,
			Date expirationDate)
		throws SQLException {

		long surveyInvitationId = _ids.incrementAndGet();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				"insert into LVSurvey_SurveyInvitation (mvccVersion, " +
					"surveyInvitationId, companyId, surveyDispatchId, " +
						"registrationId, status, reminderCount, sentDate, " +
							"lastReminderDate, expirationDate) values (0, ?, " +
								"?, ?, ?, ?, ?, ?, ?, ?)")) {

			preparedStatement.setLong(1, surveyInvitationId);
			preparedStatement.setLong(2, 20097);
			preparedStatement.setLong(3, surveyDispatchId);
			preparedStatement.setLong(4, surveyInvitationId);
			preparedStatement.setInt(5, status);
			preparedStatement.setInt(6, reminderCount);
			preparedStatement.setTimestamp(7, _timestamp(sentDate));
			preparedStatement.setTimestamp(8, _timestamp(lastReminderDate));
			preparedStatement.setTimestamp(9, _timestamp(expirationDate));

			preparedStatement.executeUpdate();
		}

		return surveyInvitationId;
	}

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer. A page's size is the portal's Hibernate
	 * session's limit, not in the SQL: the persistence tier runs the job's pages.
	 */
	private static List<Object[]> _select(
			Vendor vendor, TestDatabase testDatabase, DSLQuery dslQuery,
			int columns)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor, dslQuery.toSQL(defaultASTNodeListener));

		List<Object[]> rows = new ArrayList<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			List<Object> values = defaultASTNodeListener.getScalarValues();

			for (int i = 0; i < values.size(); i++) {
				Object value = values.get(i);

				if (value instanceof Date) {
					preparedStatement.setTimestamp(
						i + 1, new Timestamp(((Date)value).getTime()));
				}
				else {
					preparedStatement.setObject(i + 1, value);
				}
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					Object[] row = new Object[columns];

					for (int i = 0; i < columns; i++) {
						row[i] = resultSet.getObject(i + 1);
					}

					rows.add(row);
				}
			}
		}

		return rows;
	}

	private static Timestamp _timestamp(Date date) {
		if (date == null) {
			return null;
		}

		return new Timestamp(date.getTime());
	}

	/**
	 * 2030-03-17, a whole second: both databases keep it exactly.
	 */
	private static final Date _NOW = new Date(1_900_000_000_000L);

	private static final int _PENDING =
		SurveyInvitationConstants.STATUS_PENDING;

	private static final int _SENT = SurveyInvitationConstants.STATUS_SENT;

	private static final AtomicLong _ids = new AtomicLong(700_000);

}
