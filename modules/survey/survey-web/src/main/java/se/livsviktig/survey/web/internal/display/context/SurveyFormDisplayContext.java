package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;

import se.livsviktig.survey.constants.SurveyConstants;
import se.livsviktig.survey.exception.SurveyKindException;
import se.livsviktig.survey.exception.SurveyStatusException;
import se.livsviktig.survey.exception.SurveyTitleException;
import se.livsviktig.survey.model.Survey;
import se.livsviktig.survey.web.internal.admin.LocalizedInput;
import se.livsviktig.survey.web.internal.admin.SurveyLabels;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;

/**
 * The survey form: title and description in Swedish and English, the kind (chosen when the survey is added:
 * evaluation or follow-up), anonymous or not, and, for an existing survey, its status. After a refusal it shows
 * what was typed, not what is stored, with the message at its field.
 *
 * @author Livsviktig
 */
public class SurveyFormDisplayContext {

	/**
	 * @param survey the survey edited, or null for a new one
	 */
	public SurveyFormDisplayContext(
		RenderRequest renderRequest, Survey survey, String actionURL,
		String cancelURL) {

		_renderRequest = renderRequest;
		_survey = survey;
		_actionURL = actionURL;
		_cancelURL = cancelURL;

		if (SessionErrors.contains(
				renderRequest, SurveyTitleException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					LocalizedInput.fieldName(
						"title", LocalizedInput.LOCALES.get(0)),
					SurveyErrorKeys.getErrorKey(SurveyTitleException.class)));
		}

		if (SessionErrors.contains(
				renderRequest, SurveyKindException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					"kind" + SurveyConstants.KIND_EVALUATION,
					SurveyErrorKeys.getErrorKey(SurveyKindException.class)));
		}

		if (SessionErrors.contains(
				renderRequest, SurveyStatusException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					"status",
					SurveyErrorKeys.getErrorKey(SurveyStatusException.class)));
		}
	}

	public String getActionURL() {
		return _actionURL;
	}

	public String getCancelURL() {
		return _cancelURL;
	}

	public String getDescription(Locale locale) {
		if (_refused() || (_survey == null)) {
			return ParamUtil.getString(
				_renderRequest, LocalizedInput.fieldName("description", locale));
		}

		return _survey.getDescription(locale, false);
	}

	public FieldError getFieldError(String fieldName) {
		for (FieldError fieldError : _fieldErrors) {
			if (fieldName.equals(fieldError.getFieldName())) {
				return fieldError;
			}
		}

		return null;
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	public List<Option> getKindOptions() {
		int kind = ParamUtil.getInteger(
			_renderRequest, "kind", SurveyConstants.KIND_EVALUATION);

		return List.of(
			new Option(
				String.valueOf(SurveyConstants.KIND_EVALUATION),
				SurveyLabels.kindKey(SurveyConstants.KIND_EVALUATION),
				kind == SurveyConstants.KIND_EVALUATION),
			new Option(
				String.valueOf(SurveyConstants.KIND_FOLLOW_UP),
				SurveyLabels.kindKey(SurveyConstants.KIND_FOLLOW_UP),
				kind == SurveyConstants.KIND_FOLLOW_UP));
	}

	public List<Locale> getLocales() {
		return LocalizedInput.LOCALES;
	}

	public List<Option> getStatusOptions() {
		int status = SurveyConstants.STATUS_DRAFT;

		if (_refused() || (_survey == null)) {
			status = ParamUtil.getInteger(_renderRequest, "status", status);
		}
		else {
			status = _survey.getStatus();
		}

		List<Option> options = new ArrayList<>();

		for (int surveyStatus : SurveyLabels.SURVEY_STATUSES) {
			options.add(
				new Option(
					String.valueOf(surveyStatus),
					SurveyLabels.statusKey(surveyStatus),
					surveyStatus == status));
		}

		return options;
	}

	public long getSurveyId() {
		if (_survey == null) {
			return 0;
		}

		return _survey.getSurveyId();
	}

	public String getTitle(Locale locale) {
		if (_refused() || (_survey == null)) {
			return ParamUtil.getString(
				_renderRequest, LocalizedInput.fieldName("title", locale));
		}

		return _survey.getTitle(locale, false);
	}

	public String getTitleKey() {
		if (_survey == null) {
			return "add-survey";
		}

		return "edit-survey";
	}

	public boolean isAnonymous() {
		if (_refused()) {
			return ParamUtil.getBoolean(_renderRequest, "anonymous");
		}

		if (_survey == null) {
			return true;
		}

		return _survey.isAnonymous();
	}

	public boolean isNew() {
		return _survey == null;
	}

	private boolean _refused() {
		return !_fieldErrors.isEmpty();
	}

	private final String _actionURL;
	private final String _cancelURL;
	private final List<FieldError> _fieldErrors = new ArrayList<>();
	private final RenderRequest _renderRequest;
	private final Survey _survey;

}
