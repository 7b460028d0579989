package se.livsviktig.training.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.model.BaseModel;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.servlet.SessionMessages;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.util.WebKeys;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.net.URLDecoder;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.platform.web.GetFormTarget;

/**
 * One list of Livsviktig – Utbildning (sessions, courses, methods): keywords, a status filter, an order chosen
 * from a few columns and the page, all read from the GET form's parameters and kept in every page link. The
 * remote service filters, counts and pages in the database.
 *
 * @author Livsviktig
 */
public abstract class BaseAdminListDisplayContext<T extends BaseModel<T>> {

	public static final int PAGE_SIZE = 20;

	public BaseAdminListDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		int pageSize) {

		this.renderRequest = renderRequest;
		this.renderResponse = renderResponse;

		_pageSize = pageSize;

		themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);
	}

	/**
	 * @return the list without any filter, for "Clear filters"
	 */
	public String getClearURL() {
		return PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			getMVCRenderCommandName()
		).buildString();
	}

	/**
	 * @return the address the list's GET search form submits to: the list's URL without its query, whose
	 *         parameters (the portlet's id, state, auth token and route) the form repeats as hidden inputs
	 */
	public String getSearchActionURL() {
		return new GetFormTarget(
			getClearURL()
		).getAction();
	}

	public Map<String, String> getSearchHiddenParameters() {
		return new GetFormTarget(
			getClearURL()
		).getHiddenParameters();
	}

	public String getKeywords() {
		return ParamUtil.getString(renderRequest, "keywords");
	}

	public Locale getLocale() {
		return themeDisplay.getLocale();
	}

	public abstract String getMVCRenderCommandName();

	public String getOrderByCol() {
		String orderByCol = ParamUtil.getString(renderRequest, "orderByCol");

		if (getOrderByColumns().containsKey(orderByCol)) {
			return orderByCol;
		}

		return getDefaultOrderByCol();
	}

	public List<SelectOption> getOrderByColOptions() {
		List<SelectOption> options = new ArrayList<>();

		String orderByCol = getOrderByCol();

		getOrderByColumns().forEach(
			(column, labelKey) -> options.add(
				SelectOption.ofKey(
					column, labelKey, column.equals(orderByCol))));

		return options;
	}

	public String getOrderByType() {
		if (ParamUtil.getString(
				renderRequest, "orderByType", "asc"
			).equals(
				"desc"
			)) {

			return "desc";
		}

		return "asc";
	}

	public List<SelectOption> getOrderByTypeOptions() {
		String orderByType = getOrderByType();

		List<SelectOption> options = new ArrayList<>();

		options.add(
			SelectOption.ofKey("asc", "ascending", orderByType.equals("asc")));
		options.add(
			SelectOption.ofKey(
				"desc", "descending", orderByType.equals("desc")));

		return options;
	}

	public Pagination getPagination() {
		SearchContainer<T> searchContainer = getSearchContainer();

		return new Pagination(
			searchContainer.getCur(), searchContainer.getDelta(),
			searchContainer.getTotal(), searchContainer.getIteratorURL(),
			searchContainer.getCurParam());
	}

	public List<T> getResults() {
		return getSearchContainer().getResults();
	}

	public SearchContainer<T> getSearchContainer() {
		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<T> searchContainer = new SearchContainer<>(
			renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
			_pageSize, _getIteratorURL(), null, null);

		searchContainer.setOrderByCol(getOrderByCol());
		searchContainer.setOrderByType(getOrderByType());

		ColumnOrderByComparator<T> orderByComparator =
			new ColumnOrderByComparator<>(
				getOrderByCol(), getPrimaryKeyColumn(),
				getOrderByType().equals("asc"));

		searchContainer.setResultsAndTotal(
			() -> search(
				searchContainer.getStart(), searchContainer.getEnd(),
				orderByComparator),
			count());

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	public int getStatus() {
		return ParamUtil.getInteger(
			renderRequest, "status", WorkflowConstants.STATUS_ANY);
	}

	public List<SelectOption> getStatusOptions() {
		List<SelectOption> options = new ArrayList<>();

		int status = getStatus();

		options.add(
			SelectOption.ofKey(
				String.valueOf(WorkflowConstants.STATUS_ANY), "any-status",
				status == WorkflowConstants.STATUS_ANY));

		getStatusLabelKeys().forEach(
			(value, labelKey) -> options.add(
				SelectOption.ofKey(
					String.valueOf(value), labelKey, value == status)));

		return options;
	}

	/**
	 * @return the language key of a row's status
	 */
	public String getStatusLabelKey(int status) {
		return getStatusLabelKeys().getOrDefault(status, "unknown-status");
	}

	/**
	 * @return whether any filter narrows the list, so an empty list says "no match", not "none yet"
	 */
	public boolean isFiltered() {
		if (Validator.isNotNull(getKeywords()) ||
			(getStatus() != WorkflowConstants.STATUS_ANY)) {

			return true;
		}

		return false;
	}

	/**
	 * @return the language key of what the last action did (saved, published…), or null
	 */
	public String getSuccessMessageKey() {
		for (Map.Entry<String, String> entry : getSuccessMessages().entrySet()) {
			if (SessionMessages.contains(renderRequest, entry.getKey())) {
				return entry.getValue();
			}
		}

		return null;
	}

	protected abstract int count();

	/**
	 * Filters of this list beyond keywords and status, to keep in page links.
	 */
	protected Map<String, String> getExtraParameters() {
		return new LinkedHashMap<>();
	}

	protected abstract String getDefaultOrderByCol();

	/**
	 * @return the columns a coordinator may order by, each with its label's language key
	 */
	protected abstract Map<String, String> getOrderByColumns();

	protected abstract String getPrimaryKeyColumn();

	/**
	 * @return the SessionMessages keys the actions leave, each with its message's language key
	 */
	protected abstract Map<String, String> getSuccessMessages();

	protected abstract Map<Integer, String> getStatusLabelKeys();

	protected abstract List<T> search(
		int start, int end, ColumnOrderByComparator<T> orderByComparator);

	protected final RenderRequest renderRequest;
	protected final RenderResponse renderResponse;
	protected final ThemeDisplay themeDisplay;

	private PortletURL _getIteratorURL() {
		PortletURL portletURL = PortletURLBuilder.createRenderURL(
			renderResponse
		).setMVCRenderCommandName(
			getMVCRenderCommandName()
		).buildPortletURL();

		MutableRenderParameters renderParameters =
			portletURL.getRenderParameters();

		if (Validator.isNotNull(getKeywords())) {
			renderParameters.setValue("keywords", getKeywords());
		}

		renderParameters.setValue("status", String.valueOf(getStatus()));
		renderParameters.setValue("orderByCol", getOrderByCol());
		renderParameters.setValue("orderByType", getOrderByType());

		getExtraParameters().forEach(renderParameters::setValue);

		return portletURL;
	}

	private final int _pageSize;
	private SearchContainer<T> _searchContainer;

}
