package se.livsviktig.survey.service.internal.figures;

import java.sql.Timestamp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.constants.SurveyInvitationConstants;
import se.livsviktig.survey.constants.SurveyQuestionConstants;

/**
 * The report's survey figures, one statement per family, plain SQL both databases read alike, run through the
 * portal's SQL transformer.
 *
 * <ul>
 * <li>
 * Response rate per administration and method: the invitations whose first mail went out in the period (its
 * {@code sentDate} decides) and, of those, the ones answered (columns organizationId, methodId, invitationCount,
 * responseCount).
 * </li>
 * <li>
 * The follow-up's key outcome per administration and method: the responses of the period (the response's day
 * decides, stored as the company's day at midnight UTC) to a follow-up survey that answered its key question, the
 * survey's first yes/no question, and how many answered yes (columns organizationId, methodId, respondentCount,
 * yesCount).
 * </li>
 * </ul>
 *
 * <p>
 * Rolled up, each row is a child of the given parent organisation with everything in its subtree (the portal's
 * {@code treePath}), as training's rolled-up figures.
 * </p>
 *
 * @author Livsviktig
 */
public final class SurveyFiguresQueries {

	/**
	 * @param from the first moment of the period
	 * @param to the first moment after the period
	 * @param timeZone the company's time zone, whose days the response days are
	 */
	public SurveyFiguresQueries(
		long companyId, Date from, Date to, TimeZone timeZone) {

		_companyId = companyId;
		_from = new Timestamp(from.getTime());
		_to = new Timestamp(to.getTime());
		_fromResponseDay = _responseDay(from, timeZone);
		_toResponseDay = _responseDay(to, timeZone);
	}

	public List<Object> followUpOutcomeParameters() {
		return _parameters(_fromResponseDay, _toResponseDay);
	}

	public List<Object> followUpOutcomeParametersRolledUp(
		long parentOrganizationId) {

		return _parametersRolledUp(
			parentOrganizationId, _fromResponseDay, _toResponseDay);
	}

	public String followUpOutcomeSql() {
		return _followUpOutcomeSql("r.organizationId", "");
	}

	public String followUpOutcomeSqlRolledUp() {
		return _followUpOutcomeSql(
			"administration.organizationId", _organizationJoins("r"));
	}

	public List<Object> responseRateParameters() {
		return _parameters(_from, _to);
	}

	public List<Object> responseRateParametersRolledUp(
		long parentOrganizationId) {

		return _parametersRolledUp(parentOrganizationId, _from, _to);
	}

	public String responseRateSql() {
		return _responseRateSql("i.organizationId", "");
	}

	public String responseRateSqlRolledUp() {
		return _responseRateSql(
			"administration.organizationId", _organizationJoins("i"));
	}

	/**
	 * The first moment of a day in the company's time zone as the response's day is stored: that date at midnight
	 * UTC.
	 */
	private static Timestamp _responseDay(Date moment, TimeZone timeZone) {
		LocalDate localDate = LocalDate.ofInstant(
			Instant.ofEpochMilli(moment.getTime()), timeZone.toZoneId());

		return Timestamp.from(
			localDate.atStartOfDay(
				ZoneOffset.UTC
			).toInstant());
	}

	private String _followUpOutcomeSql(
		String administrationColumn, String organizationJoins) {

		int yesNo = SurveyQuestionConstants.TYPE_YES_NO;

		return String.join(
			" ", "select", administrationColumn, "as organizationId,",
			"r.methodId as methodId, count(*) as respondentCount,",
			"sum(case when a.numericValue = 1 then 1 else 0 end) as yesCount",
			"from LVSurvey_SurveyResponse r",
			"inner join LVSurvey_Survey s on s.surveyId = r.surveyId",
			"inner join LVSurvey_SurveyQuestion q on q.surveyId = r.surveyId",
			"and q.questionType = " + yesNo,
			"and q.position = (select min(keyQuestion.position)",
			"from LVSurvey_SurveyQuestion keyQuestion",
			"where keyQuestion.surveyId = r.surveyId and",
			"keyQuestion.questionType = " + yesNo + ")",
			"inner join LVSurvey_SurveyAnswer a on",
			"a.surveyResponseId = r.surveyResponseId and",
			"a.surveyQuestionId = q.surveyQuestionId", organizationJoins,
			"where r.companyId = ? and s.kind = " +
				SurveyConstants.KIND_FOLLOW_UP,
			"and r.responseDay >= ? and r.responseDay < ?", "group by",
			administrationColumn + ", r.methodId", "order by",
			administrationColumn + ", r.methodId");
	}

	private String _organizationJoins(String alias) {
		return String.join(
			" ", "inner join Organization_ ownOrganization on",
			"ownOrganization.organizationId = " + alias + ".organizationId",
			"inner join Organization_ administration on",
			"administration.companyId = ? and",
			"administration.parentOrganizationId = ? and",
			"ownOrganization.treePath like",
			"concat(administration.treePath, '%')");
	}

	private List<Object> _parameters(Timestamp from, Timestamp to) {
		return Collections.unmodifiableList(
			Arrays.asList(_companyId, from, to));
	}

	private List<Object> _parametersRolledUp(
		long parentOrganizationId, Timestamp from, Timestamp to) {

		return Collections.unmodifiableList(
			Arrays.asList(
				_companyId, parentOrganizationId, _companyId, from, to));
	}

	private String _responseRateSql(
		String administrationColumn, String organizationJoins) {

		return String.join(
			" ", "select", administrationColumn, "as organizationId,",
			"i.methodId as methodId, count(*) as invitationCount,",
			"sum(case when i.status = " +
				SurveyInvitationConstants.STATUS_ANSWERED +
					" then 1 else 0 end) as responseCount",
			"from LVSurvey_SurveyInvitation i", organizationJoins,
			"where i.companyId = ? and i.sentDate >= ? and i.sentDate < ?",
			"group by", administrationColumn + ", i.methodId", "order by",
			administrationColumn + ", i.methodId");
	}

	private final long _companyId;
	private final Timestamp _from;
	private final Timestamp _fromResponseDay;
	private final Timestamp _to;
	private final Timestamp _toResponseDay;

}
