package se.livsviktig.training.web.internal.display.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.livsviktig.platform.test.support.KernelStatics;
import se.livsviktig.platform.test.support.PortletSessions;
import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * What the catalogue asks the service for, from the filters in the URL, and what each row shows.
 *
 * @author Livsviktig
 */
public class SessionCatalogDisplayContextTest {

	@RegisterExtension
	public final KernelStatics kernelStatics = new KernelStatics();

	@BeforeEach
	public void setUp() {
		new PortletSessions(
			kernelStatics.portal()
		).with(
			_renderRequest
		);

		when(
			_renderRequest.getAttribute(WebKeys.THEME_DISPLAY)
		).thenReturn(
			_themeDisplay
		);
		when(
			_themeDisplay.getLocale()
		).thenReturn(
			_SWEDISH
		);
		when(
			_themeDisplay.getTimeZone()
		).thenReturn(
			TimeZone.getTimeZone(_STOCKHOLM)
		);
		when(
			_themeDisplay.getScopeGroupId()
		).thenReturn(
			_GROUP_ID
		);
		when(
			_themeDisplay.getCompanyGroupId()
		).thenReturn(
			_COMPANY_GROUP_ID
		);

		PortletURL portletURL = mock(PortletURL.class);

		when(
			portletURL.getRenderParameters()
		).thenReturn(
			mock(MutableRenderParameters.class)
		);
		when(
			_renderResponse.createRenderURL()
		).thenReturn(
			portletURL
		);

		when(
			_courseSessionService.getCatalogPage(
				anyLong(), anyLong(), any(), any(), any(), anyInt(),
				anyBoolean(), anyInt(), anyInt())
		).thenReturn(
			new CatalogPage(Collections.emptyList(), 0)
		);

		TrainingMethod mhfa = mock(TrainingMethod.class);

		when(
			mhfa.getTrainingMethodId()
		).thenReturn(
			_MHFA_ID
		);
		when(
			mhfa.getName(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen"
		);

		when(
			_trainingMethodService.getTrainingMethods(
				eq(_COMPANY_GROUP_ID), eq(WorkflowConstants.STATUS_APPROVED),
				anyInt(), anyInt())
		).thenReturn(
			Collections.singletonList(mhfa)
		);
	}

	@Test
	public void aHandEditedFilterIsIgnoredRatherThanShownAsAnError() {
		_parameter("month", "2027-13");
		_parameter("delivery", "teleport");

		SessionCatalogDisplayContext displayContext = _displayContext(10);

		displayContext.getCatalogEntries();

		verify(
			_courseSessionService
		).getCatalogPage(
			_GROUP_ID, 0L, null, null, null, -1, false, 0, 10
		);
		assertFalse(displayContext.isFiltered());
		assertEquals("", displayContext.getMonth());
		assertEquals(
			SessionCatalogDisplayContext.DELIVERY_ANY,
			displayContext.getDelivery());
	}

	@Test
	public void aMonthAsksForSessionsStartingInItInTheUsersTimeZone() {
		_parameter("month", "2027-03");

		SessionCatalogDisplayContext displayContext = _displayContext(10);

		displayContext.getCatalogEntries();

		// Stockholm is UTC+1 on 1 March and UTC+2 from 28 March 2027.

		verify(
			_courseSessionService
		).getCatalogPage(
			_GROUP_ID, 0L, _date("2027-02-28T23:00:00Z"),
			_date("2027-03-31T22:00:00Z"), null, -1, false, 0, 10
		);
		assertTrue(displayContext.isFiltered());
		assertEquals("2027-03", displayContext.getMonth());
	}

	@Test
	public void everyFilterReachesTheServicesOneQuery() {
		_parameter("trainingMethodId", String.valueOf(_MHFA_ID));
		_parameter("delivery", SessionCatalogDisplayContext.DELIVERY_ONLINE);
		_parameter("locality", "  Solna ");
		_parameter("onlyWithFreeSeats", "true");

		SessionCatalogDisplayContext displayContext = _displayContext(10);

		displayContext.getCatalogEntries();

		verify(
			_courseSessionService
		).getCatalogPage(
			_GROUP_ID, _MHFA_ID, null, null, "Solna",
			CourseSessionConstants.DELIVERY_MODE_ONLINE, true, 0, 10
		);
		assertTrue(displayContext.isFiltered());
		assertEquals("Solna", displayContext.getLocality());
		assertTrue(displayContext.isOnlyWithFreeSeats());
		assertEquals(_MHFA_ID, displayContext.getTrainingMethodId());
	}

	@Test
	public void nothingChosenAsksForEveryUpcomingSessionOnTheSite() {
		SessionCatalogDisplayContext displayContext = _displayContext(10);

		displayContext.getCatalogEntries();

		verify(
			_courseSessionService
		).getCatalogPage(
			_GROUP_ID, 0L, null, null, null, -1, false, 0, 10
		);
		assertFalse(displayContext.isFiltered());
		assertEquals(0, displayContext.getTotal());
		assertFalse(displayContext.getPagination().isShow());
	}

	@Test
	public void onSiteMeansOnSiteOnly() {
		_parameter("delivery", SessionCatalogDisplayContext.DELIVERY_ON_SITE);

		_displayContext(
			10
		).getCatalogEntries();

		verify(
			_courseSessionService
		).getCatalogPage(
			_GROUP_ID, 0L, null, null, null,
			CourseSessionConstants.DELIVERY_MODE_ON_SITE, false, 0, 10
		);
	}

	@Test
	public void theMonthChoicesAreThisMonthAndTheElevenAfterIt() {
		YearMonth thisMonth = YearMonth.now(ZoneId.of(_STOCKHOLM));

		_parameter("month", thisMonth.plusMonths(2).toString());

		List<SessionCatalogDisplayContext.Option> options = _displayContext(
			10
		).getMonthOptions();

		assertEquals(12, options.size());
		assertEquals(thisMonth.toString(), options.get(0).getValue());
		assertEquals(
			thisMonth.plusMonths(11).toString(), options.get(11).getValue());
		assertTrue(options.get(2).isSelected());
		assertFalse(options.get(0).isSelected());

		String label = options.get(0).getLabel();

		assertTrue(
			Character.isUpperCase(label.charAt(0)),
			"a month starts with a capital in a list: " + label);
		assertTrue(
			label.endsWith(String.valueOf(thisMonth.getYear())), label);
	}

	@Test
	public void theSecondPageAsksForTheSecondSlice() {
		_parameter("cur", "2");

		CatalogEntry catalogEntry = _catalogEntry(
			10, 4, "Solna", "Stadshuset");

		when(
			_courseSessionService.getCatalogPage(
				eq(_GROUP_ID), eq(0L), isNull(), isNull(), isNull(), eq(-1),
				eq(false), eq(10), eq(20))
		).thenReturn(
			new CatalogPage(
				Arrays.asList(catalogEntry, catalogEntry, catalogEntry), 13)
		);

		SessionCatalogDisplayContext displayContext = _displayContext(10);

		assertEquals(3, displayContext.getCatalogEntries().size());
		assertEquals(13, displayContext.getTotal());

		Pagination pagination = displayContext.getPagination();

		assertEquals(2, pagination.getCur());
		assertTrue(pagination.isShow());
	}

	/**
	 * A page past the last one (an old link after sessions were cancelled) comes back empty with the total; the
	 * search container then moves to the last page, and only that page is asked for again.
	 */
	@Test
	public void aPagePastTheLastShowsTheLastPage() {
		_parameter("cur", "5");

		CatalogEntry catalogEntry = _catalogEntry(
			10, 4, "Solna", "Stadshuset");

		when(
			_courseSessionService.getCatalogPage(
				eq(_GROUP_ID), eq(0L), isNull(), isNull(), isNull(), eq(-1),
				eq(false), eq(40), eq(50))
		).thenReturn(
			new CatalogPage(Collections.emptyList(), 13)
		);
		when(
			_courseSessionService.getCatalogEntries(
				eq(_GROUP_ID), eq(0L), isNull(), isNull(), isNull(), eq(-1),
				eq(false), eq(10), eq(20))
		).thenReturn(
			Arrays.asList(catalogEntry, catalogEntry, catalogEntry)
		);

		SessionCatalogDisplayContext displayContext = _displayContext(10);

		assertEquals(3, displayContext.getCatalogEntries().size());
		assertEquals(13, displayContext.getTotal());
		assertEquals(2, displayContext.getPagination().getCur());
	}

	@Test
	public void eachRowSaysWhatWhereWhenAndHowManySeatsAreLeft() {
		CatalogEntry inSolna = _catalogEntry(20, 17, "Solna", "Stadshuset");

		when(
			inSolna.getCourseTitle(_SWEDISH)
		).thenReturn(
			"MHFA Vuxen för chefer"
		);

		when(
			inSolna.getStartDate()
		).thenReturn(
			_date("2027-03-10T08:00:00Z")
		);
		when(
			inSolna.getEndDate()
		).thenReturn(
			_date("2027-03-11T15:00:00Z")
		);

		CatalogEntry overbookedByHand = _catalogEntry(
			10, 12, "", "Kommunhuset, sal B");

		when(
			overbookedByHand.getStartDate()
		).thenReturn(
			_date("2027-04-01T07:00:00Z")
		);
		when(
			overbookedByHand.getEndDate()
		).thenReturn(
			_date("2027-04-01T14:00:00Z")
		);
		when(
			overbookedByHand.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_ONLINE
		);

		SessionCatalogDisplayContext displayContext = _displayContext(10);

		assertEquals(
			"MHFA Vuxen för chefer", displayContext.getCourseTitle(inSolna));
		assertEquals("MHFA Vuxen", displayContext.getMethodName(inSolna));
		assertEquals(
			"10 mars 2027 – 11 mars 2027", displayContext.getDates(inSolna));
		assertEquals("Solna", displayContext.getPlace(inSolna));
		assertEquals(3, displayContext.getSeatsLeft(inSolna));
		assertFalse(displayContext.isOnline(inSolna));

		assertEquals("1 april 2027", displayContext.getDates(overbookedByHand));
		assertEquals(
			"Kommunhuset, sal B", displayContext.getPlace(overbookedByHand));
		assertEquals(
			0, displayContext.getSeatsLeft(overbookedByHand),
			"never a negative number of seats");
		assertTrue(displayContext.isOnline(overbookedByHand));
	}

	@Test
	public void aRowWhoseMethodIsGoneShowsNoMethodRatherThanFailing() {
		CatalogEntry catalogEntry = _catalogEntry(10, 0, "Solna", "");

		when(
			catalogEntry.getTrainingMethodId()
		).thenReturn(
			99L
		);

		SessionCatalogDisplayContext displayContext = _displayContext(10);

		assertEquals("", displayContext.getMethodName(catalogEntry));
	}

	@Test
	public void aPageOfRowsAndTheTotalAreOneCallWithTheTitlesInIt() {
		List<CatalogEntry> catalogEntries = new ArrayList<>();

		for (int i = 0; i < 20; i++) {
			CatalogEntry catalogEntry = _catalogEntry(10, 0, "Solna", "");

			when(
				catalogEntry.getCourseTitle(_SWEDISH)
			).thenReturn(
				"Kurs " + i
			);

			catalogEntries.add(catalogEntry);
		}

		when(
			_courseSessionService.getCatalogPage(
				anyLong(), anyLong(), any(), any(), any(), anyInt(),
				anyBoolean(), anyInt(), anyInt())
		).thenReturn(
			new CatalogPage(catalogEntries, 45)
		);

		SessionCatalogDisplayContext displayContext = _displayContext(20);

		List<String> titles = new ArrayList<>();

		for (CatalogEntry catalogEntry : displayContext.getCatalogEntries()) {
			titles.add(displayContext.getCourseTitle(catalogEntry));
		}

		assertEquals("Kurs 0", titles.get(0));
		assertEquals("Kurs 19", titles.get(19));
		verify(
			_courseSessionService
		).getCatalogPage(
			_GROUP_ID, 0L, null, null, null, -1, false, 0, 20
		);
		assertEquals(
			45, displayContext.getTotal(),
			"the total comes with the page, not from a count of its own");
		verifyNoMoreInteractions(_courseSessionService);
	}

	private CatalogEntry _catalogEntry(
		int seats, int seatsTaken, String locality, String venueName) {

		CatalogEntry catalogEntry = mock(CatalogEntry.class);

		when(
			catalogEntry.getTrainingMethodId()
		).thenReturn(
			_MHFA_ID
		);
		when(
			catalogEntry.getSeats()
		).thenReturn(
			seats
		);
		when(
			catalogEntry.getSeatsTaken()
		).thenReturn(
			seatsTaken
		);
		when(
			catalogEntry.getLocality()
		).thenReturn(
			locality
		);
		when(
			catalogEntry.getVenueName()
		).thenReturn(
			venueName
		);
		when(
			catalogEntry.getDeliveryMode()
		).thenReturn(
			CourseSessionConstants.DELIVERY_MODE_ON_SITE
		);

		return catalogEntry;
	}

	private Date _date(String instant) {
		return Date.from(Instant.parse(instant));
	}

	private SessionCatalogDisplayContext _displayContext(int pageSize) {
		return new SessionCatalogDisplayContext(
			_renderRequest, _renderResponse, _courseSessionService,
			_trainingMethodService, pageSize);
	}

	private void _parameter(String name, String value) {
		when(
			_renderRequest.getParameter(name)
		).thenReturn(
			value
		);
	}

	private static final long _COMPANY_GROUP_ID = 20101;

	private static final long _GROUP_ID = 20121;

	private static final long _MHFA_ID = 40001;

	private static final String _STOCKHOLM = "Europe/Stockholm";

	private static final Locale _SWEDISH = new Locale("sv", "SE");

	private final CourseSessionService _courseSessionService = mock(
		CourseSessionService.class);
	private final RenderRequest _renderRequest = mock(RenderRequest.class);
	private final RenderResponse _renderResponse = mock(RenderResponse.class);
	private final ThemeDisplay _themeDisplay = mock(ThemeDisplay.class);
	private final TrainingMethodService _trainingMethodService = mock(
		TrainingMethodService.class);

}
