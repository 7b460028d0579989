package se.livsviktig.survey.service.internal.results;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.model.SurveyResultsQuery;

/**
 * The statements of one results page, as SQL that PostgreSQL and MariaDB
 * both run (integer arithmetic and MOD; no dialect functions):
 *
 * <ul>
 * <li>{@link #distributions()}: every counted question's answers per value
 * and group, and the distinct respondents of the questions whose counts do
 * not add up (multiple choice, free text), in one GROUP BY with two
 * branches;</li>
 * <li>{@link #groupCounts()}: respondents and invited per group, in one
 * statement with two branches;</li>
 * <li>{@link #freeTextAnswers(long)}: one free-text question's answers with
 * their group, for the groups the page may show.</li>
 * </ul>
 *
 * <p>Every value is a bound parameter; only column names and the expressions
 * of the chosen grouping are written into the text. Every column has an
 * alias of its own: Hibernate reads a native query's columns by name and
 * refuses two unnamed ones (PostgreSQL calls both "?column?").
 */
public class SurveyResultsSql {

	public static final int KIND_INVITED = 1;

	public static final int KIND_RESPONDENTS = 0;

	/**
	 * @param courseSessionIds only these sessions (an instructor's), or null
	 *        for every session
	 * @param countedQuestionIds questions whose answers are counted per value
	 * @param respondentQuestionIds questions whose distinct respondents are
	 *        counted
	 */
	public SurveyResultsSql(
		long companyId, long surveyId, SurveyResultsQuery query,
		long[] courseSessionIds, long[] countedQuestionIds,
		long[] respondentQuestionIds) {

		_companyId = companyId;
		_surveyId = surveyId;
		_query = query;
		_courseSessionIds = courseSessionIds;
		_countedQuestionIds = countedQuestionIds;
		_respondentQuestionIds = respondentQuestionIds;
	}

	/**
	 * Columns: question id, value (-1 in the respondents branch), method id,
	 * session id, organization id, period, count.
	 */
	public Statement distributions() {
		List<String> branches = new ArrayList<>();
		List<Object> parameters = new ArrayList<>();

		if (_countedQuestionIds.length > 0) {
			branches.add(
				_answersBranch(
					"a.numericValue", "COUNT(*)", _countedQuestionIds,
					parameters));
		}

		if (_respondentQuestionIds.length > 0) {
			branches.add(
				_answersBranch(
					"-1", "COUNT(DISTINCT a.surveyResponseId)",
					_respondentQuestionIds, parameters));
		}

		if (branches.isEmpty()) {
			return null;
		}

		return new Statement(String.join(" UNION ALL ", branches), parameters);
	}

	/**
	 * One free-text question's answers with their group, for the service to
	 * keep the groups the page shows. Columns: method id, session id,
	 * organization id, period, text.
	 */
	public Statement freeTextAnswers(long surveyQuestionId) {
		List<Object> parameters = new ArrayList<>();

		StringBuilder sb = new StringBuilder();

		sb.append("SELECT ");
		sb.append(_groupColumns(false));
		sb.append(", a.textValue AS textValue FROM LVSurvey_SurveyAnswer a ");
		sb.append("INNER JOIN ");
		sb.append("LVSurvey_SurveyResponse r ON r.surveyResponseId = ");
		sb.append("a.surveyResponseId WHERE ");
		sb.append(_responseWhere(parameters));
		sb.append(" AND a.surveyQuestionId = ? AND a.textValue IS NOT NULL");

		parameters.add(surveyQuestionId);

		return new Statement(sb.toString(), parameters);
	}

