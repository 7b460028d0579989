package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.model.ModelHintsUtil;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.servlet.SessionErrors;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.exception.CourseDescriptionException;
import se.livsviktig.training.exception.CourseDurationException;
import se.livsviktig.training.exception.CourseTitleException;
import se.livsviktig.training.exception.NoSuchTrainingMethodException;
import se.livsviktig.training.exception.RequiredCourseException;
import se.livsviktig.training.exception.TrainingMethodRuleException;
import se.livsviktig.training.model.Course;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The add/edit form of a course: its method, title, description and target audience in each of the site's
 * languages, duration and whether the interest list is booked when a session is published. After a refused
 * save the form shows what was typed and a message per field.
 *
 * @author Livsviktig
 */
public class EditCourseDisplayContext {

	public static final int TEXT_MAX_LENGTH = 4000;

	/**
	 * The service's typed exceptions the form explains, each stored in SessionErrors under its class's name.
	 */
	public static final List<Class<? extends Exception>> ERRORS = List.of(
		CourseDescriptionException.class, CourseDurationException.class,
		CourseTitleException.class, NoSuchTrainingMethodException.class,
		RequiredCourseException.class, TrainingMethodRuleException.class);

	public EditCourseDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		Course course, List<TrainingMethod> trainingMethods,
		Collection<Locale> availableLocales, Locale defaultLocale,
		String redirect) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_course = course;
		_trainingMethods = trainingMethods;
		_availableLocales = availableLocales;
		_defaultLocale = defaultLocale;
		_redirect = redirect;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	public long getCourseId() {
		if (_course == null) {
			return 0;
		}

		return _course.getCourseId();
	}

	public List<LocalizedInput> getDescriptionInputs() {
		return _getLocalizedInputs("description", false, TEXT_MAX_LENGTH);
	}

	public String getDurationHours() {
		if (_isResubmission()) {
			return ParamUtil.getString(_renderRequest, "durationHours");
		}

		if (_course == null) {
			return "";
		}

		double durationHours = _course.getDurationHours();

		if (durationHours == Math.rint(durationHours)) {
			return String.valueOf((long)durationHours);
		}

		return String.valueOf(durationHours);
	}

	public FormError getError(String fieldName) {
		for (FormError formError : getErrors()) {
			if (fieldName.equals(formError.getFieldName())) {
				return formError;
			}
		}

		return null;
	}

	public List<FormError> getErrors() {
		List<FormError> errors = new ArrayList<>();

		if (SessionErrors.contains(
				_renderRequest, NoSuchTrainingMethodException.class.getName()) ||
			SessionErrors.contains(
				_renderRequest, TrainingMethodRuleException.class.getName())) {

			errors.add(
				new FormError(
					"trainingMethodId", "choose-an-active-training-method"));
		}

		if (SessionErrors.contains(
				_renderRequest, CourseTitleException.class.getName())) {

			errors.add(
				new FormError(
					"title_" + _defaultLocale,
					"enter-a-title-in-x-of-at-most-x-characters",
					_defaultLocale.getDisplayLanguage(_themeDisplay.getLocale()),
					getTitleMaxLength()));
		}

		if (SessionErrors.contains(
				_renderRequest, CourseDescriptionException.class.getName())) {

			errors.add(
				new FormError(
					"description_" + _defaultLocale,
					"a-description-or-target-audience-may-have-at-most-x-" +
						"characters",
					TEXT_MAX_LENGTH));
		}

		if (SessionErrors.contains(
				_renderRequest, CourseDurationException.class.getName())) {

			errors.add(
				new FormError(
					"durationHours", "enter-the-duration-in-hours-above-0"));
		}

		if (SessionErrors.contains(
				_renderRequest, RequiredCourseException.class.getName())) {

			errors.add(
				new FormError(
					"", "the-course-has-registrations-archive-it-instead"));
		}

		return errors;
	}

	public String getRedirect() {
		if (Validator.isNotNull(_redirect)) {
			return _redirect;
		}

		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.ADMIN_VIEW_COURSES
		).buildString();
	}

	public List<LocalizedInput> getTargetAudienceInputs() {
		return _getLocalizedInputs(
			"targetAudience", false,
			ModelHintsUtil.getMaxLength(
				Course.class.getName(), "targetAudience"));
	}

	public List<LocalizedInput> getTitleInputs() {
		return _getLocalizedInputs("title", true, getTitleMaxLength());
	}

	public String getTitleKey() {
		if (_course == null) {
			return "add-course";
		}

		return "edit-course";
	}

	public int getTitleMaxLength() {
		return ModelHintsUtil.getMaxLength(Course.class.getName(), "title");
	}

	public List<SelectOption> getTrainingMethodOptions() {
		long trainingMethodId = 0;

		if (_isResubmission()) {
			trainingMethodId = ParamUtil.getLong(
				_renderRequest, "trainingMethodId");
		}
		else if (_course != null) {
			trainingMethodId = _course.getTrainingMethodId();
		}

		List<SelectOption> options = new ArrayList<>();

		for (TrainingMethod trainingMethod : _trainingMethods) {
			options.add(
				SelectOption.ofName(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(_themeDisplay.getLocale()),
					trainingMethod.getTrainingMethodId() == trainingMethodId));
		}

		return options;
	}

	public boolean isArchived() {
		if ((_course != null) &&
			(_course.getStatus() == WorkflowConstants.STATUS_INACTIVE)) {

			return true;
		}

		return false;
	}

	public boolean isAutoBookInterested() {
		if (_isResubmission()) {
			return ParamUtil.getBoolean(_renderRequest, "autoBookInterested");
		}

		if (_course == null) {
			return false;
		}

		return _course.isAutoBookInterested();
	}

	public boolean isNew() {
		if (_course == null) {
			return true;
		}

		return false;
	}

	private List<LocalizedInput> _getLocalizedInputs(
		String fieldName, boolean requiredInDefault, int maxLength) {

		List<LocalizedInput> inputs = new ArrayList<>();

		inputs.add(
			_toLocalizedInput(
				fieldName, _defaultLocale, requiredInDefault, maxLength));

		for (Locale locale : _availableLocales) {
			if (!locale.equals(_defaultLocale)) {
				inputs.add(
					_toLocalizedInput(fieldName, locale, false, maxLength));
			}
		}

		return inputs;
	}

	/**
	 * @return whether a save was refused, so the form shows what was typed; a refused delete
	 *         (RequiredCourseException) brings the form back with nothing typed
	 */
	private boolean _isResubmission() {
		for (Class<? extends Exception> errorClass : ERRORS) {
			if ((errorClass != RequiredCourseException.class) &&
				SessionErrors.contains(_renderRequest, errorClass.getName())) {

				return true;
			}
		}

		return false;
	}

	private LocalizedInput _toLocalizedInput(
		String fieldName, Locale locale, boolean required, int maxLength) {

		String value = "";

		if (_isResubmission()) {
			value = ParamUtil.getString(
				_renderRequest, fieldName + "_" + locale);
		}
		else if (_course != null) {
			if (fieldName.equals("title")) {
				value = _course.getTitle(locale, false);
			}
			else if (fieldName.equals("description")) {
				value = _course.getDescription(locale, false);
			}
			else {
				value = _course.getTargetAudience(locale, false);
			}
		}

		if (value == null) {
			value = "";
		}

		return new LocalizedInput(
			fieldName, locale, _themeDisplay.getLocale(), value, required,
			maxLength);
	}

	private final Collection<Locale> _availableLocales;
	private final Course _course;
	private final Locale _defaultLocale;
	private final String _redirect;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final ThemeDisplay _themeDisplay;
	private final List<TrainingMethod> _trainingMethods;

}
