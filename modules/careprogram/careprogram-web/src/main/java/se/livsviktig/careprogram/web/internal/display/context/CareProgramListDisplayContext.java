package se.livsviktig.careprogram.web.internal.display.context;

import com.liferay.asset.kernel.model.AssetCategory;
import com.liferay.petra.sql.dsl.DSLQueryFactoryUtil;
import com.liferay.portal.kernel.dao.orm.QueryUtil;
import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.careprogram.model.CareProgram;
import se.livsviktig.careprogram.model.LocalRoutine;
import se.livsviktig.careprogram.model.LocalRoutineTable;
import se.livsviktig.careprogram.review.ReviewState;
import se.livsviktig.careprogram.service.CareProgramService;
import se.livsviktig.careprogram.service.LocalRoutineLocalService;
import se.livsviktig.platform.web.GetFormTarget;

/**
 * The programme list: its filters (target group, administration, review state, keyword) read from the GET form's
 * parameters and kept in every page link, and one page of programmes, filtered, counted and paged by the remote
 * service; the page's routines are read in one statement for the summaries.
 *
 * @author Livsviktig
 */
public class CareProgramListDisplayContext {

	/**
	 * The review state filter's value for "any state".
	 */
	public static final int ANY_REVIEW_STATE = -1;

	public CareProgramListDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CareProgramService careProgramService,
		LocalRoutineLocalService localRoutineLocalService,
		TargetGroups targetGroups,
		OrganizationLocalService organizationLocalService,
		CareProgramRows careProgramRows, ThemeDisplay themeDisplay,
		int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_careProgramService = careProgramService;
		_localRoutineLocalService = localRoutineLocalService;
		_targetGroups = targetGroups;
		_organizationLocalService = organizationLocalService;
		_careProgramRows = careProgramRows;
		_themeDisplay = themeDisplay;
		_pageSize = pageSize;
	}

	/**
	 * @return the list without any filter, for "Clear filters" and as the GET form's address
	 */
	public String getClearURL() {
		return PortletURLBuilder.createRenderURL(
			_renderResponse
		).buildString();
	}

	public String getKeywords() {
		return ParamUtil.getString(_renderRequest, "keywords");
	}

	public long getOrganizationId() {
		return ParamUtil.getLong(_renderRequest, "organizationId");
	}

	/**
	 * @return the company's administrations by name in the reader's language's order, for the filter
	 */
	public List<Option> getOrganizationOptions() {
		long organizationId = getOrganizationId();

		List<Organization> organizations = new ArrayList<>(
			_organizationLocalService.getOrganizations(
				_themeDisplay.getCompanyId(),
				OrganizationConstants.ANY_PARENT_ORGANIZATION_ID));

		Collator collator = Collator.getInstance(_themeDisplay.getLocale());

		organizations.sort(
			Comparator.comparing(Organization::getName, collator));

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated("0", "all-administrations", organizationId <= 0));

		for (Organization organization : organizations) {
			options.add(
				Option.named(
					String.valueOf(organization.getOrganizationId()),
					organization.getName(),
					organization.getOrganizationId() == organizationId));
		}

		return options;
	}

	public List<PageLink> getPageLinks() throws PortalException {
		return PageLinks.of(getSearchContainer());
	}

	public int getReviewState() {
		return ParamUtil.getInteger(
			_renderRequest, "reviewState", ANY_REVIEW_STATE);
	}

	/**
	 * @return the review states in the order a reader worries about them, for the filter
	 */
	public List<Option> getReviewStateOptions() {
		int reviewState = getReviewState();

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated(
				String.valueOf(ANY_REVIEW_STATE), "any-review-state",
				reviewState == ANY_REVIEW_STATE));

		for (ReviewState state : ReviewState.values()) {
			options.add(
				Option.translated(
					String.valueOf(state.ordinal()),
					reviewStateLabelKey(state), reviewState == state.ordinal()));
		}

		return options;
	}

	public List<CareProgramRow> getRows() throws PortalException {
		List<CareProgram> carePrograms = getSearchContainer().getResults();

		if (carePrograms.isEmpty()) {
			return List.of();
		}

		return _careProgramRows.toRows(
			carePrograms, _pageRoutines(carePrograms));
	}

	public SearchContainer<CareProgram> getSearchContainer()
		throws PortalException {

		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<CareProgram> searchContainer = new SearchContainer<>(
			_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
			_pageSize, _getIteratorURL(), null, null);

		long groupId = _themeDisplay.getScopeGroupId();

		searchContainer.setResultsAndTotal(
			() -> _careProgramService.searchCarePrograms(
				groupId, getKeywords(), getTargetGroupCategoryId(),
				getOrganizationId(), getReviewState(),
				searchContainer.getStart(), searchContainer.getEnd()),
			_careProgramService.searchCareProgramsCount(
				groupId, getKeywords(), getTargetGroupCategoryId(),
				getOrganizationId(), getReviewState()));

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	/**
	 * @return the address the GET form submits to: the list's URL without its query (a browser drops a GET form's
	 *         query), whose parameters the form repeats as hidden inputs
	 */
	public String getSearchActionURL() {
		return new GetFormTarget(getClearURL()).getAction();
	}

	public Map<String, String> getSearchHiddenParameters() {
		return new GetFormTarget(getClearURL()).getHiddenParameters();
	}

	public long getTargetGroupCategoryId() {
		return ParamUtil.getLong(_renderRequest, "targetGroupCategoryId");
	}

	/**
	 * @return the categories of the site's "Målgrupp" vocabulary, for the filter
	 */
	public List<Option> getTargetGroupOptions() throws PortalException {
		long targetGroupCategoryId = getTargetGroupCategoryId();

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated(
				"0", "all-target-groups", targetGroupCategoryId <= 0));

		for (AssetCategory assetCategory :
				_targetGroups.getCategories(_themeDisplay.getScopeGroupId())) {

			options.add(
				Option.named(
					String.valueOf(assetCategory.getCategoryId()),
					assetCategory.getTitle(_themeDisplay.getLocale()),
					assetCategory.getCategoryId() == targetGroupCategoryId));
		}

		return options;
	}

	public int getTotal() throws PortalException {
		return getSearchContainer().getTotal();
	}

	/**
	 * @return whether any filter narrows the list, so an empty one says "no match", not "none yet"
	 */
	public boolean isFiltered() {
		if ((getTargetGroupCategoryId() > 0) || (getOrganizationId() > 0) ||
			(getReviewState() != ANY_REVIEW_STATE) ||
			Validator.isNotNull(getKeywords())) {

			return true;
		}

		return false;
	}

	public static String reviewStateLabelKey(ReviewState reviewState) {
		if (reviewState == ReviewState.DUE_SOON) {
			return "review-state-due-soon";
		}

		if (reviewState == ReviewState.OVERDUE) {
			return "review-state-overdue";
		}

		if (reviewState == ReviewState.OWNERLESS) {
			return "review-state-no-owner";
		}

		return "review-state-reviewed";
	}

	private PortletURL _getIteratorURL() {
		PortletURL portletURL = PortletURLBuilder.createRenderURL(
			_renderResponse
		).buildPortletURL();

		MutableRenderParameters renderParameters =
			portletURL.getRenderParameters();

		if (getTargetGroupCategoryId() > 0) {
			renderParameters.setValue(
				"targetGroupCategoryId",
				String.valueOf(getTargetGroupCategoryId()));
		}

		if (getOrganizationId() > 0) {
			renderParameters.setValue(
				"organizationId", String.valueOf(getOrganizationId()));
		}

		if (getReviewState() != ANY_REVIEW_STATE) {
			renderParameters.setValue(
				"reviewState", String.valueOf(getReviewState()));
		}

		if (Validator.isNotNull(getKeywords())) {
			renderParameters.setValue("keywords", getKeywords());
		}

		return portletURL;
	}

	private List<LocalRoutine> _pageRoutines(List<CareProgram> carePrograms) {
		LocalRoutineTable localRoutineTable = LocalRoutineTable.INSTANCE;

		return _localRoutineLocalService.dslQuery(
			DSLQueryFactoryUtil.select(
				localRoutineTable
			).from(
				localRoutineTable
			).where(
				localRoutineTable.careProgramId.in(
					carePrograms.stream(
					).map(
						CareProgram::getCareProgramId
					).toArray(
						Long[]::new
					))
			));
	}

	private final CareProgramRows _careProgramRows;
	private final CareProgramService _careProgramService;
	private final LocalRoutineLocalService _localRoutineLocalService;
	private final OrganizationLocalService _organizationLocalService;
	private final int _pageSize;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<CareProgram> _searchContainer;
	private final TargetGroups _targetGroups;
	private final ThemeDisplay _themeDisplay;

}
