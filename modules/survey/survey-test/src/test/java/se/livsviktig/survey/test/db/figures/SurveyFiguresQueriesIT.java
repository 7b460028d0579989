package se.livsviktig.survey.test.db.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

import java.time.Instant;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import se.livsviktig.platform.db.harness.CustomSql;
import se.livsviktig.platform.db.harness.FreshDatabases;
import se.livsviktig.platform.db.harness.TestDatabase;
import se.livsviktig.platform.db.harness.Vendor;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.model.FollowUpOutcomeFigures;
import se.livsviktig.survey.model.ResponseRateFigures;
import se.livsviktig.survey.service.internal.figures.FigureSuppression;
import se.livsviktig.survey.service.internal.figures.SurveyFiguresQueries;
import se.livsviktig.survey.service.persistence.impl.constants.LVSurveyPersistenceConstants;

/**
 * The report's survey figures (SurveyFiguresQueries) on PostgreSQL and MariaDB, through Liferay's SQL transformer,
 * with the rows read as the service reads them (a minimum of one respondent, so nothing is suppressed here; the
 * suppression has its unit test): the response rate by the invitation's first mail in the company's days, and the
 * follow-up's key outcome (a follow-up survey's first yes/no question) by the response's day; plain and rolled up.
 *
 * @author Livsviktig
 */
class SurveyFiguresQueriesIT {

	@RegisterExtension
	static final FreshDatabases databases = FreshDatabases.withSchemaOf(LVSurveyPersistenceConstants.class);

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theKeyOutcomeIsTheFirstYesNoQuestionOfAFollowUpAnsweredOnADayOfThePeriod(Vendor vendor)
		throws SQLException {

		Fixture fixture = new Fixture(vendor);

		SurveyFiguresQueries queries = _queries(fixture);

		assertEquals(
			List.of(
				new FollowUpOutcomeFigures(fixture.socialServices, fixture.mhfa, 3, false, 2, false),
				new FollowUpOutcomeFigures(fixture.homeCare, fixture.mhfa, 1, false, 1, false),
				new FollowUpOutcomeFigures(fixture.schools, fixture.youthMhfa, 1, false, 0, false)),
			_nothingSuppressed.toFollowUpOutcomeFigures(
				_rows(vendor, queries.followUpOutcomeSql(), queries.followUpOutcomeParameters())));
		assertEquals(
			List.of(
				new FollowUpOutcomeFigures(fixture.socialServices, fixture.mhfa, 4, false, 3, false),
				new FollowUpOutcomeFigures(fixture.schools, fixture.youthMhfa, 1, false, 0, false)),
			_nothingSuppressed.toFollowUpOutcomeFigures(
				_rows(vendor, queries.followUpOutcomeSqlRolledUp(), queries.followUpOutcomeParametersRolledUp(0))));
	}

	@EnumSource(Vendor.class)
	@ParameterizedTest(name = "{0}")
	void theResponseRateCountsTheInvitationsMailedInThePeriodAndThoseAnswered(Vendor vendor) throws SQLException {
		Fixture fixture = new Fixture(vendor);

		SurveyFiguresQueries queries = _queries(fixture);

		assertEquals(
			List.of(
				new ResponseRateFigures(fixture.socialServices, fixture.mhfa, 6, 5, false),
				new ResponseRateFigures(fixture.homeCare, fixture.mhfa, 3, 2, false),
				new ResponseRateFigures(fixture.schools, fixture.youthMhfa, 2, 0, false)),
			_nothingSuppressed.toResponseRateFigures(
				_rows(vendor, queries.responseRateSql(), queries.responseRateParameters())));
		assertEquals(
			List.of(
				new ResponseRateFigures(fixture.socialServices, fixture.mhfa, 9, 7, false),
				new ResponseRateFigures(fixture.schools, fixture.youthMhfa, 2, 0, false)),
			_nothingSuppressed.toResponseRateFigures(
				_rows(vendor, queries.responseRateSqlRolledUp(), queries.responseRateParametersRolledUp(0))));
	}

	private static Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private static synchronized TestDatabase _database(Vendor vendor) throws SQLException {
		TestDatabase testDatabase = databases.get(vendor);

		// Organization_ belongs to the portal, not to the app's schema: the columns the rolled-up statement reads

		if (_withOrganizations.add(vendor)) {
			testDatabase.execute(
				"create table Organization_ (organizationId bigint not null primary key, companyId bigint, " +
					"parentOrganizationId bigint, treePath varchar(768), name varchar(100))");
		}

		return testDatabase;
	}

	private static long _nextId() {
		return _ids.incrementAndGet();
	}

