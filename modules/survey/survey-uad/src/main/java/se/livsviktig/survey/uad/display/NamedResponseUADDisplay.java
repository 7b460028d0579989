package se.livsviktig.survey.uad.display;

import com.liferay.portal.kernel.dao.orm.DynamicQuery;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.user.associated.data.display.BaseModelUADDisplay;
import com.liferay.user.associated.data.display.UADDisplay;

import java.io.Serializable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.livsviktig.platform.uad.DisplayDate;
import se.livsviktig.platform.uad.UADLanguage;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.model.SurveyResponse;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.service.SurveyResponseLocalService;
import se.livsviktig.survey.uad.constants.SurveyUADConstants;

/**
 * Shows the responses a person gave to surveys that are not anonymous (an anonymous survey's responses keep no
 * person, so they never appear here): the survey by its title and the day of the response. Values are handed over
 * as text; the portal escapes every field value it prints.
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class NamedResponseUADDisplay
	extends BaseModelUADDisplay<SurveyResponse> {

	@Override
	public SurveyResponse get(Serializable primaryKey)
		throws PortalException {

		return _surveyResponseLocalService.getSurveyResponse(
			Long.valueOf(primaryKey.toString()));
	}

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {"survey", "responseDay"};
	}

	@Override
	public Map<String, Object> getFieldValues(
		SurveyResponse surveyResponse, String[] fieldNames, Locale locale) {

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(
				fieldName, _fieldValue(surveyResponse, fieldName, locale));
		}

		return fieldValues;
	}

	/**
	 * Only real columns: the screen orders through the database, and the survey's title is not a column here.
	 */
	@Override
	public String[] getSortingFieldNames() {
		return new String[] {"responseDay"};
	}

	@Override
	public Class<SurveyResponse> getTypeClass() {
		return SurveyResponse.class;
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			NamedResponseUADDisplay.class, locale,
			"model.resource." + SurveyResponse.class.getName());
	}

	@Override
	protected long doCount(DynamicQuery dynamicQuery) {
		return _surveyResponseLocalService.dynamicQueryCount(dynamicQuery);
	}

	@Override
	protected DynamicQuery doGetDynamicQuery() {
		return _surveyResponseLocalService.dynamicQuery();
	}

	@Override
	protected List<SurveyResponse> doGetRange(
		DynamicQuery dynamicQuery, int start, int end) {

		return _surveyResponseLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return SurveyUADConstants.USER_ID_FIELD_NAMES_SURVEY_RESPONSE;
	}

	private String _fieldValue(
		SurveyResponse surveyResponse, String fieldName, Locale locale) {

		if (fieldName.equals("survey")) {
			Survey survey = _surveyLocalService.fetchSurvey(
				surveyResponse.getSurveyId());

			if (survey == null) {
				return String.valueOf(surveyResponse.getSurveyId());
			}

			return survey.getTitle(locale);
		}

		if (fieldName.equals("responseDay")) {
			return DisplayDate.format(surveyResponse.getResponseDay(), locale);
		}

		return null;
	}

	@Reference
	private SurveyResponseLocalService _surveyResponseLocalService;

	@Reference
	private SurveyLocalService _surveyLocalService;

}
