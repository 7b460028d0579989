package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ArrayUtil;
import com.liferay.portal.kernel.util.GetterUtil;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.model.InstructorNetwork;
import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The form that starts a network or edits one: name, description and the company's active training methods as
 * checkboxes. After a refusal it shows what was typed, not what is stored, with each message at its field.
 *
 * @author Livsviktig
 */
public class NetworkFormDisplayContext {

	/**
	 * @param instructorNetwork the network edited, or null for a new one
	 */
	public NetworkFormDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		InstructorNetwork instructorNetwork,
		TrainingMethodService trainingMethodService) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_instructorNetwork = instructorNetwork;
		_trainingMethodService = trainingMethodService;

		_fieldErrors = NetworkFieldErrors.ofNetworkForm(renderRequest);
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			InstructorMVCCommandNames.EDIT_NETWORK
		).setParameter(
			"instructorNetworkId", getInstructorNetworkId()
		).buildString();
	}

	public String getCancelURL() {
		return new NetworkAdminURLs(
			_renderResponse
		).getNetworksURL();
	}

	public String getDescription() {
		if (_refused() || (_instructorNetwork == null)) {
			return ParamUtil.getString(_renderRequest, "description");
		}

		return _instructorNetwork.getDescription();
	}

	/**
	 * @return the message about the field, or null
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

	public long getInstructorNetworkId() {
		if (_instructorNetwork == null) {
			return 0;
		}

		return _instructorNetwork.getInstructorNetworkId();
	}

	public String getName() {
		if (_refused() || (_instructorNetwork == null)) {
			return ParamUtil.getString(_renderRequest, "name");
		}

		return _instructorNetwork.getName();
	}

	public String getTitleKey() {
		if (_instructorNetwork == null) {
			return "add-network";
		}

		return "edit-network";
	}

	/**
	 * @return the company's active training methods, the network's (or those ticked before a refusal) checked
	 */
	public List<Option> getTrainingMethodOptions() throws PortalException {
		ThemeDisplay themeDisplay = (ThemeDisplay)_renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long[] checkedIds = _checkedTrainingMethodIds();

		List<Option> options = new ArrayList<>();

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					themeDisplay.getCompanyGroupId(),
					WorkflowConstants.STATUS_APPROVED, 0, Integer.MAX_VALUE)) {

			options.add(
				Option.named(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(themeDisplay.getLocale()),
					ArrayUtil.contains(
						checkedIds, trainingMethod.getTrainingMethodId())));
		}

		return options;
	}

	private long[] _checkedTrainingMethodIds() {
		if (_refused() || (_instructorNetwork == null)) {
			return GetterUtil.getLongValues(
				_renderRequest.getParameterValues("trainingMethodIds"));
		}

		return _instructorNetwork.getTrainingMethodIdsArray();
	}

	private boolean _refused() {
		return !_fieldErrors.isEmpty();
	}

	private final List<FieldError> _fieldErrors;
	private final InstructorNetwork _instructorNetwork;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final TrainingMethodService _trainingMethodService;

}