	private static SurveyFiguresQueries _queries(Fixture fixture) {
		return new SurveyFiguresQueries(
			fixture.companyId, _date("2026-12-31T23:00:00Z"), _date("2027-12-31T23:00:00Z"), _STOCKHOLM);
	}

	private static List<Object[]> _rows(Vendor vendor, String sql, List<Object> parameters) throws SQLException {
		List<Object[]> rows = new ArrayList<>();

		try (Connection connection = _database(vendor).connect();
			PreparedStatement preparedStatement = connection.prepareStatement(CustomSql.transform(vendor, sql))) {

			for (int i = 0; i < parameters.size(); i++) {
				Object parameter = parameters.get(i);

				if (parameter instanceof Timestamp) {
					preparedStatement.setTimestamp(i + 1, (Timestamp)parameter);
				}
				else {
					preparedStatement.setLong(i + 1, (Long)parameter);
				}
			}

			try (ResultSet resultSet = preparedStatement.executeQuery()) {
				while (resultSet.next()) {
					rows.add(
						new Object[] {
							resultSet.getObject(1), resultSet.getObject(2), resultSet.getObject(3),
							resultSet.getObject(4)
						});
				}
			}
		}

		return rows;
	}

	private static final TimeZone _STOCKHOLM = TimeZone.getTimeZone("Europe/Stockholm");

	private static final AtomicLong _ids = new AtomicLong(93000);
	private static final FigureSuppression _nothingSuppressed = new FigureSuppression(1);
	private static final Set<Vendor> _withOrganizations = EnumSet.noneOf(Vendor.class);

	/**
	 * Two top-level administrations, one with a child, two methods; invitations and responses around the edges of
	 * 2027 in Stockholm; an evaluation with a yes/no question, and another company's rows in the same
	 * administration.
	 */
	private static class Fixture {

		Fixture(Vendor vendor) throws SQLException {
			_testDatabase = _database(vendor);

			socialServices = _organization(0, "/");
			homeCare = _organization(socialServices, "/" + socialServices + "/");
			schools = _organization(0, "/");

			_invitations(companyId, socialServices, mhfa, "2027-03-01T10:00:00Z", 5, SurveyInvitationConstants.STATUS_ANSWERED);
			_invitations(companyId, socialServices, mhfa, "2027-03-01T10:00:00Z", 1, SurveyInvitationConstants.STATUS_SENT);
			_invitations(companyId, homeCare, mhfa, "2027-01-01T00:10:00Z", 2, SurveyInvitationConstants.STATUS_ANSWERED);
			_invitations(companyId, homeCare, mhfa, "2027-05-01T10:00:00Z", 1, SurveyInvitationConstants.STATUS_OPTED_OUT);

			// Not mailed yet, mailed on the day before the period in Stockholm, another company's

			_invitations(companyId, homeCare, mhfa, null, 1, SurveyInvitationConstants.STATUS_PENDING);
			_invitations(companyId, homeCare, mhfa, "2026-12-31T22:30:00Z", 1, SurveyInvitationConstants.STATUS_ANSWERED);
			_invitations(_nextId(), socialServices, mhfa, "2027-03-01T10:00:00Z", 1, SurveyInvitationConstants.STATUS_ANSWERED);

			// Mailed in the last minute of the period in Stockholm

			_invitations(companyId, schools, youthMhfa, "2027-12-31T22:59:00Z", 1, SurveyInvitationConstants.STATUS_SENT);
			_invitations(companyId, schools, youthMhfa, "2027-06-01T10:00:00Z", 1, SurveyInvitationConstants.STATUS_SENT);

			long followUp = _survey(companyId, SurveyConstants.KIND_FOLLOW_UP);

			_question(followUp, 0, SurveyQuestionConstants.TYPE_LIKERT);

			long used = _question(followUp, 1, SurveyQuestionConstants.TYPE_YES_NO);
			long laterYesNo = _question(followUp, 2, SurveyQuestionConstants.TYPE_YES_NO);

			for (int answer : new int[] {1, 1, 0}) {
				long response = _response(companyId, followUp, socialServices, mhfa, "2027-06-01T00:00:00Z");

				_answer(response, used, answer);
				_answer(response, laterYesNo, 1);
			}

			// Skipped the key question: no respondent to it

			_answer(_response(companyId, followUp, socialServices, mhfa, "2027-06-01T00:00:00Z"), laterYesNo, 1);

			_answer(_response(companyId, followUp, homeCare, mhfa, "2027-12-31T00:00:00Z"), used, 1);
			_answer(_response(companyId, followUp, schools, youthMhfa, "2027-01-01T00:00:00Z"), used, 0);
			_answer(_response(companyId, followUp, schools, youthMhfa, "2028-01-01T00:00:00Z"), used, 1);

			long evaluation = _survey(companyId, SurveyConstants.KIND_EVALUATION);

			long evaluationYesNo = _question(evaluation, 0, SurveyQuestionConstants.TYPE_YES_NO);

			_answer(
				_response(companyId, evaluation, socialServices, mhfa, "2027-06-01T00:00:00Z"), evaluationYesNo, 1);

			long otherCompany = _nextId();

			long otherFollowUp = _survey(otherCompany, SurveyConstants.KIND_FOLLOW_UP);

			long otherUsed = _question(otherFollowUp, 0, SurveyQuestionConstants.TYPE_YES_NO);

			_answer(
				_response(otherCompany, otherFollowUp, socialServices, mhfa, "2027-06-01T00:00:00Z"), otherUsed, 1);
		}

