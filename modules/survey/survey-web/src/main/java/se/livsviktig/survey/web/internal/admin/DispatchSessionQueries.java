package se.livsviktig.survey.web.internal.admin;

import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.petra.sql.dsl.query.DSLQuery;

import se.livsviktig.survey.model.SurveyDispatchSessionTable;

/**
 * The chosen sessions of a dispatch, read from its SurveyDispatchSession rows: their ids for the form, their
 * number for the list.
 *
 * @author Livsviktig
 */
public class DispatchSessionQueries {

	public static DSLQuery courseSessionIdsQuery(long surveyDispatchId) {
		return DSLQueryFactoryUtil.select(
			SurveyDispatchSessionTable.INSTANCE.courseSessionId
		).from(
			SurveyDispatchSessionTable.INSTANCE
		).where(
			SurveyDispatchSessionTable.INSTANCE.surveyDispatchId.eq(
				surveyDispatchId)
		);
	}

	public static DSLQuery countQuery(long surveyDispatchId) {
		return DSLQueryFactoryUtil.count(
		).from(
			SurveyDispatchSessionTable.INSTANCE
		).where(
			SurveyDispatchSessionTable.INSTANCE.surveyDispatchId.eq(
				surveyDispatchId)
		);
	}

	private DispatchSessionQueries() {
	}

}
