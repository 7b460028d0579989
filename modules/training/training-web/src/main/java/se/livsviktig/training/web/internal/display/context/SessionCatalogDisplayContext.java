package se.livsviktig.training.web.internal.display.context;

import com.liferay.petra.string.StringPool;
import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.training.catalog.CatalogEntry;
import se.livsviktig.training.catalog.CatalogPage;
import se.livsviktig.training.constants.CourseSessionConstants;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.CourseSessionService;
import se.livsviktig.training.service.TrainingMethodService;
import se.livsviktig.training.web.internal.constants.TrainingMVCCommandNames;

/**
 * The catalogue of upcoming sessions as the user may see them: the filters they chose, one page of sessions from
 * the service's one permission-filtered query, and what each row shows (the course's title comes with the row).
 *
 * @author Livsviktig
 */
public class SessionCatalogDisplayContext {

	public static final String DELIVERY_ANY = "";

	public static final String DELIVERY_ON_SITE = "on-site";

	public static final String DELIVERY_ONLINE = "online";

	public SessionCatalogDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CourseSessionService courseSessionService,
		TrainingMethodService trainingMethodService, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_courseSessionService = courseSessionService;
		_trainingMethodService = trainingMethodService;
		_pageSize = pageSize;

		_themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		_trainingMethodId = ParamUtil.getLong(
			renderRequest, "trainingMethodId");
		_month = _parseMonth(ParamUtil.getString(renderRequest, "month"));
		_delivery = _parseDelivery(
			ParamUtil.getString(renderRequest, "delivery"));
		_locality = ParamUtil.getString(renderRequest, "locality").trim();
		_onlyWithFreeSeats = ParamUtil.getBoolean(
			renderRequest, "onlyWithFreeSeats");
	}

	/**
	 * The page's rows, each with its course's title: one query, however many rows.
	 */
	public List<CatalogEntry> getCatalogEntries() {
		return _getSearchContainer().getResults();
	}

	public String getCourseTitle(CatalogEntry catalogEntry) {
		return catalogEntry.getCourseTitle(getLocale());
	}

	/**
	 * The session's first and last day, in the user's language and time zone: "12 mars 2030" or
	 * "12 mars 2030 – 13 mars 2030".
	 */
	public String getDates(CatalogEntry catalogEntry) {
		String startDate = _formatDate(catalogEntry.getStartDate());
		String endDate = _formatDate(catalogEntry.getEndDate());

		if (endDate.isEmpty() || startDate.equals(endDate)) {
			return startDate;
		}

		return startDate + " – " + endDate;
	}

	public String getDelivery() {
		return _delivery;
	}

	public String getFilterURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_COURSE_CATALOG
		).buildString();
	}

	public Locale getLocale() {
		return _themeDisplay.getLocale();
	}

	public String getLocality() {
		return _locality;
	}

	public String getMethodName(CatalogEntry catalogEntry) {
		for (TrainingMethod trainingMethod : getTrainingMethods()) {
			if (trainingMethod.getTrainingMethodId() ==
					catalogEntry.getTrainingMethodId()) {

				return trainingMethod.getName(getLocale());
			}
		}

		return StringPool.BLANK;
	}

	public String getMonth() {
		if (_month == null) {
			return StringPool.BLANK;
		}

		return _month.toString();
	}

	/**
	 * The month filter's choices: this month and the eleven after it.
	 */
	public List<Option> getMonthOptions() {
		List<Option> options = new ArrayList<>();

		YearMonth yearMonth = YearMonth.from(_now());

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofPattern(
			"LLLL yyyy", getLocale());

		for (int i = 0; i < 12; i++) {
			String label = dateTimeFormatter.format(yearMonth.atDay(1));

			options.add(
				new Option(
					yearMonth.toString(),
					label.substring(0, 1).toUpperCase(getLocale()) +
						label.substring(1),
					yearMonth.equals(_month)));

			yearMonth = yearMonth.plusMonths(1);
		}

		return options;
	}

	public Pagination getPagination() {
		SearchContainer<CatalogEntry> searchContainer = _getSearchContainer();

		return new Pagination(
			searchContainer.getCur(), searchContainer.getDelta(),
			searchContainer.getTotal(), _getIteratorURL(),
			searchContainer.getCurParam());
	}

	/**
	 * Where an on-site session takes place: its locality, else its venue.
	 */
	public String getPlace(CatalogEntry catalogEntry) {
		if (Validator.isNotNull(catalogEntry.getLocality())) {
			return catalogEntry.getLocality();
		}

		return catalogEntry.getVenueName();
	}

	public int getSeatsLeft(CatalogEntry catalogEntry) {
		return Math.max(
			0, catalogEntry.getSeats() - catalogEntry.getSeatsTaken());
	}

	public int getTotal() {
		return _getSearchContainer().getTotal();
	}

	public String getTrainingMethodsURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_TRAINING_METHODS
		).buildString();
	}

	public long getTrainingMethodId() {
		return _trainingMethodId;
	}

	/**
	 * The company's published methods, for the method filter and the rows.
	 */
	public List<TrainingMethod> getTrainingMethods() {
		if (_trainingMethods == null) {
			_trainingMethods = _trainingMethodService.getTrainingMethods(
				_themeDisplay.getCompanyGroupId(),
				WorkflowConstants.STATUS_APPROVED, 0, _MAX_TRAINING_METHODS);
		}

		return _trainingMethods;
	}

	public String getViewURL(CatalogEntry catalogEntry) {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_COURSE_SESSION
		).setRedirect(
			String.valueOf(_getIteratorURL())
		).setParameter(
			"courseSessionId", catalogEntry.getCourseSessionId()
		).buildString();
	}

	public boolean isFiltered() {
		if ((_trainingMethodId > 0) || (_month != null) ||
			!_delivery.isEmpty() || !_locality.isEmpty() ||
			_onlyWithFreeSeats) {

			return true;
		}

		return false;
	}

	public boolean isOnline(CatalogEntry catalogEntry) {
		if (catalogEntry.getDeliveryMode() ==
				CourseSessionConstants.DELIVERY_MODE_ONLINE) {

			return true;
		}

		return false;
	}

	public boolean isOnlyWithFreeSeats() {
		return _onlyWithFreeSeats;
	}

	/**
	 * One choice of a select: its value, its label and whether it is the chosen one.
	 */
	public static class Option {

		public Option(String value, String label, boolean selected) {
			_value = value;
			_label = label;
			_selected = selected;
		}

		public String getLabel() {
			return _label;
		}

		public String getValue() {
			return _value;
		}

		public boolean isSelected() {
			return _selected;
		}

		private final String _label;
		private final boolean _selected;
		private final String _value;

	}

	private String _formatDate(Date date) {
		if (date == null) {
			return StringPool.BLANK;
		}

		DateTimeFormatter dateTimeFormatter = DateTimeFormatter.ofPattern(
			"d MMMM yyyy", getLocale());

		return dateTimeFormatter.format(
			date.toInstant().atZone(_getZoneId()));
	}

	private int _getDeliveryMode() {
		if (_delivery.equals(DELIVERY_ONLINE)) {
			return CourseSessionConstants.DELIVERY_MODE_ONLINE;
		}

		if (_delivery.equals(DELIVERY_ON_SITE)) {
			return CourseSessionConstants.DELIVERY_MODE_ON_SITE;
		}

		return -1;
	}

	private PortletURL _getIteratorURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).setMVCRenderCommandName(
			TrainingMVCCommandNames.VIEW_COURSE_CATALOG
		).setParameter(
			"delivery", _delivery
		).setParameter(
			"locality", _locality
		).setParameter(
			"month", getMonth()
		).setParameter(
			"onlyWithFreeSeats", _onlyWithFreeSeats
		).setParameter(
			"trainingMethodId", _trainingMethodId
		).buildPortletURL();
	}

	private SearchContainer<CatalogEntry> _getSearchContainer() {
		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<CatalogEntry> searchContainer =
			new SearchContainer<>(
				_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
				_pageSize, _getIteratorURL(), null, "no-upcoming-sessions");

		Date startDateFrom = null;
		Date startDateTo = null;

		if (_month != null) {
			startDateFrom = Date.from(
				_month.atDay(
					1
				).atStartOfDay(
					_getZoneId()
				).toInstant());
			startDateTo = Date.from(
				_month.plusMonths(
					1
				).atDay(
					1
				).atStartOfDay(
					_getZoneId()
				).toInstant());
		}

		long groupId = _themeDisplay.getScopeGroupId();
		String locality = _locality.isEmpty() ? null : _locality;
		int deliveryMode = _getDeliveryMode();

		Date from = startDateFrom;
		Date to = startDateTo;

		// The page and its total in one call (one statement). A page past the last one comes back empty with the
		// total; the container then moves to the last page, which is asked for on its own.

		int start = searchContainer.getStart();

		CatalogPage catalogPage = _courseSessionService.getCatalogPage(
			groupId, _trainingMethodId, from, to, locality, deliveryMode,
			_onlyWithFreeSeats, start, searchContainer.getEnd());

		searchContainer.setResultsAndTotal(
			() -> {
				if (searchContainer.getStart() == start) {
					return catalogPage.getCatalogEntries();
				}

				return _courseSessionService.getCatalogEntries(
					groupId, _trainingMethodId, from, to, locality,
					deliveryMode, _onlyWithFreeSeats, searchContainer.getStart(),
					searchContainer.getEnd());
			},
			catalogPage.getTotal());

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	private ZoneId _getZoneId() {
		return _themeDisplay.getTimeZone(
		).toZoneId();
	}

	private ZonedDateTime _now() {
		return ZonedDateTime.now(_getZoneId());
	}

	private static String _parseDelivery(String delivery) {
		if (delivery.equals(DELIVERY_ONLINE) ||
			delivery.equals(DELIVERY_ON_SITE)) {

			return delivery;
		}

		return DELIVERY_ANY;
	}

	private static YearMonth _parseMonth(String month) {
		if (Validator.isNull(month)) {
			return null;
		}

		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException dateTimeParseException) {

			// A hand-edited URL: show the whole catalogue rather than an error.

			return null;
		}
	}

	private static final int _MAX_TRAINING_METHODS = 200;

	private final CourseSessionService _courseSessionService;
	private final String _delivery;
	private final String _locality;
	private final YearMonth _month;
	private final boolean _onlyWithFreeSeats;
	private final int _pageSize;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<CatalogEntry> _searchContainer;
	private final ThemeDisplay _themeDisplay;
	private final long _trainingMethodId;
	private List<TrainingMethod> _trainingMethods;
	private final TrainingMethodService _trainingMethodService;

}