	/**
	 * Columns: kind ({@link #KIND_RESPONDENTS} or {@link #KIND_INVITED}),
	 * method id, session id, organization id, period, count. Invitations
	 * count when sent (not pending); by period, by the month they were sent
	 * (sentMonth), since an anonymous response keeps no link to its
	 * invitation.
	 */
	public Statement groupCounts() {
		List<Object> parameters = new ArrayList<>();

		StringBuilder sb = new StringBuilder();

		sb.append("SELECT ");
		sb.append(KIND_RESPONDENTS);
		sb.append(" AS rowKind, ");
		sb.append(_groupColumns(false));
		sb.append(", COUNT(*) AS rowCount FROM LVSurvey_SurveyResponse r ");
		sb.append("WHERE ");
		sb.append(_responseWhere(parameters));
		sb.append(_groupBy(null, false));
		sb.append(" UNION ALL SELECT ");
		sb.append(KIND_INVITED);
		sb.append(" AS rowKind, ");
		sb.append(_groupColumns(true));
		sb.append(", COUNT(*) AS rowCount FROM LVSurvey_SurveyInvitation r ");
		sb.append("WHERE ");
		sb.append(_invitationWhere(parameters));
		sb.append(_groupBy(null, true));

		return new Statement(sb.toString(), parameters);
	}

	public static class Statement {

		public List<Object> getParameters() {
			return _parameters;
		}

		public String getSql() {
			return _sql;
		}

		@Override
		public String toString() {
			return _sql + " " + _parameters;
		}

		private Statement(String sql, List<Object> parameters) {
			_sql = sql;
			_parameters = Collections.unmodifiableList(parameters);
		}

		private final List<Object> _parameters;
		private final String _sql;

	}

	private String _answersBranch(
		String valueColumn, String countColumn, long[] questionIds,
		List<Object> parameters) {

		StringBuilder sb = new StringBuilder();

		sb.append("SELECT a.surveyQuestionId AS questionId, ");
		sb.append(valueColumn);
		sb.append(" AS answerValue, ");
		sb.append(_groupColumns(false));
		sb.append(", ");
		sb.append(countColumn);
		sb.append(" AS answerCount FROM LVSurvey_SurveyAnswer a INNER JOIN ");
		sb.append("LVSurvey_SurveyResponse r ON r.surveyResponseId = ");
		sb.append("a.surveyResponseId WHERE ");
		sb.append(_responseWhere(parameters));
		sb.append(" AND ");
		sb.append(_in("a.surveyQuestionId", questionIds, parameters));

		String prefix = "a.surveyQuestionId";

		if (!valueColumn.equals("-1")) {
			prefix = prefix + ", " + valueColumn;
		}

		sb.append(_groupBy(prefix, false));

		return sb.toString();
	}

	private String _groupBy(String prefix, boolean invitation) {
		List<String> expressions = new ArrayList<>();

		if (prefix != null) {
			expressions.add(prefix);
		}

		List<SurveyResultsQuery.GroupBy> groupBy = _query.getGroupBy();

		if (groupBy.contains(SurveyResultsQuery.GroupBy.METHOD)) {
			expressions.add("r.methodId");
		}

		if (groupBy.contains(SurveyResultsQuery.GroupBy.SESSION)) {
			expressions.add("r.courseSessionId");
		}

		if (groupBy.contains(SurveyResultsQuery.GroupBy.ADMINISTRATION)) {
			expressions.add("r.organizationId");
		}

		String period = _period(invitation);

		if (!period.equals("0")) {
			expressions.add(period);
		}

		if (expressions.isEmpty()) {
			return "";
		}

		return " GROUP BY " + String.join(", ", expressions);
	}

	private String _groupColumns(boolean invitation) {
		List<SurveyResultsQuery.GroupBy> groupBy = _query.getGroupBy();

		StringBuilder sb = new StringBuilder();

		sb.append(
			groupBy.contains(SurveyResultsQuery.GroupBy.METHOD) ?
				"r.methodId" : "0");
		sb.append(" AS groupMethodId, ");
		sb.append(
			groupBy.contains(SurveyResultsQuery.GroupBy.SESSION) ?
				"r.courseSessionId" : "0");
		sb.append(" AS groupSessionId, ");
		sb.append(
			groupBy.contains(SurveyResultsQuery.GroupBy.ADMINISTRATION) ?
				"r.organizationId" : "0");
		sb.append(" AS groupOrganizationId, ");
		sb.append(_period(invitation));
		sb.append(" AS groupPeriod");

		return sb.toString();
	}

