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
import se.livsviktig.survey.model.SurveyInvitation;
import se.livsviktig.survey.service.SurveyInvitationLocalService;
import se.livsviktig.survey.service.SurveyLocalService;
import se.livsviktig.survey.uad.constants.SurveyUADConstants;
import se.livsviktig.survey.uad.text.InvitationStatusName;

/**
 * Shows a person's survey invitations in the portal's personal data screens as the person knows them: the survey
 * by its title, whether it was answered, when it was sent and until when it could be answered. Never which answers
 * were given: an invitation is not linked to its response. Values are handed over as text; the portal escapes
 * every field value it prints.
 *
 * @author Livsviktig
 */
@Component(service = UADDisplay.class)
public class InvitationUADDisplay
	extends BaseModelUADDisplay<SurveyInvitation> {

	@Override
	public SurveyInvitation get(Serializable primaryKey)
		throws PortalException {

		return _surveyInvitationLocalService.getSurveyInvitation(
			Long.valueOf(primaryKey.toString()));
	}

	@Override
	public String[] getDisplayFieldNames() {
		return new String[] {"survey", "status", "sentDate", "expirationDate"};
	}

	@Override
	public Map<String, Object> getFieldValues(
		SurveyInvitation surveyInvitation, String[] fieldNames,
		Locale locale) {

		Map<String, Object> fieldValues = new LinkedHashMap<>();

		for (String fieldName : fieldNames) {
			fieldValues.put(
				fieldName, _fieldValue(surveyInvitation, fieldName, locale));
		}

		return fieldValues;
	}

	/**
	 * Only real columns: the screen orders through the database, and the survey's title is not a column here.
	 */
	@Override
	public String[] getSortingFieldNames() {
		return new String[] {"sentDate", "expirationDate", "status"};
	}

	@Override
	public Class<SurveyInvitation> getTypeClass() {
		return SurveyInvitation.class;
	}

	@Override
	public String getTypeName(Locale locale) {
		return UADLanguage.get(
			InvitationUADDisplay.class, locale,
			"model.resource." + SurveyInvitation.class.getName());
	}

	@Override
	protected long doCount(DynamicQuery dynamicQuery) {
		return _surveyInvitationLocalService.dynamicQueryCount(dynamicQuery);
	}

	@Override
	protected DynamicQuery doGetDynamicQuery() {
		return _surveyInvitationLocalService.dynamicQuery();
	}

	@Override
	protected List<SurveyInvitation> doGetRange(
		DynamicQuery dynamicQuery, int start, int end) {

		return _surveyInvitationLocalService.dynamicQuery(
			dynamicQuery, start, end);
	}

	@Override
	protected String[] doGetUserIdFieldNames() {
		return SurveyUADConstants.USER_ID_FIELD_NAMES_SURVEY_INVITATION;
	}

	private String _fieldValue(
		SurveyInvitation surveyInvitation, String fieldName, Locale locale) {

		if (fieldName.equals("survey")) {
			Survey survey = _surveyLocalService.fetchSurvey(
				surveyInvitation.getSurveyId());

			if (survey == null) {
				return String.valueOf(surveyInvitation.getSurveyId());
			}

			return survey.getTitle(locale);
		}

		if (fieldName.equals("status")) {
			return UADLanguage.get(
				InvitationUADDisplay.class, locale,
				InvitationStatusName.languageKey(surveyInvitation.getStatus()));
		}

		if (fieldName.equals("sentDate")) {
			return DisplayDate.format(surveyInvitation.getSentDate(), locale);
		}

		if (fieldName.equals("expirationDate")) {
			return DisplayDate.format(
				surveyInvitation.getExpirationDate(), locale);
		}

		return null;
	}

	@Reference
	private SurveyInvitationLocalService _surveyInvitationLocalService;

	@Reference
	private SurveyLocalService _surveyLocalService;

}
