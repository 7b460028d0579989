package se.livsviktig.survey.service.internal.results;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import se.livsviktig.survey.model.SurveyResponseTable;
import se.livsviktig.survey.model.SurveyTable;

/**
 * The surveys that have responses from one course session, oldest first, as one statement: the surveys an
 * instructor of that session can read results of. Its own class so the database tier runs the same query on
 * PostgreSQL and MariaDB as the service runs.
 *
 * @author Livsviktig
 */
public final class CourseSessionSurveysQuery {

	/**
	 * Both the survey and its responses are matched on the company: a session id of another company (ids are
	 * unique, but a response's session id is whatever was recorded) must not show its surveys.
	 */
	public static DSLQuery select(long companyId, long courseSessionId) {
		SurveyResponseTable surveyResponseTable = SurveyResponseTable.INSTANCE;
		SurveyTable surveyTable = SurveyTable.INSTANCE;

		return DSLQueryFactoryUtil.select(
			surveyTable
		).from(
			surveyTable
		).where(
			surveyTable.companyId.eq(
				companyId
			).and(
				surveyTable.surveyId.in(
					DSLQueryFactoryUtil.selectDistinct(
						surveyResponseTable.surveyId
					).from(
						surveyResponseTable
					).where(
						surveyResponseTable.companyId.eq(
							companyId
						).and(
							surveyResponseTable.courseSessionId.eq(
								courseSessionId)
						)
					))
			)
		).orderBy(
			surveyTable.createDate.ascending(), surveyTable.surveyId.ascending()
		);
	}

	private CourseSessionSurveysQuery() {
	}

}
