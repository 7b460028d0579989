package se.livsviktig.platform.test.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.portlet.LiferayPortletRequest;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.PortletRequest;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * Gives mocked portlet requests one shared in-memory session, the way the portal maps every portlet request
 * of a user to their HTTP session: what an action puts in SessionErrors is what the next render reads.
 *
 * @author Livsviktig
 */
public class PortletSessions {

	public PortletSessions(Portal portal) {
		this(portal, "livsviktig_test_portlet");
	}

	/**
	 * @param portletName the portlet whose share of the session the requests use, as SessionErrors keys it
	 */
	public PortletSessions(Portal portal, String portletName) {
		_portal = portal;
		_portletName = portletName;
	}

	public HttpSession session() {
		return _session;
	}

	public <T extends PortletRequest> T with(T portletRequest) {
		HttpServletRequest httpServletRequest = mock(HttpServletRequest.class);

		when(
			httpServletRequest.getSession()
		).thenReturn(
			_session
		);
		when(
			httpServletRequest.getSession(true)
		).thenReturn(
			_session
		);
		when(
			_portal.getHttpServletRequest(portletRequest)
		).thenReturn(
			httpServletRequest
		);
		when(
			_portal.getOriginalServletRequest(httpServletRequest)
		).thenReturn(
			httpServletRequest
		);

		LiferayPortletRequest liferayPortletRequest = mock(
			LiferayPortletRequest.class);

		when(
			liferayPortletRequest.getPortletName()
		).thenReturn(
			_portletName
		);
		when(
			_portal.getLiferayPortletRequest(portletRequest)
		).thenReturn(
			liferayPortletRequest
		);
		when(
			_portal.getPortletId(portletRequest)
		).thenReturn(
			_portletName
		);

		return portletRequest;
	}

	private final Portal _portal;
	private final String _portletName;
	private final HttpSession _session = new FakeHttpSession();

}
