package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.PortletRequest;

/**
 * The add or edit routine form: the administration (chosen when the routine is added, fixed after: one routine per
 * programme and administration), the article, the owner and the review interval, what was typed when the service
 * refused it, and each refusal at its field.
 *
 * @author Livsviktig
 */
public class LocalRoutineFormDisplayContext {

	public LocalRoutineFormDisplayContext(
		PortletRequest portletRequest, String careProgramTitle,
		long careProgramId, long localRoutineId, String administrationName,
		List<Option> organizationOptions, String storedArticleResourcePrimKey,
		String storedOwnerEmailAddress, String storedReviewIntervalMonths,
		String actionURL, String cancelURL, List<FieldError> fieldErrors,
		String pickOwnerURL) {

		_pickOwnerURL = pickOwnerURL;

		_portletRequest = portletRequest;
		_careProgramTitle = careProgramTitle;
		_careProgramId = careProgramId;
		_localRoutineId = localRoutineId;
		_administrationName = administrationName;
		_organizationOptions = organizationOptions;
		_storedArticleResourcePrimKey = storedArticleResourcePrimKey;
		_storedOwnerEmailAddress = storedOwnerEmailAddress;
		_storedReviewIntervalMonths = storedReviewIntervalMonths;
		_actionURL = actionURL;
		_cancelURL = cancelURL;
		_fieldErrors = fieldErrors;
	}

	public String getActionURL() {
		return _actionURL;
	}

	/**
	 * @return the routine's administration, or null for a new routine (the form offers a choice)
	 */
	public String getAdministrationName() {
		return _administrationName;
	}

	public String getArticleResourcePrimKey() {
		return ParamUtil.getString(
			_portletRequest, "articleResourcePrimKey",
			_storedArticleResourcePrimKey);
	}

	public String getCancelURL() {
		return _cancelURL;
	}

	public long getCareProgramId() {
		return _careProgramId;
	}

	public String getCareProgramTitle() {
		return _careProgramTitle;
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

	public long getLocalRoutineId() {
		return _localRoutineId;
	}

	public List<Option> getOrganizationOptions() {
		return _organizationOptions;
	}

	public String getOwnerEmailAddress() {
		return ParamUtil.getString(
			_portletRequest, "ownerEmailAddress", _storedOwnerEmailAddress);
	}

	public String getReviewIntervalMonths() {
		return ParamUtil.getString(
			_portletRequest, "reviewIntervalMonths",
			_storedReviewIntervalMonths);
	}

	public boolean isNew() {
		if (_localRoutineId <= 0) {
			return true;
		}

		return false;
	}

	/**
	 * @return the people picker for the owner (an existing routine's; a new one's is typed)
	 */
	public String getPickOwnerURL() {
		return _pickOwnerURL;
	}

	private final String _actionURL;
	private final String _administrationName;
	private final String _cancelURL;
	private final long _careProgramId;
	private final String _careProgramTitle;
	private final List<FieldError> _fieldErrors;
	private final long _localRoutineId;
	private final List<Option> _organizationOptions;
	private final PortletRequest _portletRequest;
	private final String _storedArticleResourcePrimKey;
	private final String _storedOwnerEmailAddress;
	private final String _storedReviewIntervalMonths;
	private final String _pickOwnerURL;

}
