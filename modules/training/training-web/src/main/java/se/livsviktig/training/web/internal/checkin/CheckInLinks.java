package se.livsviktig.training.web.internal.checkin;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.portlet.LiferayPortletURL;
import com.liferay.portal.kernel.portlet.PortletURLFactory;
import com.liferay.portal.kernel.util.Portal;
import com.liferay.portal.kernel.util.Validator;

import java.util.HashMap;
import java.util.Map;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import se.livsviktig.training.constants.TrainingPortletKeys;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The link a check-in QR code carries: the session's page in the course catalogue (Kurskatalog) of the
 * session's own site, with the date's code, as an absolute URL a phone's camera can open. The page is the one
 * the portal finds holding the catalogue portlet (as the portal's own links to a portlet do), so there is
 * nothing to configure; a site without that page gets no link, and the QR code falls back to the bare code.
 * Opening the link changes nothing: the page shows a prefilled "Check in" button that posts.
 *
 * @author Livsviktig
 */
public class CheckInLinks {

	public CheckInLinks(
		Portal portal, PortletURLFactory portletURLFactory,
		PortletRequest portletRequest) {

		_portal = portal;
		_portletURLFactory = portletURLFactory;
		_portletRequest = portletRequest;
	}

	/**
	 * @return the absolute URL of the session's page with the code, or null when the code is blank or no page of
	 *         the group holds the course catalogue
	 */
	public String getCheckInURL(long groupId, long courseSessionId, String code)
		throws PortalException {

		if (Validator.isNull(code)) {
			return null;
		}

		long plid = _getCatalogPlid(groupId);

		if (plid == 0) {
			return null;
		}

		LiferayPortletURL liferayPortletURL = _portletURLFactory.create(
			_portletRequest, TrainingPortletKeys.COURSE_CATALOG, plid,
			PortletRequest.RENDER_PHASE);

		MutableRenderParameters mutableRenderParameters =
			liferayPortletURL.getRenderParameters();

		mutableRenderParameters.setValue(
			"mvcRenderCommandName",
			TrainingMVCCommandNames.VIEW_COURSE_SESSION);
		mutableRenderParameters.setValue(
			"courseSessionId", String.valueOf(courseSessionId));
		mutableRenderParameters.setValue("checkInCode", code);

		String url = liferayPortletURL.toString();

		// A phone's camera opens only an absolute link; the portal's portlet URLs are, but do not rely on it.

		if (url.startsWith("/")) {
			url = _portal.getPortalURL(_portletRequest) + url;
		}

		return url;
	}

	private long _getCatalogPlid(long groupId) throws PortalException {
		Long plid = _catalogPlids.get(groupId);

		if (plid == null) {
			plid = _portal.getPlidFromPortletId(
				groupId, TrainingPortletKeys.COURSE_CATALOG);

			_catalogPlids.put(groupId, plid);
		}

		return plid;
	}

	private final Map<Long, Long> _catalogPlids = new HashMap<>();
	private final Portal _portal;
	private final PortletRequest _portletRequest;
	private final PortletURLFactory _portletURLFactory;

}
