package se.livsviktig.survey.test.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.survey.model.SurveyResultsQuery;
import se.livsviktig.survey.service.internal.results.SurveyResultsSql;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The results page's statements ({@link SurveyResultsSql}) on PostgreSQL and
 * MariaDB through the vendor's SQL transformer, on the generated tables:
 * answer counts per question, value and group (method × quarter in integer
 * arithmetic), the distinct respondents of a multiple-choice question,
 * respondents and invited per month (an invitation's from its sent date),
 * the filters (months, administration, an instructor's sessions) and the
 * company, survey and pending invitations left out; the same rows on both.
 */
class SurveyResultsStatementsIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVSurveyPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void answersAreCountedPerQuestionValueMethodAndQuarter(Vendor vendor)
		throws SQLException {

		Rows rows = new Rows(vendor);

		SurveyResultsSql sql = new SurveyResultsSql(
			rows.companyId, rows.surveyId,
			new SurveyResultsQuery(
				0, 0, 0, 0, 0,
				Arrays.asList(
					SurveyResultsQuery.GroupBy.METHOD,
					SurveyResultsQuery.GroupBy.QUARTER)),
			null, new long[] {_LIKERT, _MULTIPLE}, new long[] {_MULTIPLE});

		assertEquals(
			Arrays.asList(
				"likert value 4 method 501 period 202601 count 2",
				"likert value 4 method 501 period 202604 count 1",
				"likert value 5 method 501 period 202601 count 1",
				"likert value 5 method 502 period 202610 count 1",
				"multiple value -1 method 501 period 202601 count 1",
				"multiple value 0 method 501 period 202601 count 1",
				"multiple value 2 method 501 period 202601 count 1"),
			rows.distributions(sql));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void filtersNarrowTheAnswers(Vendor vendor) throws SQLException {
		Rows rows = new Rows(vendor);

		SurveyResultsSql months = new SurveyResultsSql(
			rows.companyId, rows.surveyId,
			new SurveyResultsQuery(
				0, 0, 0, 202602, 202604, Collections.emptyList()),
			null, new long[] {_LIKERT}, new long[0]);

		assertEquals(
			Arrays.asList(
				"likert value 4 method 0 period 0 count 1",
				"likert value 5 method 0 period 0 count 1"),
			rows.distributions(months), "March and April, both ends in");

		SurveyResultsSql administration = new SurveyResultsSql(
			rows.companyId, rows.surveyId,
			new SurveyResultsQuery(
				0, 0, _SOCIAL_SERVICES, 0, 0, Collections.emptyList()),
			null, new long[] {_LIKERT}, new long[0]);

		assertEquals(
			Arrays.asList("likert value 5 method 0 period 0 count 1"),
			rows.distributions(administration));

		SurveyResultsSql taught = new SurveyResultsSql(
			rows.companyId, rows.surveyId, SurveyResultsQuery.all(),
			new long[] {_SESSION_2, 999}, new long[] {_LIKERT}, new long[0]);

		assertEquals(
			Arrays.asList("likert value 5 method 0 period 0 count 1"),
			rows.distributions(taught), "only the instructor's sessions");
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void freeTextComesWithItsGroup(Vendor vendor) throws SQLException {
		Rows rows = new Rows(vendor);

		SurveyResultsSql sql = new SurveyResultsSql(
			rows.companyId, rows.surveyId,
			new SurveyResultsQuery(
				0, 0, 0, 0, 0,
				Arrays.asList(SurveyResultsQuery.GroupBy.ADMINISTRATION)),
			null, new long[0], new long[0]);

		assertEquals(
			Arrays.asList(
				"0/0/" + _ELDERLY_CARE + "/0 Bra kurs, tack!",
				"0/0/" + _SOCIAL_SERVICES + "/0 <b>Mer</b> övningar"),
			rows.select(sql.freeTextAnswers(_FREE_TEXT), 5));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void respondentsAndInvitedArePerMonth(Vendor vendor) throws SQLException {
		Rows rows = new Rows(vendor);

		SurveyResultsSql sql = new SurveyResultsSql(
			rows.companyId, rows.surveyId,
			new SurveyResultsQuery(
				0, 0, 0, 0, 0,
				Arrays.asList(SurveyResultsQuery.GroupBy.MONTH)),
			null, new long[0], new long[0]);

		assertEquals(
			Arrays.asList(
				"0 0/0/0/202601 2", "0 0/0/0/202603 1", "0 0/0/0/202604 1",
				"0 0/0/0/202610 1",
				"1 0/0/0/202601 2", "1 0/0/0/202604 2"),
			rows.select(sql.groupCounts(), 6));
	}

	private static final long _ELDERLY_CARE = 7001;

	private static final long _FREE_TEXT = 303;

	private static final long _LIKERT = 301;

	private static final long _MULTIPLE = 302;

	private static final long _SESSION_1 = 9001;

	private static final long _SESSION_2 = 9002;

	private static final long _SOCIAL_SERVICES = 7002;

	private static final AtomicLong _ids = new AtomicLong(100_000);

	/**
	 * One company's survey with five responses, and rows of another survey
	 * and another company that must not count. Each instance is a company of
	 * its own, so the tests share one database per vendor.
	 */
	private static final class Rows {

		Rows(Vendor vendor) throws SQLException {
			_vendor = vendor;
			_testDatabase = databases.get(vendor);

			companyId = _ids.incrementAndGet();
			surveyId = _ids.incrementAndGet();

			long otherSurveyId = _ids.incrementAndGet();

			long r1 = _response(
				companyId, surveyId, 501, _SESSION_1, _ELDERLY_CARE, 202601);
			long r2 = _response(
				companyId, surveyId, 501, _SESSION_1, _ELDERLY_CARE, 202601);
			long r3 = _response(
				companyId, surveyId, 501, _SESSION_1, _ELDERLY_CARE, 202603);
			long r4 = _response(
				companyId, surveyId, 501, _SESSION_1, _ELDERLY_CARE, 202604);
			long r5 = _response(
				companyId, surveyId, 502, _SESSION_2, _SOCIAL_SERVICES, 202610);

			_answer(r1, _LIKERT, 4, null);
			_answer(r2, _LIKERT, 4, null);
			_answer(r3, _LIKERT, 5, null);
			_answer(r4, _LIKERT, 4, null);
			_answer(r5, _LIKERT, 5, null);

			_answer(r1, _MULTIPLE, 0, null);
			_answer(r1, _MULTIPLE, 2, null);

			_answer(r2, _FREE_TEXT, 0, "Bra kurs, tack!");
			_answer(r5, _FREE_TEXT, 0, "<b>Mer</b> övningar");
			_answer(r3, _FREE_TEXT, 0, "");

			_answer(
				_response(
					companyId, otherSurveyId, 501, _SESSION_1, _ELDERLY_CARE,
					202601),
				_LIKERT, 1, null);
			_answer(
				_response(
					_ids.incrementAndGet(), surveyId, 501, _SESSION_1,
					_ELDERLY_CARE, 202601),
				_LIKERT, 1, null);

			_invitation(companyId, surveyId, 1, LocalDate.of(2026, 1, 31));
			_invitation(companyId, surveyId, 2, LocalDate.of(2026, 1, 1));
			_invitation(companyId, surveyId, 2, LocalDate.of(2026, 4, 15));
			_invitation(companyId, surveyId, 3, LocalDate.of(2026, 4, 30));
			_invitation(companyId, surveyId, 0, null);
			_invitation(companyId, otherSurveyId, 1, LocalDate.of(2026, 1, 5));
		}

		List<String> distributions(SurveyResultsSql sql) throws SQLException {
			List<String> lines = new ArrayList<>();

			for (Object[] row : _rows(sql.distributions(), 7)) {
				long questionId = ((Number)row[0]).longValue();

				lines.add(
					((questionId == _LIKERT) ? "likert" : "multiple") +
						" value " + ((Number)row[1]).intValue() + " method " +
							((Number)row[2]).longValue() + " period " +
								((Number)row[5]).intValue() + " count " +
									((Number)row[6]).longValue());
			}

			return new ArrayList<>(new TreeSet<>(lines));
		}

		List<String> select(SurveyResultsSql.Statement statement, int columns)
			throws SQLException {

			List<String> lines = new ArrayList<>();

			for (Object[] row : _rows(statement, columns)) {
				int key = (columns == 6) ? 1 : 0;

				StringBuilder sb = new StringBuilder();

				if (columns == 6) {
					sb.append(((Number)row[0]).intValue());
					sb.append(' ');
				}

				sb.append(((Number)row[key]).longValue());
				sb.append('/');
				sb.append(((Number)row[key + 1]).longValue());
				sb.append('/');
				sb.append(((Number)row[key + 2]).longValue());
				sb.append('/');
				sb.append(((Number)row[key + 3]).intValue());
				sb.append(' ');

				Object last = row[columns - 1];

				sb.append(
					(last instanceof Number) ? ((Number)last).longValue() :
						last);

				if ((last == null) || !String.valueOf(last).isEmpty()) {
					lines.add(sb.toString());
				}
			}

			return new ArrayList<>(new TreeSet<>(lines));
		}

		final long companyId;
		final long surveyId;

		private void _answer(
				long surveyResponseId, long surveyQuestionId, int value,
				String text)
			throws SQLException {

			_insert(
				"insert into LVSurvey_SurveyAnswer (surveyAnswerId, " +
					"companyId, surveyResponseId, surveyQuestionId, " +
						"numericValue, textValue) values (?, ?, ?, ?, ?, ?)",
				_ids.incrementAndGet(), companyId, surveyResponseId,
				surveyQuestionId, value, text);
		}

		private void _insert(String sql, Object... values)
			throws SQLException {

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(sql)) {

				for (int i = 0; i < values.length; i++) {
					preparedStatement.setObject(i + 1, values[i]);
				}

				preparedStatement.executeUpdate();
			}
		}

		private void _invitation(
				long companyId, long surveyId, int status, LocalDate sent)
			throws SQLException {

			_insert(
				"insert into LVSurvey_SurveyInvitation (surveyInvitationId, " +
					"companyId, groupId, surveyDispatchId, surveyId, " +
						"registrationId, userId, courseSessionId, methodId, " +
							"organizationId, status, sentDate, " +
								"reminderCount, sentMonth) values (?, ?, ?, ?, " +
									"?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				_ids.incrementAndGet(), companyId, 1L, 1L, surveyId,
				_ids.incrementAndGet(), 5L, _SESSION_1, 501L, _ELDERLY_CARE,
				status,
				(sent == null) ? null :
					Timestamp.from(
						sent.atTime(
							12, 0
						).toInstant(
							ZoneOffset.UTC
						)),
				0,
				(sent == null) ? 0 :
					(sent.getYear() * 100) + sent.getMonthValue());
		}

		private long _response(
				long companyId, long surveyId, long methodId,
				long courseSessionId, long organizationId, int responseMonth)
			throws SQLException {

			long surveyResponseId = _ids.incrementAndGet();

			_insert(
				"insert into LVSurvey_SurveyResponse (surveyResponseId, " +
					"companyId, groupId, surveyId, surveyDispatchId, " +
						"methodId, courseSessionId, organizationId, " +
							"responseMonth, responseDay, userId) values (?, ?, " +
								"?, ?, ?, ?, ?, ?, ?, ?, ?)",
				surveyResponseId, companyId, 1L, surveyId, 1L, methodId,
				courseSessionId, organizationId, responseMonth,
				Timestamp.from(
					LocalDate.of(
						responseMonth / 100, responseMonth % 100, 1
					).atStartOfDay(
					).toInstant(
						ZoneOffset.UTC
					)),
				0L);

			return surveyResponseId;
		}

		private List<Object[]> _rows(
				SurveyResultsSql.Statement statement, int columns)
			throws SQLException {

			List<Object[]> rows = new ArrayList<>();

			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement =
					connection.prepareStatement(
						CustomSql.transform(_vendor, statement.getSql()))) {

				List<Object> parameters = statement.getParameters();

				for (int i = 0; i < parameters.size(); i++) {
					preparedStatement.setObject(i + 1, parameters.get(i));
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

		private final TestDatabase _testDatabase;
		private final Vendor _vendor;

	}

}
