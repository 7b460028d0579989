package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.constants.TrainingMethodConstants;
import se.livsviktig.training.exception.TrainingMethodDescriptionException;
import se.livsviktig.training.exception.TrainingMethodNameException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The add/edit form of a training method. After a refused save the form shows what the user typed, not what
 * is stored, and an error summary that links to each field to correct.
 *
 * @author Livsviktig
 */
public class EditTrainingMethodDisplayContext {

	public static final int DESCRIPTION_MAX_LENGTH = 4000;

	public EditTrainingMethodDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		TrainingMethod trainingMethod, Collection<Locale> availableLocales,
		Locale defaultLocale, String redirect) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_trainingMethod = trainingMethod;
		_availableLocales = availableLocales;
		_defaultLocale = defaultLocale;
		_redirect = redirect;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	public List<LocalizedInput> getDescriptionInputs() {
		return _getLocalizedInputs(
			"description", TrainingMethod::getDescription, false,
			DESCRIPTION_MAX_LENGTH);
	}

	public List<FormError> getErrors() {
		List<FormError> errors = new ArrayList<>();

		if (SessionErrors.contains(
				_renderRequest, TrainingMethodNameException.class.getName())) {

			errors.add(
				new FormError(
					"name_" + _defaultLocale,
					"enter-a-name-in-x-of-at-most-x-characters",
					_defaultLocale.getDisplayLanguage(_themeDisplay.getLocale()),
					getNameMaxLength()));
		}

		if (SessionErrors.contains(
				_renderRequest,
				TrainingMethodDescriptionException.class.getName())) {

			errors.add(
				new FormError(
					"description_" + _defaultLocale,
					"a-description-may-have-at-most-x-characters",
					DESCRIPTION_MAX_LENGTH));
		}

		Object ruleError = SessionErrors.get(
			_renderRequest, TrainingMethodRuleException.class.getName());

		if (ruleError instanceof TrainingMethodRuleException) {
			TrainingMethodRuleException trainingMethodRuleException =
				(TrainingMethodRuleException)ruleError;

			String field = trainingMethodRuleException.getField();

			if (field == null) {
				errors.add(
					new FormError(
						"instructorsPerSession",
						"check-the-rules-of-the-training-method"));
			}
			else {
				errors.add(
					new FormError(
						field, "x-must-be-a-number-from-x-to-x",
						_FIELD_LABEL_KEYS.apply(field),
						trainingMethodRuleException.getMin(),
						trainingMethodRuleException.getMax()));
			}
		}

		return errors;
	}

	public int getFollowUpSurveyDays() {
		return _getInt(
			"followUpSurveyDays", TrainingMethod::getFollowUpSurveyDays,
			TrainingMethodConstants.DEFAULT_FOLLOW_UP_SURVEY_DAYS);
	}

	public int getInstructorsPerSession() {
		return _getInt(
			"instructorsPerSession", TrainingMethod::getInstructorsPerSession,
			TrainingMethodConstants.DEFAULT_INSTRUCTORS_PER_SESSION);
	}

	public int getLicencePeriodMonths() {
		return _getInt(
			"licencePeriodMonths", TrainingMethod::getLicencePeriodMonths, 0);
	}

	public int getLicenceSessionsRequired() {
		return _getInt(
			"licenceSessionsRequired",
			TrainingMethod::getLicenceSessionsRequired, 0);
	}

	public List<LocalizedInput> getNameInputs() {
		return _getLocalizedInputs(
			"name", TrainingMethod::getName, true, getNameMaxLength());
	}

	public int getNameMaxLength() {
		return ModelHintsUtil.getMaxLength(
			TrainingMethod.class.getName(), "name");
	}

	/**
	 * @return where Save and Cancel lead: the page the form was opened from, or the catalogue
	 */
	public String getRedirect() {
		if (Validator.isNotNull(_redirect)) {
			return _redirect;
		}

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_TRAINING_METHODS
		).buildString();
	}

	public int getRequiredAttendancePercent() {
		return _getInt(
			"requiredAttendancePercent",
			TrainingMethod::getRequiredAttendancePercent,
			TrainingMethodConstants.DEFAULT_REQUIRED_ATTENDANCE_PERCENT);
	}

	public String getTitleKey() {
		if (_trainingMethod == null) {
			return "add-training-method";
		}

		return "edit-training-method";
	}

	public long getTrainingMethodId() {
		if (_trainingMethod == null) {
			return 0;
		}

		return _trainingMethod.getTrainingMethodId();
	}

	public boolean hasErrors() {
		return !getErrors().isEmpty();
	}

	public boolean isCertifiedInstructorsRequired() {
		if (_isResubmission()) {
			return ParamUtil.getBoolean(
				_renderRequest, "certifiedInstructorsRequired");
		}

		if (_trainingMethod == null) {
			return true;
		}

		return _trainingMethod.isCertifiedInstructorsRequired();
	}

	private int _getInt(
		String param, ToIntFunction<TrainingMethod> getter, int defaultValue) {

		if (_isResubmission()) {
			return ParamUtil.getInteger(_renderRequest, param, defaultValue);
		}

		if (_trainingMethod == null) {
			return defaultValue;
		}

		return getter.applyAsInt(_trainingMethod);
	}

	private List<LocalizedInput> _getLocalizedInputs(
		String fieldName,
		LocalizedGetter<TrainingMethod> getter, boolean requiredInDefault,
		int maxLength) {

		List<LocalizedInput> inputs = new ArrayList<>();

		inputs.add(
			_toLocalizedInput(
				fieldName, getter, _defaultLocale, requiredInDefault,
				maxLength));

		for (Locale locale : _availableLocales) {
			if (!locale.equals(_defaultLocale)) {
				inputs.add(
					_toLocalizedInput(
						fieldName, getter, locale, false, maxLength));
			}
		}

		return inputs;
	}

	private boolean _isResubmission() {
		return !SessionErrors.isEmpty(_renderRequest);
	}

	private LocalizedInput _toLocalizedInput(
		String fieldName, LocalizedGetter<TrainingMethod> getter,
		Locale locale, boolean required, int maxLength) {

		String value = "";

		if (_isResubmission()) {
			value = ParamUtil.getString(
				_renderRequest, fieldName + "_" + locale);
		}
		else if (_trainingMethod != null) {
			value = getter.get(_trainingMethod, locale, false);
		}

		return new LocalizedInput(
			fieldName, locale, _themeDisplay.getLocale(), value, required,
			maxLength);
	}

	private static final Function<String, String> _FIELD_LABEL_KEYS =
		field -> {
			if (field.equals("followUpSurveyDays")) {
				return "follow-up-survey-after-days";
			}
			else if (field.equals("instructorsPerSession")) {
				return "instructors-per-session";
			}
			else if (field.equals("licencePeriodMonths")) {
				return "licence-period-in-months";
			}
			else if (field.equals("licenceSessionsRequired")) {
				return "sessions-required-for-licence-upkeep";
			}
			else if (field.equals("requiredAttendancePercent")) {
				return "required-attendance-percent";
			}

			return field;
		};

	private final Collection<Locale> _availableLocales;
	private final Locale _defaultLocale;
	private final String _redirect;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethod _trainingMethod;

	@FunctionalInterface
	private interface LocalizedGetter<T> {

		public String get(T model, Locale locale, boolean useDefault);

	}

}
