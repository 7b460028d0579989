package se.livsviktig.survey.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.time.Instant;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.survey.service.internal.response.InvitationStatusChanges;
import se.livsviktig.survey.service.internal.retention.SurveyRetention;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The answering app's own statements on PostgreSQL and MariaDB, through Liferay's SQL transformer: the two retention
 * statements change only the company's rows older than the cutoff, and nothing on a second run; the guarded move out
 * of "sent" changes the invitation once, raising its version, and reports 0 the second time.
 *
 * @author Livsviktig
 */
class AnsweringStatementsIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVSurveyPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void retentionChangesTheCompanysOldRowsOnceAndNothingElse(Vendor vendor)
		throws SQLException {

		TestDatabase testDatabase = databases.get(vendor);

		long companyId = _nextId();
		long otherCompanyId = _nextId();

		Timestamp cutoff = Timestamp.from(Instant.parse("2024-12-06T00:00:00Z"));

		try (Connection connection = testDatabase.connect()) {
			long old = _response(
				connection, companyId, "2024-12-05T00:00:00Z", 5);
			long onTheCutoff = _response(
				connection, companyId, "2024-12-06T00:00:00Z", 6);
			long otherCompanys = _response(
				connection, otherCompanyId, "2020-01-01T00:00:00Z", 7);

			assertEquals(1, _deleteFreeText(vendor, connection, companyId, cutoff));
			assertEquals(1, _removePerson(vendor, connection, companyId, cutoff));

			assertEquals(0, _deleteFreeText(vendor, connection, companyId, cutoff));
			assertEquals(0, _removePerson(vendor, connection, companyId, cutoff));

			assertEquals(List.of("user 0", "3"), _state(connection, old));
			assertEquals(
				List.of("user 6", "3", "free text"),
				_state(connection, onTheCutoff));
			assertEquals(
				List.of("user 7", "3", "free text"),
				_state(connection, otherCompanys));
		}
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void anInvitationLeavesSentOnce(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		long surveyInvitationId = _nextId();

		String leaveSent = CustomSql.transform(
			vendor, InvitationStatusChanges.LEAVE_SENT_SQL);

		try (Connection connection = testDatabase.connect()) {
			_execute(
				connection,
				"insert into LVSurvey_SurveyInvitation (mvccVersion, " +
					"surveyInvitationId, companyId, status) values (4, ?, " +
						"1, 1)",
				surveyInvitationId);

			assertEquals(1, _leaveSent(connection, leaveSent, surveyInvitationId));
			assertEquals(0, _leaveSent(connection, leaveSent, surveyInvitationId));

			try (PreparedStatement preparedStatement =
					connection.prepareStatement(
						"select status, mvccVersion from " +
							"LVSurvey_SurveyInvitation where " +
								"surveyInvitationId = ?")) {

				preparedStatement.setLong(1, surveyInvitationId);

				try (ResultSet resultSet = preparedStatement.executeQuery()) {
					resultSet.next();

					assertEquals(2, resultSet.getInt(1));
					assertEquals(5, resultSet.getLong(2));
				}
			}
		}
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private int _deleteFreeText(
			Vendor vendor, Connection connection, long companyId,
			Timestamp cutoff)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				CustomSql.transform(
					vendor, SurveyRetention.DELETE_FREE_TEXT_SQL))) {

			preparedStatement.setLong(1, companyId);
			preparedStatement.setLong(2, companyId);
			preparedStatement.setTimestamp(3, cutoff);

			return preparedStatement.executeUpdate();
		}
	}

	private void _execute(Connection connection, String sql, Object... values)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			for (int i = 0; i < values.length; i++) {
				preparedStatement.setObject(i + 1, values[i]);
			}

			preparedStatement.executeUpdate();
		}
	}

	private int _leaveSent(
			Connection connection, String leaveSent, long surveyInvitationId)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				leaveSent)) {

			preparedStatement.setInt(1, 2);
			preparedStatement.setLong(2, surveyInvitationId);
			preparedStatement.setInt(3, 1);

			return preparedStatement.executeUpdate();
		}
	}

	private int _removePerson(
			Vendor vendor, Connection connection, long companyId,
			Timestamp cutoff)
		throws SQLException {

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				CustomSql.transform(vendor, SurveyRetention.REMOVE_PERSON_SQL))) {

			preparedStatement.setLong(1, companyId);
			preparedStatement.setTimestamp(2, cutoff);

			return preparedStatement.executeUpdate();
		}
	}

	/**
	 * A response of the day with a Likert answer (3) and a free-text answer.
	 */
	private long _response(
			Connection connection, long companyId, String responseDay,
			long userId)
		throws SQLException {

		long surveyResponseId = _nextId();

		_execute(
			connection,
			"insert into LVSurvey_SurveyResponse (mvccVersion, " +
				"surveyResponseId, companyId, responseDay, userId) values " +
					"(0, ?, ?, ?, ?)",
			surveyResponseId, companyId,
			Timestamp.from(Instant.parse(responseDay)), userId);
		_execute(
			connection,
			"insert into LVSurvey_SurveyAnswer (mvccVersion, surveyAnswerId, " +
				"companyId, surveyResponseId, numericValue) values (0, ?, ?, " +
					"?, 3)",
			_nextId(), companyId, surveyResponseId);
		_execute(
			connection,
			"insert into LVSurvey_SurveyAnswer (mvccVersion, surveyAnswerId, " +
				"companyId, surveyResponseId, numericValue, textValue) " +
					"values (0, ?, ?, ?, 0, 'free text')",
			_nextId(), companyId, surveyResponseId);

		return surveyResponseId;
	}

	/**
	 * "user N", then the response's answers: the numeric ones, then the free texts.
	 */
	private List<String> _state(Connection connection, long surveyResponseId)
		throws SQLException {

		List<String> state = new ArrayList<>();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"select userId from LVSurvey_SurveyResponse where " +
					"surveyResponseId = ?")) {

			preparedStatement.setLong(1, surveyResponseId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				resultSet.next();

				state.add("user " + resultSet.getLong(1));
			}
		}

		List<String> answers = new ArrayList<>();

		try (PreparedStatement preparedStatement = connection.prepareStatement(
				"select numericValue, textValue from LVSurvey_SurveyAnswer " +
					"where surveyResponseId = ?")) {

			preparedStatement.setLong(1, surveyResponseId);

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					String textValue = resultSet.getString(2);

					answers.add(
						(textValue == null) ?
							String.valueOf(resultSet.getInt(1)) : textValue);
				}
			}
		}

		// The databases order rows (and nulls) differently; digits sort before letters

		answers.sort(null);

		state.addAll(answers);

		return state;
	}

	private static final AtomicLong _ids = new AtomicLong(
		System.nanoTime() % 1_000_000_000L);

}
