package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.util.ParamUtil;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.web.internal.constants.InstructorMVCCommandNames;

/**
 * The form that revokes one certification with a reason; the certification stays in the person's history with
 * the reason, who revoked it and when.
 *
 * @author Livsviktig
 */
public class RevokeCertificationDisplayContext {

	public RevokeCertificationDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CertificationRow certificationRow) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_certificationRow = certificationRow;

		_fieldErrors = CertificationFieldErrors.of(renderRequest);
	}

	public String getActionURL() {
		return PortletURLBuilder.createActionURL(
			_renderResponse
		).setActionName(
			InstructorMVCCommandNames.REVOKE_CERTIFICATION
		).setParameter(
			"certificationId", _certificationRow.getCertificationId()
		).buildString();
	}

	public String getCancelURL() {
		return new CertificationURLs(
			_renderResponse
		).getHistoryURL(
			_certificationRow.getHolderUserId()
		);
	}

	public CertificationRow getCertification() {
		return _certificationRow;
	}

	/**
	 * @return the message about the reason, or null
	 */
	public FieldError getReasonError() {
		for (FieldError fieldError : _fieldErrors) {
			if ("reason".equals(fieldError.getFieldName())) {
				return fieldError;
			}
		}

		return null;
	}

	public List<FieldError> getFieldErrors() {
		return _fieldErrors;
	}

	public String getReason() {
		return ParamUtil.getString(_renderRequest, "reason");
	}

	private final CertificationRow _certificationRow;
	private final List<FieldError> _fieldErrors;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;

}