		final long companyId = _nextId();
		final long homeCare;
		final long mhfa = _nextId();
		final long schools;
		final long socialServices;
		final long youthMhfa = _nextId();

		private void _answer(long surveyResponseId, long surveyQuestionId, int numericValue) throws SQLException {
			_insert(
				"insert into LVSurvey_SurveyAnswer (mvccVersion, surveyAnswerId, companyId, surveyResponseId, " +
					"surveyQuestionId, numericValue) values (0, ?, ?, ?, ?, ?)",
				_nextId(), companyId, surveyResponseId, surveyQuestionId, numericValue);
		}

		private void _insert(String sql, Object... values) throws SQLException {
			try (Connection connection = _testDatabase.connect();
				PreparedStatement preparedStatement = connection.prepareStatement(sql)) {

				for (int i = 0; i < values.length; i++) {
					Object value = values[i];

					if (value instanceof Instant) {
						preparedStatement.setTimestamp(i + 1, Timestamp.from((Instant)value));
					}
					else if (value == _NO_DATE) {
						preparedStatement.setNull(i + 1, java.sql.Types.TIMESTAMP);
					}
					else {
						preparedStatement.setObject(i + 1, value);
					}
				}

				preparedStatement.executeUpdate();
			}
		}

		private void _invitations(
				long invitationCompanyId, long organizationId, long methodId, String sentDate, int count, int status)
			throws SQLException {

			for (int i = 0; i < count; i++) {
				_insert(
					"insert into LVSurvey_SurveyInvitation (mvccVersion, surveyInvitationId, companyId, methodId, " +
						"organizationId, status, sentDate) values (0, ?, ?, ?, ?, ?, ?)",
					_nextId(), invitationCompanyId, methodId, organizationId, status,
					(sentDate == null) ? _NO_DATE : Instant.parse(sentDate));
			}
		}

		private long _organization(long parentOrganizationId, String parentTreePath) throws SQLException {
			long organizationId = _nextId();

			_insert(
				"insert into Organization_ (organizationId, companyId, parentOrganizationId, treePath, name) " +
					"values (?, ?, ?, ?, ?)",
				organizationId, companyId, parentOrganizationId, parentTreePath + organizationId + "/",
				"org" + organizationId);

			return organizationId;
		}

		private long _question(long surveyId, int position, int questionType) throws SQLException {
			long surveyQuestionId = _nextId();

			_insert(
				"insert into LVSurvey_SurveyQuestion (mvccVersion, surveyQuestionId, companyId, surveyId, position, " +
					"questionType) values (0, ?, ?, ?, ?, ?)",
				surveyQuestionId, companyId, surveyId, position, questionType);

			return surveyQuestionId;
		}

		private long _response(
				long responseCompanyId, long surveyId, long organizationId, long methodId, String responseDay)
			throws SQLException {

			long surveyResponseId = _nextId();

			_insert(
				"insert into LVSurvey_SurveyResponse (mvccVersion, surveyResponseId, companyId, surveyId, " +
					"methodId, organizationId, responseDay) values (0, ?, ?, ?, ?, ?, ?)",
				surveyResponseId, responseCompanyId, surveyId, methodId, organizationId, Instant.parse(responseDay));

			return surveyResponseId;
		}

		private long _survey(long surveyCompanyId, int kind) throws SQLException {
			long surveyId = _nextId();

			_insert(
				"insert into LVSurvey_Survey (mvccVersion, surveyId, companyId, kind) values (0, ?, ?, ?)", surveyId,
				surveyCompanyId, kind);

			return surveyId;
		}

		private static final Object _NO_DATE = new Object();

		private final TestDatabase _testDatabase;

	}

}
