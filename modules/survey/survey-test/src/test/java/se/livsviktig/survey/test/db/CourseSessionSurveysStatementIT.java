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
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.survey.service.internal.results.CourseSessionSurveysQuery;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The surveys of a course session (the instructor's list, {@link CourseSessionSurveysQuery}) on PostgreSQL and
 * MariaDB, as the SQL the portal's Hibernate session makes of the DSL query through the vendor's SQL transformer:
 * each survey once however many responses the session gave it, oldest first (the same creation time by id), and
 * none that only another session answered, nor one of another company, nor a survey of this company that only
 * another company's response of the same session id names. The same rows on both.
 *
 * @author Livsviktig
 */
class CourseSessionSurveysStatementIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(
		LVSurveyPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theSessionsSurveysOnceEachOldestFirstAndOnlyOfTheCompany(
			Vendor vendor)
		throws SQLException {

		TestDatabase testDatabase = databases.get(vendor);

		long companyId = _ids.incrementAndGet();
		long otherCompanyId = _ids.incrementAndGet();
		long courseSessionId = _ids.incrementAndGet();
		long otherSessionId = _ids.incrementAndGet();

		long newest = _survey(testDatabase, companyId, _DAY * 3);
		long oldest = _survey(testDatabase, companyId, _DAY);
		long sameTimeFirst = _survey(testDatabase, companyId, _DAY * 2);
		long sameTimeSecond = _survey(testDatabase, companyId, _DAY * 2);
		long otherSessionOnly = _survey(testDatabase, companyId, _DAY);
		long namedByAnotherCompany = _survey(testDatabase, companyId, _DAY);
		long ofAnotherCompany = _survey(testDatabase, otherCompanyId, _DAY);

		_response(testDatabase, companyId, newest, courseSessionId);
		_response(testDatabase, companyId, oldest, courseSessionId);
		_response(testDatabase, companyId, oldest, courseSessionId);
		_response(testDatabase, companyId, sameTimeSecond, courseSessionId);
		_response(testDatabase, companyId, sameTimeFirst, courseSessionId);
		_response(testDatabase, companyId, otherSessionOnly, otherSessionId);
		_response(
			testDatabase, otherCompanyId, namedByAnotherCompany,
			courseSessionId);
		_response(
			testDatabase, otherCompanyId, ofAnotherCompany, courseSessionId);

		assertEquals(
			List.of(oldest, sameTimeFirst, sameTimeSecond, newest),
			_surveyIds(
				vendor, testDatabase,
				CourseSessionSurveysQuery.select(companyId, courseSessionId)));
		assertEquals(
			List.of(otherSessionOnly),
			_surveyIds(
				vendor, testDatabase,
				CourseSessionSurveysQuery.select(companyId, otherSessionId)));
		assertEquals(
			List.of(),
			_surveyIds(
				vendor, testDatabase,
				CourseSessionSurveysQuery.select(
					companyId, _ids.incrementAndGet())));
	}

	private static void _response(
			TestDatabase testDatabase, long companyId, long surveyId,
			long courseSessionId)
		throws SQLException {

		_insert(
			testDatabase,
			"insert into LVSurvey_SurveyResponse (mvccVersion, " +
				"surveyResponseId, companyId, surveyId, courseSessionId) " +
					"values (0, ?, ?, ?, ?)",
			_ids.incrementAndGet(), companyId, surveyId, courseSessionId);
	}

	private static long _survey(
			TestDatabase testDatabase, long companyId, long createTime)
		throws SQLException {

		long surveyId = _ids.incrementAndGet();

		_insert(
			testDatabase,
			"insert into LVSurvey_Survey (mvccVersion, surveyId, companyId, " +
				"createDate) values (0, ?, ?, ?)",
			surveyId, companyId, new Timestamp(_START + createTime));

		return surveyId;
	}

	private static void _insert(
			TestDatabase testDatabase, String sql, Object... values)
		throws SQLException {

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			for (int i = 0; i < values.length; i++) {
				preparedStatement.setObject(i + 1, values[i]);
			}

			preparedStatement.executeUpdate();
		}
	}

	/**
	 * What the portal's SessionImpl.createSynchronizedSQLQuery(DSLQuery) does: the SQL and its parameters from a
	 * DefaultASTNodeListener, the SQL through the vendor's SQL transformer.
	 */
	private static List<Long> _surveyIds(
			Vendor vendor, TestDatabase testDatabase, DSLQuery dslQuery)
		throws SQLException {

		DefaultASTNodeListener defaultASTNodeListener =
			new DefaultASTNodeListener();

		String sql = CustomSql.transform(
			vendor, dslQuery.toSQL(defaultASTNodeListener));

		List<Long> surveyIds = new ArrayList<>();

		try (Connection connection = testDatabase.connect();
			PreparedStatement preparedStatement = connection.prepareStatement(
				sql)) {

			List<Object> values = defaultASTNodeListener.getScalarValues();

			for (int i = 0; i < values.size(); i++) {
				preparedStatement.setObject(i + 1, values.get(i));
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					surveyIds.add(resultSet.getLong("surveyId"));
				}
			}
		}

		return surveyIds;
	}

	private static final long _DAY = 86_400_000L;

	/**
	 * 2030-03-17, a whole second: both databases keep it exactly.
	 */
	private static final long _START = 1_900_000_000_000L;

	private static final AtomicLong _ids = new AtomicLong(2_000_800_000L);

}
