package se.livsviktig.training.web.internal.checkin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.portlet.LiferayPortletURL;
import com.liferay.portal.kernel.portlet.PortletURLFactory;
import com.liferay.portal.kernel.util.Portal;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.livsviktig.training.constants.TrainingPortletKeys;

/**
 * The QR code's link: the course catalogue's page of the session's site, on the session's page with the code,
 * absolute; none where no page holds the catalogue.
 *
 * @author Livsviktig
 */
public class CheckInLinksTest {

	@BeforeEach
	public void setUp() throws Exception {
		when(
			_portletURLFactory.create(
				_portletRequest, TrainingPortletKeys.COURSE_CATALOG, _PLID,
				PortletRequest.RENDER_PHASE)
		).thenReturn(
			_liferayPortletURL
		);
		when(
			_liferayPortletURL.getRenderParameters()
		).thenReturn(
			_renderParameters
		);
		when(
			_portal.getPortalURL(_portletRequest)
		).thenReturn(
			"https://intranat.sundsvall.se"
		);
	}

	@Test
	public void theLinkOpensTheSessionsPageInTheCatalogueWithTheCode()
		throws Exception {

		_catalogueOnPage(_PLID);

		when(
			_liferayPortletURL.toString()
		).thenReturn(
			"https://intranat.sundsvall.se/web/utbildning/kurskatalog?p_p_id=x"
		);

		assertEquals(
			"https://intranat.sundsvall.se/web/utbildning/kurskatalog?p_p_id=x",
			_checkInLinks.getCheckInURL(_GROUP_ID, 4711, "ABC234"));

		verify(
			_renderParameters
		).setValue(
			"mvcRenderCommandName", "/training/view_course_session"
		);
		verify(_renderParameters).setValue("courseSessionId", "4711");
		verify(_renderParameters).setValue("checkInCode", "ABC234");
	}

	@Test
	public void aRelativeLinkIsMadeAbsoluteForThePhonesCamera()
		throws Exception {

		_catalogueOnPage(_PLID);

		when(
			_liferayPortletURL.toString()
		).thenReturn(
			"/web/utbildning/kurskatalog?p_p_id=x"
		);

		assertEquals(
			"https://intranat.sundsvall.se/web/utbildning/kurskatalog?p_p_id=x",
			_checkInLinks.getCheckInURL(_GROUP_ID, 4711, "ABC234"));
	}

	@Test
	public void withoutACataloguePageThereIsNoLink() throws Exception {
		_catalogueOnPage(0);

		assertNull(_checkInLinks.getCheckInURL(_GROUP_ID, 4711, "ABC234"));
		assertNull(_checkInLinks.getCheckInURL(_GROUP_ID, 4712, "XYZ789"));

		verify(
			_portal, times(1)
		).getPlidFromPortletId(
			_GROUP_ID, TrainingPortletKeys.COURSE_CATALOG
		);
		verify(
			_portletURLFactory, never()
		).create(
			any(PortletRequest.class), anyString(), anyLong(),
			anyString()
		);
	}

	@Test
	public void withoutACodeThereIsNoLink() throws Exception {
		_catalogueOnPage(_PLID);

		assertNull(_checkInLinks.getCheckInURL(_GROUP_ID, 4711, ""));
	}

	private void _catalogueOnPage(long plid) throws Exception {
		when(
			_portal.getPlidFromPortletId(
				_GROUP_ID, TrainingPortletKeys.COURSE_CATALOG)
		).thenReturn(
			plid
		);
	}

	private static final long _GROUP_ID = 20121;

	private static final long _PLID = 30456;

	private final LiferayPortletURL _liferayPortletURL = mock(
		LiferayPortletURL.class);
	private final Portal _portal = mock(Portal.class);
	private final PortletRequest _portletRequest = mock(PortletRequest.class);
	private final PortletURLFactory _portletURLFactory = mock(
		PortletURLFactory.class);
	private final MutableRenderParameters _renderParameters = mock(
		MutableRenderParameters.class);
	private final CheckInLinks _checkInLinks = new CheckInLinks(
		_portal, _portletURLFactory, _portletRequest);

}