	private String _in(String column, long[] ids, List<Object> parameters) {
		StringBuilder sb = new StringBuilder();

		sb.append(column);
		sb.append(" IN (");

		for (int i = 0; i < ids.length; i++) {
			if (i > 0) {
				sb.append(", ");
			}

			sb.append('?');

			parameters.add(ids[i]);
		}

		sb.append(')');

		return sb.toString();
	}

	/**
	 * The same filters for responses and invitations (aliased r alike):
	 * company, survey, method, session, administration and the instructor's
	 * sessions.
	 */
	private String _commonWhere(List<Object> parameters) {
		StringBuilder sb = new StringBuilder();

		sb.append("r.companyId = ? AND r.surveyId = ?");

		parameters.add(_companyId);
		parameters.add(_surveyId);

		if (_query.getMethodId() > 0) {
			sb.append(" AND r.methodId = ?");

			parameters.add(_query.getMethodId());
		}

		if (_query.getCourseSessionId() > 0) {
			sb.append(" AND r.courseSessionId = ?");

			parameters.add(_query.getCourseSessionId());
		}

		if (_query.getOrganizationId() > 0) {
			sb.append(" AND r.organizationId = ?");

			parameters.add(_query.getOrganizationId());
		}

		if (_courseSessionIds != null) {
			sb.append(" AND ");
			sb.append(_in("r.courseSessionId", _courseSessionIds, parameters));
		}

		return sb.toString();
	}

	private String _invitationWhere(List<Object> parameters) {
		StringBuilder sb = new StringBuilder(_commonWhere(parameters));

		sb.append(" AND r.status <> ?");

		parameters.add(SurveyInvitationConstants.STATUS_PENDING);

		sb.append(_monthWhere("r.sentMonth", parameters));

		return sb.toString();
	}

	/**
	 * The query's months, inclusive, on a yyyyMM column.
	 */
	private String _monthWhere(String column, List<Object> parameters) {
		StringBuilder sb = new StringBuilder();

		if (_query.getFromMonth() > 0) {
			sb.append(" AND ");
			sb.append(column);
			sb.append(" >= ?");

			parameters.add(_query.getFromMonth());
		}

		if (_query.getToMonth() > 0) {
			sb.append(" AND ");
			sb.append(column);
			sb.append(" <= ?");

			parameters.add(_query.getToMonth());
		}

		return sb.toString();
	}

	/**
	 * The group's period: the month (yyyyMM) or the quarter's first month,
	 * in integer arithmetic; an invitation's from the month it was sent
	 * (sentMonth, in the company's time zone as responseMonth is).
	 */
	private String _period(boolean invitation) {
		List<SurveyResultsQuery.GroupBy> groupBy = _query.getGroupBy();

		String month = invitation ? "r.sentMonth" : "r.responseMonth";

		if (groupBy.contains(SurveyResultsQuery.GroupBy.MONTH)) {
			return month;
		}

		if (groupBy.contains(SurveyResultsQuery.GroupBy.QUARTER)) {
			return "(" + month + " - MOD(MOD(" + month + ", 100) + 2, 3))";
		}

		return "0";
	}

	private String _responseWhere(List<Object> parameters) {
		return _commonWhere(parameters) +
			_monthWhere("r.responseMonth", parameters);
	}

	private final long _companyId;
	private final long[] _countedQuestionIds;
	private final long[] _courseSessionIds;
	private final SurveyResultsQuery _query;
	private final long[] _respondentQuestionIds;
	private final long _surveyId;

}
