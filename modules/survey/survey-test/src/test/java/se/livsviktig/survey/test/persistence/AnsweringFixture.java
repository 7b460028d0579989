package se.livsviktig.survey.test.persistence;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.model.Company;
import com.liferay.portal.kernel.service.CompanyLocalService;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;

import se.livsviktig.platform.persistence.harness.PersistenceHarness;
import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyDispatchConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.internal.invitation.SentMonth;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyDispatch;
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.service.internal.token.SurveyTokens;

/**
 * An active survey with one question of each type, a dispatch and sent invitations with their links, committed
 * through the generated persistence, for the answering tests; and a look at every LVSurvey_ table with plain JDBC.
 *
 * @author Livsviktig
 */
final class AnsweringFixture {

	static final long COMPANY_ID = 20101;

	static final long GROUP_ID = 20102;

	static final long METHOD_ID = 20103;

	static final TimeZone STOCKHOLM = TimeZone.getTimeZone("Europe/Stockholm");

	/**
	 * The company of every test here lives in Stockholm; the response's day is counted there.
	 */
	static void stubCompany(PersistenceHarness harness) throws Exception {
		Company company = mock(Company.class);

		when(
			company.getCompanyId()
		).thenReturn(
			COMPANY_ID
		);
		when(
			company.getTimeZone()
		).thenReturn(
			STOCKHOLM
		);

		when(
			harness.portalService(
				CompanyLocalService.class
			).getCompany(
				anyLong()
			)
		).thenReturn(
			company
		);
	}

	AnsweringFixture(PersistenceHarness harness) {
		_harness = harness;
		_rows = new SurveyRows(harness);
	}

	/**
	 * A sent invitation, with a link.
	 */
	SurveyInvitation invitation(
			long surveyDispatchId, long courseSessionId, long organizationId,
			Date sentDate)
		throws Exception {

		SurveyDispatch surveyDispatch = _rows.read(
			() -> _harness.get(
				se.livsviktig.survey.service.persistence.
					SurveyDispatchPersistence.class
			).findByPrimaryKey(
				surveyDispatchId
			));

		return _rows.surveyInvitation(
			surveyInvitation -> {
				surveyInvitation.setCompanyId(COMPANY_ID);
				surveyInvitation.setGroupId(GROUP_ID);
				surveyInvitation.setSurveyDispatchId(surveyDispatchId);
				surveyInvitation.setSurveyId(surveyDispatch.getSurveyId());
				surveyInvitation.setRegistrationId(_rows.newId());
				surveyInvitation.setUserId(_rows.newId());
				surveyInvitation.setCourseSessionId(courseSessionId);
				surveyInvitation.setMethodId(METHOD_ID);
				surveyInvitation.setOrganizationId(organizationId);
				surveyInvitation.setStatus(
					SurveyInvitationConstants.STATUS_SENT);
				surveyInvitation.setSentDate(sentDate);
				surveyInvitation.setSentMonth(
					(sentDate == null) ? 0 :
						SentMonth.of(
							sentDate.toInstant(), STOCKHOLM.toZoneId()));
				surveyInvitation.setExpirationDate(
					surveyDispatch.getCloseDate());
			});
	}

	/**
	 * A new link for the invitation, as the sender makes one for each mail.
	 */
	String link(long surveyInvitationId) throws Exception {
		String token = _surveyTokens.newToken();

		_rows.surveyAccessToken(
			surveyAccessToken -> {
				surveyAccessToken.setCompanyId(COMPANY_ID);
				surveyAccessToken.setSurveyInvitationId(surveyInvitationId);
				surveyAccessToken.setTokenHash(_surveyTokens.hash(token));
				surveyAccessToken.setCreateDate(new Date());
			});

		return token;
	}

	long newId() {
		return _rows.newId();
	}

	/**
	 * Every row of every LVSurvey_ table, each column by name, ordered by table and by the row's text: what "nothing
	 * written" is compared with.
	 */
	Map<String, List<String>> snapshot() throws Exception {
		Map<String, List<String>> snapshot = new TreeMap<>();

		try (Connection connection = _harness.database().connect()) {
			for (String table : _surveyTables(connection)) {
				List<String> rows = new ArrayList<>();

				for (Map<String, Object> row : rows(connection, table)) {
					rows.add(row.toString());
				}

				rows.sort(null);

				snapshot.put(table, rows);
			}
		}

		return snapshot;
	}

