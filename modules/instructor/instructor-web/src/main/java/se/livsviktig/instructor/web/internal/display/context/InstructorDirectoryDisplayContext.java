package se.livsviktig.instructor.web.internal.display.context;

import com.liferay.portal.kernel.dao.search.SearchContainer;
import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.model.Organization;
import com.liferay.portal.kernel.model.OrganizationConstants;
import com.liferay.portal.kernel.portlet.url.builder.PortletURLBuilder;
import com.liferay.portal.kernel.service.OrganizationLocalService;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ParamUtil;
import com.liferay.portal.kernel.util.Validator;
import com.liferay.portal.kernel.workflow.WorkflowConstants;

import java.text.Collator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.portlet.MutableRenderParameters;
import javax.portlet.PortletURL;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import se.livsviktig.instructor.directory.InstructorDirectoryEntry;
import se.livsviktig.instructor.service.CertificationService;
import se.livsviktig.platform.web.GetFormTarget;
import se.livsviktig.training.model.TrainingMethod;
import se.livsviktig.training.service.TrainingMethodLocalService;
import se.livsviktig.training.service.TrainingMethodService;

/**
 * The instructor directory: its filters (training method, organisation, name) read from the GET form's
 * parameters and kept in every page link, and one page of instructors, filtered, counted and paged by the remote
 * service in the database. Method names come from the methods listed for the filter, so the page asks for them
 * once, not once a row.
 *
 * @author Livsviktig
 */
public class InstructorDirectoryDisplayContext {

	public InstructorDirectoryDisplayContext(
		RenderRequest renderRequest, RenderResponse renderResponse,
		CertificationService certificationService,
		TrainingMethodService trainingMethodService,
		TrainingMethodLocalService trainingMethodLocalService,
		OrganizationLocalService organizationLocalService,
		ThemeDisplay themeDisplay, int pageSize) {

		_renderRequest = renderRequest;
		_renderResponse = renderResponse;
		_certificationService = certificationService;
		_trainingMethodService = trainingMethodService;
		_trainingMethodLocalService = trainingMethodLocalService;
		_organizationLocalService = organizationLocalService;
		_themeDisplay = themeDisplay;
		_pageSize = pageSize;
	}

	/**
	 * @return the directory without any filter, for "Clear filters" and as the GET form's address
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
	 * @return the company's organisations by name in the reader's language's order, for the filter
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
			Option.translated("0", "all-organizations", organizationId <= 0));

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
		SearchContainer<InstructorDirectoryEntry> searchContainer =
			getSearchContainer();

		int pageCount = Math.max(
			1,
			((searchContainer.getTotal() - 1) / searchContainer.getDelta()) +
				1);

		List<PageLink> pageLinks = new ArrayList<>();

		if (pageCount == 1) {
			return pageLinks;
		}

		PortletURL iteratorURL = searchContainer.getIteratorURL();

		for (int page = 1; page <= pageCount; page++) {
			iteratorURL.getRenderParameters(
			).setValue(
				searchContainer.getCurParam(), String.valueOf(page)
			);

			pageLinks.add(
				new PageLink(
					page, page == searchContainer.getCur(),
					iteratorURL.toString()));
		}

		return pageLinks;
	}

	public List<InstructorDirectoryRow> getRows() throws PortalException {
		Map<Long, String> trainingMethodNames = _trainingMethodNames();

		List<InstructorDirectoryRow> rows = new ArrayList<>();

		for (InstructorDirectoryEntry entry :
				getSearchContainer().getResults()) {

			List<String> methodNames = new ArrayList<>();

			for (long trainingMethodId : entry.getTrainingMethodIds()) {
				String name = trainingMethodNames.get(trainingMethodId);

				if (name == null) {
					name = _archivedTrainingMethodName(trainingMethodId);
				}

				if (name != null) {
					methodNames.add(name);
				}
			}

			rows.add(
				new InstructorDirectoryRow(
					entry.getFullName(), methodNames,
					entry.getOrganizationNames()));
		}

		return rows;
	}

	/**
	 * @throws PortalException when the reader may not read the directory (a guest: the remote service refuses)
	 */
	public SearchContainer<InstructorDirectoryEntry> getSearchContainer()
		throws PortalException {

		if (_searchContainer != null) {
			return _searchContainer;
		}

		SearchContainer<InstructorDirectoryEntry> searchContainer =
			new SearchContainer<>(
				_renderRequest, null, null, SearchContainer.DEFAULT_CUR_PARAM,
				_pageSize, _getIteratorURL(), null, null);

		searchContainer.setResultsAndTotal(
			() -> _certificationService.getInstructorDirectory(
				getTrainingMethodId(), getOrganizationId(), getKeywords(),
				searchContainer.getStart(), searchContainer.getEnd()),
			_certificationService.getInstructorDirectoryCount(
				getTrainingMethodId(), getOrganizationId(), getKeywords()));

		_searchContainer = searchContainer;

		return _searchContainer;
	}

