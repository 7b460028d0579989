package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.util.ArrayList;
import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The form that adds a certification, or renews one (a new certification of the same person and method; the
 * renewed one stays in the history). After a refusal it shows what was typed and each message at its field.
 *
 * @author Livsviktig
 */
public class CertificationFormDisplayContext {

	/**
	 * @param renewed the certification being renewed, or null for a new one
	 */
	public CertificationFormDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CertificationRow renewed, TrainingMethodService trainingMethodService) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_renewed = renewed;
		_trainingMethodService = trainingMethodService;

		_certificationURLs = new CertificationURLs(renderResponse);
		_fieldErrors = CertificationFieldErrors.of(renderRequest);
	}

	public String getActionURL() {
		if (_renewed == null) {
			return PortletURLBuilder.createActionURL(
				_renderResponse
			).setActionName(
				InstructorMVCCommandNames.ADD_CERTIFICATION
			).buildString();
		}

		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			InstructorMVCCommandNames.RENEW_CERTIFICATION
		).setParameter(
			"certificationId", _renewed.getCertificationId()
		).buildString();
	}

	/**
	 * @return where "Cancel" leads: the list, or the person's history for a renewal
	 */
	public String getCancelURL() {
		if (_renewed == null) {
			return _certificationURLs.getListURL();
		}

		return _certificationURLs.getHistoryURL(_renewed.getHolderUserId());
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

	/**
	 * @return the certification being renewed, or null on the add form
	 */
	public CertificationRow getRenewed() {
		return _renewed;
	}

	public String getTitleKey() {
		if (_renewed == null) {
			return "add-certification";
		}

		return "renew-certification";
	}

	/**
	 * @return the company's active training methods, for the add form
	 */
	public List<Option> getTrainingMethodOptions() {
		ThemeDisplay themeDisplay = (ThemeDisplay)_renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		long trainingMethodId = ParamUtil.getLong(
			_renderRequest, "trainingMethodId");

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated("0", "choose-a-training-method", false));

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					themeDisplay.getCompanyGroupId(),
					WorkflowConstants.STATUS_APPROVED, 0, Integer.MAX_VALUE)) {

			options.add(
				Option.named(
					String.valueOf(trainingMethod.getTrainingMethodId()),
					trainingMethod.getName(themeDisplay.getLocale()),
					trainingMethod.getTrainingMethodId() == trainingMethodId));
		}

		return options;
	}

	/**
	 * @return what was typed in the field, or its starting value: a renewal proposes the renewed one's issuer
	 */
	public String getValue(String fieldName) {
		String defaultValue = "";

		if ((_renewed != null) && fieldName.equals("issuer")) {
			defaultValue = _renewed.getIssuer();
		}

		return ParamUtil.getString(_renderRequest, fieldName, defaultValue);
	}

	public boolean isRenewal() {
		if (_renewed != null) {
			return true;
		}

		return false;
	}

	private final CertificationURLs _certificationURLs;
	private final List<FieldError> _fieldErrors;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private final CertificationRow _renewed;
	private final TrainingMethodService _trainingMethodService;

}