	/**
	 * The survey's dispatch, open for a month.
	 */
	SurveyDispatch surveyDispatch(long surveyId) throws Exception {
		return _rows.surveyDispatch(
			surveyDispatch -> {
				surveyDispatch.setCompanyId(COMPANY_ID);
				surveyDispatch.setGroupId(GROUP_ID);
				surveyDispatch.setSurveyId(surveyId);
				surveyDispatch.setMethodId(METHOD_ID);
				surveyDispatch.setStatus(SurveyDispatchConstants.STATUS_ACTIVE);
				surveyDispatch.setCloseDate(
					new Date(System.currentTimeMillis() + _MONTH_MILLIS));
			});
	}

	/**
	 * An active survey with, in this order: a required Likert question, a yes/no, a single choice and a multiple
	 * choice question of three options, and a free text.
	 */
	Survey survey(boolean anonymous) throws Exception {
		Survey survey = _rows.survey(
			newSurvey -> {
				newSurvey.setCompanyId(COMPANY_ID);
				newSurvey.setGroupId(GROUP_ID);
				newSurvey.setTitleMap(Map.of(Locale.US, "Course evaluation"));
				newSurvey.setKind(SurveyConstants.KIND_EVALUATION);
				newSurvey.setAnonymous(anonymous);
				newSurvey.setStatus(SurveyConstants.STATUS_ACTIVE);
			});

		int position = 0;

		for (int questionType :
				new int[] {
					SurveyQuestionConstants.TYPE_LIKERT,
					SurveyQuestionConstants.TYPE_YES_NO,
					SurveyQuestionConstants.TYPE_SINGLE_CHOICE,
					SurveyQuestionConstants.TYPE_MULTIPLE_CHOICE,
					SurveyQuestionConstants.TYPE_FREE_TEXT
				}) {

			int questionPosition = position++;

			_rows.surveyQuestion(
				surveyQuestion -> {
					surveyQuestion.setCompanyId(COMPANY_ID);
					surveyQuestion.setGroupId(GROUP_ID);
					surveyQuestion.setSurveyId(survey.getSurveyId());
					surveyQuestion.setPosition(questionPosition);
					surveyQuestion.setQuestionType(questionType);
					surveyQuestion.setTextMap(
						Map.of(Locale.US, "Question " + questionPosition));

					if (SurveyQuestionConstants.isChoice(questionType)) {
						surveyQuestion.setOptionsMap(
							Map.of(Locale.US, "One\nTwo\nThree"));
					}

					surveyQuestion.setRequired(
						questionType == SurveyQuestionConstants.TYPE_LIKERT);
				});
		}

		return survey;
	}

	/**
	 * The survey's question ids in order.
	 */
	List<Long> questionIds(long surveyId) throws Exception {
		List<Long> questionIds = new ArrayList<>();

		for (SurveyQuestion surveyQuestion :
				_rows.read(
					() -> _harness.get(
						se.livsviktig.survey.service.persistence.
							SurveyQuestionPersistence.class
					).findBySurveyId(
						surveyId
					))) {

			questionIds.add(surveyQuestion.getSurveyQuestionId());
		}

		return questionIds;
	}

	/**
	 * Every row of a table as column name → value, as someone reading the database sees it.
	 */
	static List<Map<String, Object>> rows(Connection connection, String table)
		throws Exception {

		List<Map<String, Object>> rows = new ArrayList<>();

		try (Statement statement = connection.createStatement();
			ResultSet resultSet = statement.executeQuery(
				"select * from " + table)) {

			ResultSetMetaData resultSetMetaData = resultSet.getMetaData();

			while (resultSet.next()) {
				Map<String, Object> row = new LinkedHashMap<>();

				for (int i = 1; i <= resultSetMetaData.getColumnCount(); i++) {
					row.put(
						resultSetMetaData.getColumnName(
							i
						).toLowerCase(),
						resultSet.getObject(i));
				}

				rows.add(row);
			}
		}

		return rows;
	}

	private List<String> _surveyTables(Connection connection)
		throws Exception {

		List<String> tables = new ArrayList<>();

		DatabaseMetaData databaseMetaData = connection.getMetaData();

		try (ResultSet resultSet = databaseMetaData.getTables(
				null, null, "%", new String[] {"TABLE"})) {

			while (resultSet.next()) {
				String table = resultSet.getString("TABLE_NAME");

				if (table.toLowerCase(
					).startsWith(
						"lvsurvey_"
					)) {

					tables.add(table);
				}
			}
		}

		if (tables.size() < 8) {
			throw new IllegalStateException(
				"Expected the eight LVSurvey_ tables, found " + tables);
		}

		return tables;
	}

	private static final long _MONTH_MILLIS = 30L * 24 * 60 * 60 * 1000;

	private final PersistenceHarness _harness;
	private final SurveyRows _rows;
	private final SurveyTokens _surveyTokens = new SurveyTokens();

}