	/**
	 * @return the address the GET form submits to: the directory's URL without its query (a browser drops a GET
	 *         form's query), whose parameters the form repeats as hidden inputs
	 */
	public String getSearchActionURL() {
		return new GetFormTarget(getClearURL()).getAction();
	}

	public Map<String, String> getSearchHiddenParameters() {
		return new GetFormTarget(getClearURL()).getHiddenParameters();
	}

	public int getTotal() throws PortalException {
		return getSearchContainer().getTotal();
	}

	public long getTrainingMethodId() {
		return ParamUtil.getLong(_renderRequest, "trainingMethodId");
	}

	/**
	 * @return the company's training methods in use, for the filter
	 */
	public List<Option> getTrainingMethodOptions() {
		long trainingMethodId = getTrainingMethodId();

		List<Option> options = new ArrayList<>();

		options.add(
			Option.translated(
				"0", "all-training-methods", trainingMethodId <= 0));

		for (Map.Entry<Long, String> entry :
				_trainingMethodNames().entrySet()) {

			options.add(
				Option.named(
					String.valueOf(entry.getKey()), entry.getValue(),
					entry.getKey() == trainingMethodId));
		}

		return options;
	}

	/**
	 * @return whether any filter narrows the directory, so an empty one says "no match", not "nobody yet"
	 */
	public boolean isFiltered() {
		if ((getTrainingMethodId() > 0) || (getOrganizationId() > 0) ||
			Validator.isNotNull(getKeywords())) {

			return true;
		}

		return false;
	}

	private String _archivedTrainingMethodName(long trainingMethodId) {
		TrainingMethod trainingMethod =
			_trainingMethodLocalService.fetchTrainingMethod(trainingMethodId);

		if (trainingMethod == null) {
			return null;
		}

		return trainingMethod.getName(_themeDisplay.getLocale());
	}

	private PortletURL _getIteratorURL() {
		PortletURL portletURL = PortletURLBuilder.createRenderURL(
			_renderResponse
		).buildPortletURL();

		MutableRenderParameters renderParameters =
			portletURL.getRenderParameters();

		if (getTrainingMethodId() > 0) {
			renderParameters.setValue(
				"trainingMethodId", String.valueOf(getTrainingMethodId()));
		}

		if (getOrganizationId() > 0) {
			renderParameters.setValue(
				"organizationId", String.valueOf(getOrganizationId()));
		}

		if (Validator.isNotNull(getKeywords())) {
			renderParameters.setValue("keywords", getKeywords());
		}

		return portletURL;
	}

	private Map<Long, String> _trainingMethodNames() {
		if (_trainingMethodNames != null) {
			return _trainingMethodNames;
		}

		Map<Long, String> trainingMethodNames = new LinkedHashMap<>();

		for (TrainingMethod trainingMethod :
				_trainingMethodService.getTrainingMethods(
					_themeDisplay.getCompanyGroupId(),
					WorkflowConstants.STATUS_APPROVED, 0, Integer.MAX_VALUE)) {

			trainingMethodNames.put(
				trainingMethod.getTrainingMethodId(),
				trainingMethod.getName(_themeDisplay.getLocale()));
		}

		_trainingMethodNames = trainingMethodNames;

		return _trainingMethodNames;
	}

	private final CertificationService _certificationService;
	private final OrganizationLocalService _organizationLocalService;
	private final int _pageSize;
	private final RenderRequest _renderRequest;
	private final RenderResponse _renderResponse;
	private SearchContainer<InstructorDirectoryEntry> _searchContainer;
	private final ThemeDisplay _themeDisplay;
	private final TrainingMethodLocalService _trainingMethodLocalService;
	private Map<Long, String> _trainingMethodNames;
	private final TrainingMethodService _trainingMethodService;

}
