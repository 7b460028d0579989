package se.livsviktig.survey.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;

import se.livsviktig.survey.constants.SurveyQuestionConstants;
import se.livsviktig.survey.exception.SurveyLockedException;
import se.livsviktig.survey.exception.SurveyQuestionLabelsException;
import se.livsviktig.survey.exception.SurveyQuestionOptionsException;
import se.livsviktig.survey.exception.SurveyQuestionTextException;
import se.livsviktig.survey.exception.SurveyQuestionTypeException;
import se.livsviktig.survey.model.SurveyQuestion;
import se.livsviktig.survey.web.internal.admin.LocalizedInput;
import se.livsviktig.survey.web.internal.admin.SurveyLabels;
import se.livsviktig.survey.web.internal.language.SurveyErrorKeys;

/**
 * The question form: the type (chosen when the question is added), the question in Swedish and English, the
 * Likert scale's end labels, the choices one per line, and whether it must be answered. After a refusal it shows
 * what was typed, with the message at its field; a survey locked meanwhile by its first response says so above the
 * form.
 *
 * @author Livsviktig
 */
public class SurveyQuestionFormDisplayContext {

	public static final String[] LOCALIZED_FIELDS = {
		"text", "lowLabel", "highLabel", "options"
	};

	/**
	 * @param surveyQuestion the question edited, or null for a new one
	 */
	public SurveyQuestionFormDisplayContext(
		RenderRequest renderRequest, long surveyId,
		SurveyQuestion surveyQuestion, String actionURL, String cancelURL) {

		_renderRequest = renderRequest;
		_surveyId = surveyId;
		_surveyQuestion = surveyQuestion;
		_actionURL = actionURL;
		_cancelURL = cancelURL;

		if (SessionErrors.contains(
				renderRequest, SurveyLockedException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					null,
					SurveyErrorKeys.getErrorKey(SurveyLockedException.class)));
		}

		Locale swedish = LocalizedInput.LOCALES.get(0);

		if (SessionErrors.contains(
				renderRequest, SurveyQuestionTypeException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					"questionType",
					SurveyErrorKeys.getErrorKey(
						SurveyQuestionTypeException.class)));
		}

		if (SessionErrors.contains(
				renderRequest, SurveyQuestionTextException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					LocalizedInput.fieldName("text", swedish),
					SurveyErrorKeys.getErrorKey(
						SurveyQuestionTextException.class)));
		}

		if (SessionErrors.contains(
				renderRequest, SurveyQuestionLabelsException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					LocalizedInput.fieldName("lowLabel", swedish),
					SurveyErrorKeys.getErrorKey(
						SurveyQuestionLabelsException.class)));
		}

		if (SessionErrors.contains(
				renderRequest,
				SurveyQuestionOptionsException.class.getName())) {

			_fieldErrors.add(
				new FieldError(
					LocalizedInput.fieldName("options", swedish),
					SurveyErrorKeys.getErrorKey(
						SurveyQuestionOptionsException.class)));
		}
	}

	public String getActionURL() {
		return _actionURL;
	}

	public String getCancelURL() {
		return _cancelURL;
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

	public List<Locale> getLocales() {
		return LocalizedInput.LOCALES;
	}

	public int getQuestionType() {
		if (_surveyQuestion != null) {
			return _surveyQuestion.getQuestionType();
		}

		return ParamUtil.getInteger(
			_renderRequest, "questionType",
			SurveyQuestionConstants.TYPE_LIKERT);
	}

	public String getQuestionTypeKey() {
		return SurveyLabels.questionTypeKey(getQuestionType());
	}

	public List<Option> getQuestionTypeOptions() {
		List<Option> options = new ArrayList<>();

		for (int questionType : SurveyLabels.QUESTION_TYPES) {
			options.add(
				new Option(
					String.valueOf(questionType),
					SurveyLabels.questionTypeKey(questionType),
					questionType == getQuestionType()));
		}

		return options;
	}

	public long getSurveyId() {
		return _surveyId;
	}

	public long getSurveyQuestionId() {
		if (_surveyQuestion == null) {
			return 0;
		}

		return _surveyQuestion.getSurveyQuestionId();
	}

	public String getTitleKey() {
		if (_surveyQuestion == null) {
			return "add-question";
		}

		return "edit-question";
	}

	/**
	 * @param field text, lowLabel, highLabel or options
	 */
	public String getValue(String field, Locale locale) {
		if (_refused() || (_surveyQuestion == null)) {
			return ParamUtil.getString(
				_renderRequest, LocalizedInput.fieldName(field, locale));
		}

		if (field.equals("text")) {
			return _surveyQuestion.getText(locale, false);
		}
		else if (field.equals("lowLabel")) {
			return _surveyQuestion.getLowLabel(locale, false);
		}
		else if (field.equals("highLabel")) {
			return _surveyQuestion.getHighLabel(locale, false);
		}

		return _surveyQuestion.getOptions(locale, false);
	}

	public boolean isNew() {
		return _surveyQuestion == null;
	}

	public boolean isRequired() {
		if (_refused()) {
			return ParamUtil.getBoolean(_renderRequest, "required");
		}

		if (_surveyQuestion == null) {
			return true;
		}

		return _surveyQuestion.isRequired();
	}

	private boolean _refused() {
		return !_fieldErrors.isEmpty();
	}

	private final String _actionURL;
	private final String _cancelURL;
	private final List<FieldError> _fieldErrors = new ArrayList<>();
	private final RenderRequest _renderRequest;
	private final long _surveyId;
	private final SurveyQuestion _surveyQuestion;

}
