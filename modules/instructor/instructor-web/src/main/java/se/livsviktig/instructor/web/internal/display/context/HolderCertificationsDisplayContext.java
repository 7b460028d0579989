package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.servlet.SessionMessages;

import java.util.List;

import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

/**
 * One person's certifications, every one they hold or held, newest certified first: renewals are rows of their
 * own and revoked ones keep their reason, so the history is there to read.
 *
 * @author Livsviktig
 */
public class HolderCertificationsDisplayContext {

	public static final String RENEWED_MESSAGE_KEY = "certificationRenewed";

	public static final String REVOKED_MESSAGE_KEY = "certificationRevoked";

	public HolderCertificationsDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		String holderName, List<CertificationRow> certificationRows) {

		_renderRequest = renderRequest;
		_holderName = holderName;
		_certificationRows = certificationRows;

		_certificationURLs = new CertificationURLs(renderResponse);
	}

	public CertificationURLs getCertificationURLs() {
		return _certificationURLs;
	}

	/**
	 * @return the person's full name, or null when the user no longer exists
	 */
	public String getHolderName() {
		return _holderName;
	}

	public List<CertificationRow> getRows() {
		return _certificationRows;
	}

	/**
	 * @return the language key of what the last action did, or null
	 */
	public String getSuccessMessageKey() {
		if (SessionMessages.contains(_renderRequest, RENEWED_MESSAGE_KEY)) {
			return "the-certification-was-renewed";
		}

		if (SessionMessages.contains(_renderRequest, REVOKED_MESSAGE_KEY)) {
			return "the-certification-was-revoked";
		}

		return null;
	}

	private final List<CertificationRow> _certificationRows;
	private final CertificationURLs _certificationURLs;
	private final String _holderName;
	private final RenderRequest _renderRequest;

}
