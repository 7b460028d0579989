package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.PortletRequest;

/**
 * The add or edit programme form: what is in its fields (what the coordinator typed when the service refused it,
 * else the programme's values, else the defaults), the target groups and training methods to tick, and each
 * refusal at its field.
 *
 * @author Livsviktig
 */
public class CareProgramFormDisplayContext {

	public CareProgramFormDisplayContext(
		PortletRequest portletRequest, long careProgramId,
		CareProgramFormValues storedValues, boolean targetGroupVocabulary,
		List<Option> targetGroupOptions, List<Option> methodOptions,
		String actionURL, String cancelURL,
		String addTargetGroupVocabularyURL, List<FieldError> fieldErrors,
		String pickOwnerURL, String pickContactURL) {

		_portletRequest = portletRequest;
		_careProgramId = careProgramId;
		_storedValues = storedValues;
		_targetGroupVocabulary = targetGroupVocabulary;
		_targetGroupOptions = targetGroupOptions;
		_methodOptions = methodOptions;
		_actionURL = actionURL;
		_cancelURL = cancelURL;
		_addTargetGroupVocabularyURL = addTargetGroupVocabularyURL;
		_fieldErrors = fieldErrors;
		_pickOwnerURL = pickOwnerURL;
		_pickContactURL = pickContactURL;
	}

	public String getActionURL() {
		return _actionURL;
	}

	/**
	 * @return where the coordinator creates the site's "Målgrupp" vocabulary (a POST)
	 */
	public String getAddTargetGroupVocabularyURL() {
		return _addTargetGroupVocabularyURL;
	}

	public String getArticleResourcePrimKey() {
		return _value(
			"articleResourcePrimKey",
			_storedValues.getArticleResourcePrimKey());
	}

	public String getCancelURL() {
		return _cancelURL;
	}

	public long getCareProgramId() {
		return _careProgramId;
	}

	public String getContactEmailAddresses() {
		return _value(
			"contactEmailAddresses", _storedValues.getContactEmailAddresses());
	}

	/**
	 * @return the refusal about the field, or null
	 */
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

	public List<Option> getMethodOptions() {
		return _methodOptions;
	}

	public String getNationalURL() {
		return _value("nationalURL", _storedValues.getNationalURL());
	}

	public String getOwnerEmailAddress() {
		return _value(
			"ownerEmailAddress", _storedValues.getOwnerEmailAddress());
	}

	/**
	 * @return the people picker for one more contact (an existing programme's; a new one's are typed)
	 */
	public String getPickContactURL() {
		return _pickContactURL;
	}

	/**
	 * @return the people picker for the owner (an existing programme's; a new one's is typed)
	 */
	public String getPickOwnerURL() {
		return _pickOwnerURL;
	}

	public String getReviewIntervalMonths() {
		return _value(
			"reviewIntervalMonths", _storedValues.getReviewIntervalMonths());
	}

	/**
	 * @return the language key of what the last action did (the vocabulary added), or null
	 */
	public String getSuccessMessageKey() {
		return CareProgramMessages.getSuccessMessageKey(_portletRequest);
	}

	public List<Option> getTargetGroupOptions() {
		return _targetGroupOptions;
	}

	public String getTitleEn() {
		return _value("titleEn", _storedValues.getTitleEn());
	}

	public String getTitleSv() {
		return _value("titleSv", _storedValues.getTitleSv());
	}

	/**
	 * @return whether the site has its "Målgrupp" vocabulary; without it there are no target groups to choose
	 */
	public boolean hasTargetGroupVocabulary() {
		return _targetGroupVocabulary;
	}

	public boolean isNew() {
		if (_careProgramId <= 0) {
			return true;
		}

		return false;
	}

	private String _value(String name, String storedValue) {
		return ParamUtil.getString(_portletRequest, name, storedValue);
	}

	private final String _actionURL;
	private final String _addTargetGroupVocabularyURL;
	private final String _cancelURL;
	private final long _careProgramId;
	private final List<FieldError> _fieldErrors;
	private final List<Option> _methodOptions;
	private final String _pickContactURL;
	private final String _pickOwnerURL;
	private final PortletRequest _portletRequest;
	private final CareProgramFormValues _storedValues;
	private final List<Option> _targetGroupOptions;
	private final boolean _targetGroupVocabulary;

}
