package se.livsviktig.survey.service.internal.retention;

import com.liferay.portal.kernel.dao.orm.QueryPos;
import com.liferay.portal.kernel.dao.orm.SQLQuery;
import com.liferay.portal.kernel.dao.orm.Session;

import java.sql.Timestamp;

import java.util.Date;

import se.livsviktig.survey.service.persistence.SurveyAnswerPersistence;
import se.livsviktig.survey.service.persistence.SurveyResponsePersistence;

/**
 * The two retention steps of a company, each one set-based statement: free-text answers of responses given before
 * the cutoff are deleted, and responses given before the cutoff lose their person (only responses to surveys that
 * are not anonymous ever had one). A row that was handled no longer matches, so a second run changes nothing and two
 * nodes running it at once do the same work once.
 *
 * @author Livsviktig
 */
public class SurveyRetention {

	/**
	 * Parameters: companyId, companyId, cutoff. Only free-text answers carry a text.
	 */
	public static final String DELETE_FREE_TEXT_SQL =
		"delete from LVSurvey_SurveyAnswer where companyId = ? and textValue " +
			"is not null and surveyResponseId in (select surveyResponseId " +
				"from LVSurvey_SurveyResponse where companyId = ? and " +
					"responseDay < ?)";

	/**
	 * Parameters: companyId, cutoff.
	 */
	public static final String REMOVE_PERSON_SQL =
		"update LVSurvey_SurveyResponse set userId = 0, mvccVersion = " +
			"mvccVersion + 1 where companyId = ? and userId <> 0 and " +
				"responseDay < ?";

	public SurveyRetention(
		SurveyResponsePersistence surveyResponsePersistence,
		SurveyAnswerPersistence surveyAnswerPersistence) {

		_surveyResponsePersistence = surveyResponsePersistence;
		_surveyAnswerPersistence = surveyAnswerPersistence;
	}

	/**
	 * @return the free-text answers deleted
	 */
	public int deleteFreeText(long companyId, Date cutoff) {
		SQLQuery sqlQuery = _session().createSynchronizedSQLQuery(
			DELETE_FREE_TEXT_SQL);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(companyId);
		queryPos.add(companyId);
		queryPos.add(new Timestamp(cutoff.getTime()));

		int deleted = sqlQuery.executeUpdate();

		// Rows changed behind the persistence's back: cached copies would still show them.

		_surveyAnswerPersistence.clearCache();

		return deleted;
	}

	/**
	 * @return the responses that lost their person
	 */
	public int removePerson(long companyId, Date cutoff) {
		SQLQuery sqlQuery = _session().createSynchronizedSQLQuery(
			REMOVE_PERSON_SQL);

		QueryPos queryPos = QueryPos.getInstance(sqlQuery);

		queryPos.add(companyId);
		queryPos.add(new Timestamp(cutoff.getTime()));

		int updated = sqlQuery.executeUpdate();

		_surveyResponsePersistence.clearCache();

		return updated;
	}

	private Session _session() {
		return _surveyResponsePersistence.getCurrentSession();
	}

	private final SurveyAnswerPersistence _surveyAnswerPersistence;
	private final SurveyResponsePersistence _surveyResponsePersistence;

}
